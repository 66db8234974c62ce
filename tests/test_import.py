"""Import: preview, one transaction after a backup, rejected rows, and a corpus of bad files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from catalog_files import UPLOAD_HEADER, official_row, upload_row, write_csv, write_official
from conftest import make_item, tree_state
from openpyxl import Workbook

from desktop.cli import main
from desktop.exchange.errors import NoHeader, UnreadableFile
from desktop.exchange.exporting import export_catalog
from desktop.exchange.importing import apply_import, infer_level, plan_import


def official_file(folder: Path) -> Path:
    rows = [
        official_row(1, "最低生活保障", "办事指南"),
        official_row(2, "", "审核信息", basis="同上"),
        official_row(3, "特困人员救助供养", "办事指南", time_limit=""),
    ]
    return write_official(folder / "社会救助目录.xlsx", rows, merge_level1=(4, 5))


def test_import_adds_items_after_a_backup_in_one_transaction(workspace, tmp_path: Path):
    workspace.add_item(make_item(level1="临时救助", name="办事指南"))
    plan = plan_import(workspace, official_file(tmp_path))
    assert len(plan.added) == 3 and plan.rejected == []
    assert [f.rule for f in plan.report.findings] == ["missing-element"]
    assert plan.report.findings[0].row == 6
    result = apply_import(workspace, plan)
    assert result.added == 3 and result.backup.reason == "import"
    items = workspace.items(domain="social-assistance")
    assert [(i.seq, i.level1, i.name) for i in items] == [
        (1, "临时救助", "办事指南"),
        (2, "最低生活保障", "办事指南"),
        (3, "最低生活保障", "审核信息"),
        (4, "特困人员救助供养", "办事指南"),
    ]
    assert all(len(i.id) == 32 for i in items)
    assert [a.action for a in workspace.audit() if a.action == "import"] == ["import"] * 3


def test_dry_run_writes_nothing(workspace, tmp_path: Path, capsys):
    path = official_file(tmp_path)
    folder = workspace.path.parent
    workspace.close()
    before = tree_state(folder)
    assert main(["import", str(path), "--workspace", str(folder / "幸福镇.gkml"), "--dry-run"]) == 1
    assert "预览（未写入）：新增 3 项" in capsys.readouterr().out
    assert tree_state(folder) == before


def test_rejected_rows_name_file_sheet_row_column_and_reason(workspace, tmp_path: Path):
    workspace.add_item(make_item())
    rows = [
        upload_row("社会救助", "最低生活保障", "办事指南"),
        upload_row("火星领域", "x", "y"),
        upload_row("社会救助", "临时救助", ""),
        upload_row("社会救助", "临时救助", "办事指南"),
        upload_row("社会救助", "临时救助", "办事指南\u200b"),
    ]
    plan = plan_import(workspace, write_csv(tmp_path / "清单.csv", rows))
    reasons = {r.location.row: (r.location.column, r.reason) for r in plan.rejected}
    assert sorted(reasons) == [3, 4, 6]
    assert plan.unchanged == 1  # row 2 is the item the workspace holds, unchanged
    assert "火星领域" in reasons[3][1] and reasons[3][0] == "所属领域"
    assert "事项名称为空" in reasons[4][1]
    assert "第 5 行" in reasons[6][1]
    assert all(r.location.path.endswith("清单.csv") and r.location.sheet for r in plan.rejected)
    assert [row.item.name for row in plan.added] == ["办事指南"]


def test_domain_comes_from_the_option_when_the_file_does_not_say(workspace, tmp_path: Path):
    path = write_official(tmp_path / "a.xlsx", [official_row(1, "x", "y")], title="目录")
    plan = plan_import(workspace, path)
    assert plan.added == [] and "无法确定所属领域" in plan.rejected[0].reason
    plan = plan_import(workspace, path, domain="elderly-care")
    assert [row.item.domain for row in plan.added] == ["elderly-care"]
    named = write_official(tmp_path / "养老服务.xlsx", [official_row(1, "x", "y")], title="目录")
    assert [row.item.domain for row in plan_import(workspace, named).added] == ["elderly-care"]


def test_a_cancelled_preview_raises_and_writes_nothing(workspace, tmp_path: Path):
    from desktop.exchange.importing import ImportCancelled

    path = write_official(tmp_path / "养老服务.xlsx", [official_row(1, "x", "y")], title="目录")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # after the file is read

    with pytest.raises(ImportCancelled, match="已取消预览"):
        plan_import(workspace, path, cancelled=cancelled)
    assert workspace.item_counts() == {}


def test_full_backup_rows_update_older_and_never_overwrite_newer(workspace, tmp_path: Path):
    item = workspace.add_item(make_item())
    exported = export_catalog(workspace, "full", tmp_path / "v1").files[0]
    workspace.update_item(item.id, content="工作区里更新的内容")
    plan = plan_import(workspace, exported)
    assert plan.added == [] and plan.updated == []
    assert "又修改过" in plan.rejected[0].reason and "公开内容" in plan.rejected[0].reason
    newer = export_catalog(workspace, "full", tmp_path / "v2").files[0]
    workspace.update_item(item.id, content="再改一次")
    with workspace.atomic():
        workspace.conn.execute("UPDATE item SET revision = 1 WHERE id = ?", (item.id,))
    plan = plan_import(workspace, newer)
    assert [update.current.id for update in plan.updated] == [item.id]
    apply_import(workspace, plan)
    again = workspace.item(item.id)
    assert (again.content, again.revision) == ("工作区里更新的内容", 2)


def test_rows_naming_other_units_go_to_those_units(workspace, tmp_path: Path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["单位名称", "区划代码", *UPLOAD_HEADER])
    sheet.append(["美丽村村民委员会", "330102001201", *upload_row("村务公开", "村务", "财务收支")])
    sheet.append(["和平镇人民政府", "", *upload_row("社会救助", "最低生活保障", "办事指南")])
    workbook.save(tmp_path / "county.xlsx")
    plan = plan_import(workspace, tmp_path / "county.xlsx")
    assert [(u.name, u.level, u.division_code) for u in plan.new_units] == [
        ("美丽村村民委员会", "村级", "330102001201"),
        ("和平镇人民政府", "乡级", ""),
    ]
    assert not plan.add_new_units  # a workspace of one unit adds others only when asked
    plan.add_new_units = True
    apply_import(workspace, plan)
    units = {u.name: u for u in workspace.units()}
    assert units["美丽村村民委员会"].parent_id == workspace.home_unit.id
    village_items = workspace.items(unit_id=units["美丽村村民委员会"].id)
    assert [i.name for i in village_items] == ["财务收支"]


@pytest.mark.parametrize(
    ("name", "code", "level"),
    [
        ("", "330102000000", "县级"),
        ("", "330102001000", "乡级"),
        ("", "330102001201", "村级"),
        ("幸福社区居民委员会", "", "村级"),
        ("东城街道办事处", "", "乡级"),
        ("某县民政局", "", "县级"),
    ],
)
def test_unit_level_inference(name, code, level):
    assert infer_level(name, code) == level


@pytest.mark.parametrize("chunk", [1 << 20, 61])  # 61 bytes: every tag cut across reads
def test_hidden_rows_and_value_less_formulas_are_reported(
    workspace, tmp_path: Path, monkeypatch, chunk
):
    from desktop.exchange import sheet_xml

    monkeypatch.setattr(sheet_xml, "_CHUNK", chunk)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(UPLOAD_HEADER)
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南"))
    sheet.append(upload_row("社会救助", "最低生活保障", "审核信息", time_limit='=B2&"内"'))
    sheet.append(upload_row("社会救助", "最低生活保障", "审批信息"))
    sheet.row_dimensions[4].hidden = True
    sheet.row_dimensions[9].hidden = True  # an empty hidden row: a self-closing <row/>
    workbook.save(tmp_path / "a.xlsx")
    plan = plan_import(workspace, tmp_path / "a.xlsx")
    assert any("第 4、9 行是隐藏行" in note for note in plan.notes)
    assert any("F3 单元格是公式" in note for note in plan.notes)
    assert len(plan.added) == 3
    marks = sheet_xml.scan_workbook(tmp_path / "a.xlsx")[sheet.title]
    assert marks.hidden_rows == [4, 9] and marks.formulas_without_value == ["F3"]


def _zip_bytes(entries: dict[str, bytes], level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _bomb() -> bytes:
    zeros = b"0" * (64 * 2**20)
    return _zip_bytes(
        {
            "[Content_Types].xml": b"<x/>",
            "xl/workbook.xml": b"<w/>",
            "xl/worksheets/sheet1.xml": zeros,
        }
    )


def _truncated(folder: Path) -> bytes:
    data = official_file(folder).read_bytes()
    return data[: len(data) // 2]


BAD_FILES = {
    "bomb.xlsx": (lambda folder: _bomb(), "压缩炸弹"),
    "encrypted.xlsx": (
        lambda folder: (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\x00" * 512
            + "EncryptedPackage".encode("utf-16-le")
        ),
        "密码",
    ),
    "old.xls": (lambda folder: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048, ".xls"),
    "renamed-docx.xlsx": (
        lambda folder: _zip_bytes({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<d/>"}),
        "Word",
    ),
    "truncated.xlsx": (_truncated, "损坏或不完整"),
    "empty.xlsx": (lambda folder: b"", "空"),
    "image.xlsx": (lambda folder: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "无法识别"),
    "no-header.csv": (lambda folder: "姓名,电话\n张三,123\n".encode(), "表头"),
    "binary-gbk.csv": (lambda folder: b"\xff\xfe\x00\x00" * 50, "无法识别"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_get_a_clear_message_and_change_nothing(workspace, tmp_path: Path, name):
    make, expected = BAD_FILES[name]
    source = tmp_path / "in"
    source.mkdir()
    path = source / name
    path.write_bytes(make(source))
    folder = workspace.path.parent
    before = tree_state(folder)
    with pytest.raises((UnreadableFile, NoHeader)) as error:
        plan_import(workspace, path)
    assert expected in error.value.message
    assert str(path) in str(error.value)
    assert tree_state(folder) == before


def test_a_bomb_is_refused_fast(tmp_path: Path):
    import time

    from desktop.exchange.guard import check_input

    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_bomb())
    start = time.perf_counter()
    with pytest.raises(UnreadableFile):
        check_input(path)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_chinese_csv_encodings_import(workspace, tmp_path: Path, encoding):
    path = write_csv(
        tmp_path / "a.csv", [upload_row("社会救助", "最低生活保障", "办事指南")], encoding
    )
    plan = plan_import(workspace, path)
    assert [row.item.subject for row in plan.added] == ["幸福镇人民政府"]


def test_control_characters_import_and_are_flagged(workspace, tmp_path: Path):
    rows = [upload_row("社会救助", "最低生活保障", "办事指南", content="办理条件\x0b材料")]
    plan = plan_import(workspace, write_csv(tmp_path / "a.csv", rows))
    assert [f.rule for f in plan.report.findings] == ["control-chars"]
    assert plan.report.findings[0].fix.value == "办理条件材料"


def test_cli_import_exit_codes(workspace, tmp_path: Path, capsys):
    path = official_file(tmp_path)
    target = str(workspace.path)
    workspace.close()
    assert main(["import", str(path), "--workspace", target]) == 1  # one item lacks 公开时限
    out = capsys.readouterr().out
    assert "已导入：新增 3 项" in out and "导入前的备份" in out
    clean = write_csv(tmp_path / "ok.csv", [upload_row("养老服务", "养老", "补贴")])
    assert main(["import", str(clean), "--workspace", target]) == 0
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"")
    assert main(["import", str(bad), "--workspace", target]) == 2
