"""Export: profiles, text-as-text writing, refusals, batches, and what spreadsheet programs see."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import confirmed_export, make_item, tree_state
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from spreadsheets import libreoffice_sheets

from desktop.domain import Unit
from desktop.exchange.exporting import ExportRefused, export_catalog
from desktop.exchange.importing import apply_import, plan_import
from desktop.exchange.profiles import load_profile, read_profile
from desktop.exchange.xlsx_writer import ExportError
from desktop.store import create_workspace
from desktop.store.batches import batch_item_ids, batches, decide_batch

ODD_TEXTS = [
    "=SUM(A1:A3)",
    "+8613800000000",
    "-负数开头",
    "@提及",
    "\t制表开头",
    " 前后空格 ",
    "\u3000全角空格",
    "a\r\nb",
    "c\rd",
    "𠀀生僻字",
    "零宽\u200b字符",
    "多行\n文本",
    "&<>\"'",
    "字" * 32767,
    "",
    "1.0",
    "0012",
]


def fill(workspace, count: int = 3, **values) -> list:
    items = [make_item(name=f"事项{i}", level1=f"一级{i % 2}", **values) for i in range(count)]
    return workspace.add_items(items)


def test_full_round_trip_is_lossless_for_odd_text(workspace, tmp_path: Path, township):
    items = [
        make_item(
            name=f"事项{i}",
            content=text,
            channels=("党员、村民代表大会", "政府网站"),
            status="待审",
            link="https://example.gov.cn/a?b=1&c=2",
        )
        for i, text in enumerate(ODD_TEXTS)
    ]
    items.append(make_item(name="不适用的", not_applicable_reason="本镇无此业务", basis=""))
    workspace.add_items(items)
    workspace.update_item(items[0].id, basis="《改过的依据》")
    before = {item.id: item for item in workspace.items()}
    result = export_catalog(workspace, "full", tmp_path / "out")
    assert result.items == len(before)
    with create_workspace(tmp_path / "copy.gkml", township) as copy:
        plan = plan_import(copy, result.files[0])
        assert plan.rejected == [] and len(plan.added) == len(before)
        apply_import(copy, plan)
        after = {item.id: item for item in copy.items()}
    assert after.keys() == before.keys()
    for item_id, item in before.items():
        for key, value in item.values().items():
            if key != "unit_id":
                assert getattr(after[item_id], key) == value, (key, value)


FREE_TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
    )
    | st.sampled_from("主动依申请全社会《》〔〕\u3000\u200b=+-@\t\n\r 　、"),
    max_size=30,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# A channel always has a name (the editor and the readers drop empty ones).
@given(
    texts=st.lists(FREE_TEXT, min_size=6, max_size=6),
    channels=st.lists(FREE_TEXT.filter(bool), max_size=3),
)
@example(texts=[" ", "", "", "", "", ""], channels=[])  # a blank 一级事项 is not filled down
@example(texts=["", "", "", "", "", "同上"], channels=[])  # nor is 同上 taken as "same as above"
def test_full_round_trip_property(tmp_path_factory, texts, channels):
    folder = tmp_path_factory.mktemp("rt")
    unit = Unit(name="幸福镇人民政府", level="乡级")
    level1, name, content, basis, subject, link = texts
    with create_workspace(folder / "a.gkml", unit) as workspace:
        item = workspace.add_item(
            make_item(
                level1=level1,
                name=f"名{name}",
                content=content,
                basis=basis,
                subject=subject,
                link=link,
                channels=tuple(channels),
            )
        )
        files = export_catalog(workspace, "full", folder / "out").files
    with create_workspace(folder / "b.gkml", unit) as copy:
        apply_import(copy, plan_import(copy, files[0]))
        back = copy.item(item.id)
    for key, value in item.values().items():
        if key != "unit_id":
            assert getattr(back, key) == value, key


def test_formula_like_text_is_written_as_quoted_text(workspace, tmp_path: Path):
    fill(workspace, 1, content='=HYPERLINK("http://evil")', basis="+《条例》", subject="@镇政府")
    path = export_catalog(workspace, "full", tmp_path).files[0]
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    row = {header[i]: cell for i, cell in enumerate(sheet[2])}
    for heading, text in (
        ("公开内容", '=HYPERLINK("http://evil")'),
        ("公开依据", "+《条例》"),
        ("公开主体", "@镇政府"),
    ):
        assert row[heading].value == text
        assert row[heading].data_type == "s"
        assert row[heading].quotePrefix


def test_upload_refuses_while_errors_remain_and_writes_nothing(workspace, tmp_path: Path):
    fill(workspace, 2)
    workspace.add_item(make_item(name="缺依据", basis=""))
    out = tmp_path / "out"
    with pytest.raises(ExportRefused) as refused:
        confirmed_export(workspace, "upload", out)
    assert "公开依据" in refused.value.message and "缺依据" in refused.value.message
    assert [f.rule for f in refused.value.findings] == ["missing-element"]
    assert not out.exists() or not list(out.iterdir())
    assert batches(workspace) == []


def test_upload_records_a_batch_that_awaits_the_provinces_answer(workspace, tmp_path: Path):
    items = fill(workspace, 3)
    result = confirmed_export(workspace, "upload", tmp_path)
    [batch] = result.batches
    assert batch.profile == "upload" and batch.item_count == 3 and not batch.changed_only
    assert batch.file_name == result.files[0].name
    import hashlib

    assert batch.sha256 == hashlib.sha256(result.files[0].read_bytes()).hexdigest()
    assert batch_item_ids(workspace, batch.id) == [item.id for item in items]
    assert batch.state == "exported" and batch.awaits_decision
    assert "已上传" not in {item.status for item in workspace.items()}
    decision = decide_batch(workspace, batch.id, accepted=True)
    assert decision.batch.state == "accepted" and decision.skipped == 0
    assert sorted(decision.uploaded) == sorted(item.id for item in items)
    assert {item.status for item in workspace.items()} == {"已上传"}
    assert {item.revision for item in workspace.items()} == {1}


def test_changed_only_exports_what_changed_since_the_last_upload(workspace, tmp_path: Path):
    items = fill(workspace, 3)
    first = confirmed_export(workspace, "upload", tmp_path / "1").batches[0]
    decide_batch(workspace, first.id, accepted=True)
    workspace.update_item(items[1].id, content="新的公开内容")
    assert workspace.item(items[1].id).status == "草稿"
    new = workspace.add_item(make_item(name="新事项"))
    result = confirmed_export(workspace, "upload", tmp_path / "2", changed_only=True)
    assert result.items == 2
    assert batch_item_ids(workspace, result.batches[0].id) == [items[1].id, new.id]
    assert result.batches[0].changed_only
    # Not yet accepted: the same changes go again.
    again = confirmed_export(workspace, "upload", tmp_path / "3", changed_only=True)
    assert again.items == 2
    decide_batch(workspace, again.batches[0].id, accepted=True)
    nothing = confirmed_export(workspace, "upload", tmp_path / "4", changed_only=True)
    assert nothing.files == [] and nothing.batches == [] and not (tmp_path / "4").exists()
    assert "没有新增或修改的事项" in nothing.nothing and "没有生成" in nothing.nothing


def test_upload_layout_columns_and_values(workspace, tmp_path: Path, township):
    fill(workspace, 1, method="依申请", channels=("政府网站", "公开查阅点"))
    path = confirmed_export(workspace, "upload", tmp_path).files[0]
    rows = list(load_workbook(path).active.values)
    assert rows[0][:5] == ("单位名称", "区划代码", "所属领域", "一级事项", "事项名称")
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["单位名称"] == township.name
    assert record["区划代码"] == township.division_code
    assert record["所属领域"] == "社会救助"
    assert record["公开方式"] == "依申请"  # the word our own validator accepts
    assert record["公开渠道和载体"] == "政府网站、公开查阅点"
    assert record["公开层级"] == "县级、乡级"


def test_official_layout_sheets_headers_merges_and_print_setup(workspace, tmp_path: Path):
    workspace.add_items(
        [
            make_item(level1="最低生活保障", name="办事指南"),
            make_item(level1="最低生活保障", name="审核信息", audience="特定群体"),
            make_item(level1="临时救助", name="办事指南", method="依申请", levels=("乡级",)),
            make_item(domain="elderly-care", level1="养老服务", name="补贴"),
        ]
    )
    path = confirmed_export(workspace, "official", tmp_path).files[0]
    book = load_workbook(path)
    assert book.sheetnames == ["养老服务", "社会救助"] or book.sheetnames == [
        "社会救助",
        "养老服务",
    ]
    sheet = book["社会救助"]
    assert "社会救助领域基层政务公开标准目录" in sheet["A1"].value
    assert [c.value for c in sheet[3]][:4] == ["序号", "公开事项", None, "公开内容（要素）"]
    assert [c.value for c in sheet[4]][8:14] == [
        "全社会",
        "特定群体",
        "主动",
        "依申请",
        "县级",
        "乡级",
    ]
    assert "B5:B6" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[6]][8:14] == [None, "√", "√", None, "√", "√"]
    assert [c.value for c in sheet[7]][8:14] == ["√", None, None, "√", None, "√"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    assert sheet.print_title_rows == "$3:$4"


def test_control_characters_are_removed_and_reported(workspace, tmp_path: Path):
    fill(workspace, 1, content="办理条件\x0b申请材料")
    result = export_catalog(workspace, "full", tmp_path)
    assert len(result.removed_characters) == 1 and "公开内容" in result.removed_characters[0]
    sheet = load_workbook(result.files[0]).active
    assert "办理条件申请材料" in [c.value for c in sheet[2]]


def test_over_long_cells_are_refused_and_the_old_file_survives(workspace, tmp_path: Path):
    fill(workspace, 1, content="字" * 32768)
    before = tree_state(tmp_path)
    with pytest.raises(ExportError) as error:
        export_catalog(workspace, "full", tmp_path)
    assert "32767" in error.value.message and error.value.location.column == "公开内容"
    assert tree_state(tmp_path) == before
    assert batches(workspace) == []


def test_profile_splits_by_domain_and_rows(workspace, tmp_path: Path):
    data = json.loads(load_profile("upload").path.read_text(encoding="utf-8"))
    data.update(name="split", sheet="{domain}", split={"by_domain": True, "max_rows": 2})
    custom = tmp_path / "split.json"
    custom.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fill(workspace, 3)
    workspace.add_item(make_item(domain="elderly-care", level1="养老", name="补贴"))
    result = confirmed_export(workspace, read_profile(custom), tmp_path / "out")
    names = sorted(path.name.split("-")[2] for path in result.files)
    assert len(result.files) == 3 and names == ["养老服务", "社会救助", "社会救助"]
    assert sum(batch.item_count for batch in result.batches) == 4


def test_libreoffice_reads_every_export(workspace, tmp_path: Path):
    workspace.add_items(
        [
            make_item(name="办事指南", content="=1+1"),
            make_item(name="审核信息", content="多行\n文本 𠀀", basis="《条例》、〔2019〕54号"),
            make_item(domain="elderly-care", level1="养老服务", name="补贴", subject="@镇"),
        ]
    )
    files = [
        confirmed_export(workspace, name, tmp_path / name).files[0]
        for name in ("full", "upload", "official")
    ]
    sheets = libreoffice_sheets(files, tmp_path / "lo")
    full = sheets[(files[0].stem, "公开事项")]
    assert full[0][:5] == ["事项编号", "所属领域", "序号", "一级事项", "事项名称"]
    contents = {row[4]: row[5] for row in full[1:]}
    assert contents == {
        "办事指南": "=1+1",
        "审核信息": "多行\n文本 𠀀",
        "补贴": "办理条件、申请材料、办理流程",
    }
    upload = sheets[(files[1].stem, "公开事项")]
    assert [row[4] for row in upload[1:]] == ["办事指南", "审核信息", "补贴"]
    assert upload[3][8] == "@镇"
    official = sheets[(files[2].stem, "社会救助")]
    assert official[2][:2] == ["序号", "公开事项"]
    assert [row[2] for row in official[4:]] == ["办事指南", "审核信息"]
    assert official[4][1] == "最低生活保障"
