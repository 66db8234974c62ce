"""Guideline tables forwarded as Word attachments (.docx), imported as template versions."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from desktop.cli import main
from desktop.domain.template_build import BLANK_NOTE
from desktop.store import open_workspace
from desktop.store.template_versions import workspace_templates
from tests.catalog_files import OFFICIAL_LEAF, OFFICIAL_TOP, official_row

SINGLE = (0, 3, 4, 5, 6, 7)
PAIRS = ((1, 2), (8, 9), (10, 11), (12, 13))


def add_table(document, rows: list[list[str]], *, header: bool, merge_level1: int = 0) -> None:
    """A table in the official layout; ``merge_level1``: data rows 一级事项 is merged over."""
    top = 2 if header else 0
    table = document.add_table(rows=top + len(rows), cols=len(OFFICIAL_TOP))
    if header:
        for column in SINGLE:
            table.cell(0, column).merge(table.cell(1, column)).text = OFFICIAL_TOP[column]
        for first, last in PAIRS:
            table.cell(0, first).merge(table.cell(0, last)).text = OFFICIAL_TOP[first]
            table.cell(1, first).text = OFFICIAL_LEAF[first]
            table.cell(1, last).text = OFFICIAL_LEAF[last]
    for r, row in enumerate(rows, start=top):
        for column, value in enumerate(row):
            if value:
                table.cell(r, column).text = value
    if merge_level1:
        level1 = rows[0][1]
        merged = table.cell(top, 1).merge(table.cell(top + merge_level1 - 1, 1))
        merged.text = level1


def water_document(path: Path) -> Path:
    """水利 split over a page break, then 交通运输's table in the same attachment."""
    document = docx.Document()
    document.add_paragraph("附件1")
    document.add_paragraph("水利领域基层政务公开标准目录")
    add_table(
        document,
        [
            official_row(1, "水利工程建设", "项目审批", subject="县水利局", basis="《水法》"),
            official_row(2, "", "招标投标", subject="县水利局", basis="同上"),
        ],
        header=True,
        merge_level1=2,
    )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    add_table(
        document,
        [official_row(3, "水旱灾害防御", "防汛预警", subject="县水利局", basis="", township="")],
        header=False,
    )
    document.add_paragraph("附件2 交通运输领域基层政务公开标准目录")
    add_table(
        document, [official_row(1, "公路建设", "建设计划", subject="县交通运输局")], header=True
    )
    document.save(str(path))
    return path


def run(capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["templates", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_word_attachment_imports_each_domains_table_as_its_version(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    attachment = water_document(tmp_path / "关于转发指引的通知（附件）.docx")
    code, out = run(capsys, "import", str(attachment), "--workspace", str(path))
    assert code == 2 and "有多个领域的表格（水利、交通运输）" in out, out
    code, out = run(capsys, "import", str(attachment), "--workspace", str(path), "--domain", "水利")
    assert code == 0, out
    assert "读到“水利”3 个事项（县级 3，乡级 2，村级 0）" in out
    code, out = run(capsys, "import", str(attachment), "--workspace", str(path), "--domain", "交通")
    assert code == 0 and "读到“交通运输”1 个事项" in out, out
    with open_workspace(path, daily_backup=False) as reopened:
        templates = workspace_templates(reopened)
    water = templates.get("water-resources")
    assert [(i.level1, i.name, i.basis) for i in water.items] == [
        ("水利工程建设", "项目审批", "《水法》"),
        ("水利工程建设", "招标投标", "《水法》"),
        ("水旱灾害防御", "防汛预警", ""),
    ]
    assert water.items[2].levels == ("县级",) and water.items[2].notes == {"basis": BLANK_NOTE}
    assert water.items[0].channels == ("政府网站", "公开查阅点")
    assert water.items[0].levels == ("县级", "乡级")
    assert [i.name for i in templates.get("transport").items] == ["建设计划"]


def test_word_files_that_cannot_be_read_say_why_and_store_nothing(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    encrypted = tmp_path / "加密指引.docx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EncryptedPackage" + b"\0" * 512)
    no_table = tmp_path / "通知.docx"
    document = docx.Document()
    document.add_paragraph("请各乡镇按附件中的指引编制目录。")
    document.save(str(no_table))
    broken = tmp_path / "损坏.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    expected = {encrypted: "设置了打开密码", no_table: "没有表格", broken: "已损坏"}
    for file, message in expected.items():
        code, out = run(capsys, "import", str(file), "--workspace", str(path))
        assert code == 2 and message in out, (file.name, out)
    with open_workspace(path, daily_backup=False) as reopened:
        assert reopened.db["template_import"].count == 0
