"""Hostile spreadsheets (issue 15, points 6-10): each is refused or read within bounds,
with a Chinese sentence, exit 2 and the workspace unchanged."""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import hostile_files as hostile
import pytest
from catalog_files import UPLOAD_HEADER, upload_row, write_csv
from conftest import ROOT, make_item, tree_state

from desktop.cli import main
from desktop.exchange import sheet_xml
from desktop.exchange.errors import UnreadableFile
from desktop.exchange.guard import check_input
from desktop.exchange.importing import plan_import
from desktop.exchange.sheets import MAX_CSV_FIELD, read_csv_rows, read_sheets


def _refused(workspace, path: Path, expected: str, seconds: float = 5.0) -> str:
    """Import ``path``: refused with ``expected`` in the sentence, fast, nothing changed."""
    folder = workspace.path.parent
    before = tree_state(folder)
    start = time.perf_counter()
    with pytest.raises(UnreadableFile) as error:
        plan_import(workspace, path)
    assert time.perf_counter() - start < seconds
    assert expected in error.value.message, error.value.message
    assert tree_state(folder) == before
    return error.value.message


def _english(message: str) -> list[str]:
    """Words of a library's English (product names and file types are no sentence)."""
    words = re.findall(r"[A-Za-z]{4,}", message)
    return [word for word in words if word not in ("Excel", "xlsx")]


def test_a_cell_at_xfd1048576_is_refused_before_the_reader_allocates_it(tmp_path: Path):
    """In-process this would abort the test run (python-calamine asks for 512 GiB), so the
    command runs in a child process: exit 2 and a sentence naming the cell, not rc 134."""
    path = hostile.far_cell(tmp_path / "far.xlsx")
    assert path.stat().st_size < 2000
    done = subprocess.run(
        [sys.executable, "main.py", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "XFD1048576" in done.stderr and "1048576 行 × 16384 列" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_extent_counts_cells_with_content_only(tmp_path: Path):
    """Formatted empty cells far out (templates) cost the reader nothing and pass."""
    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
        b'<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    )
    path = hostile.write(
        tmp_path / "styled.xlsx", hostile.workbook_parts([hostile.sheet_xml(rows)])
    )
    marks = sheet_xml.scan_workbook(path)["Sheet1"]
    assert marks.last_cell == "A1"
    assert [sheet.rows for sheet in read_sheets(path)] == [[["a"]]]


def _template(path: Path, empty_rows: int) -> Path:
    """200 items with a formula column, then ``empty_rows`` formatted empty rows, the way
    XlsxWriter writes a clerk's template (each empty cell a self-closing ``<c .../>``)."""
    items = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>item</t></is></c>'
        b'<c r="B%d"><f>ROW()-1</f><v>%d</v></c></row>' % (r, r, r, r - 1)
        for r in range(2, 202)
    )
    row = b'<row r="%d">' + b"".join(b'<c r="%c%%d" s="1"/>' % col for col in b"ABCDEFGHIJKL")
    empty = b"".join(row % ((r,) * 13) + b"</row>" for r in range(202, 202 + empty_rows))
    return hostile.write(path, hostile.workbook_parts([hostile.sheet_xml(items + empty)]))


def test_the_hidden_row_and_formula_scan_is_linear(tmp_path: Path):
    """Twice the input takes less than three times as long: the median of five runs of
    each size, taken in turn so a busy machine slows both alike, on inputs big enough to
    time (0.1-1 s). The old lazy pattern took 24 s at 500 rows."""
    sizes = (40_000, 80_000)
    paths = [_template(tmp_path / f"t{rows}.xlsx", rows) for rows in sizes]
    runs: list[list[float]] = [[], []]
    for _ in range(5):
        for index, path in enumerate(paths):
            start = time.perf_counter()
            marks = sheet_xml.scan_workbook(path)["Sheet1"]
            runs[index].append(time.perf_counter() - start)
            assert marks.last_cell == "B201" and marks.formulas_without_value == []
    small, large = (statistics.median(times) for times in runs)
    assert small < 5
    assert large / small < 3, (small, large)


def test_an_xlsxwriter_template_with_empty_formatted_rows_imports_fast(workspace, tmp_path: Path):
    import xlsxwriter

    path = tmp_path / "template.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    boxed = book.add_format({"border": 1})
    sheet.write_row(0, 0, [*UPLOAD_HEADER, "序号"])
    for row in range(1, 201):
        sheet.write_row(row, 0, upload_row("社会救助", "最低生活保障", f"事项{row}"))
        sheet.write_formula(row, len(UPLOAD_HEADER), "=ROW()-1")
    for row in range(201, 2201):
        for column in range(len(UPLOAD_HEADER) + 1):
            sheet.write_blank(row, column, None, boxed)
    book.close()
    start = time.perf_counter()
    plan = plan_import(workspace, path)
    assert time.perf_counter() - start < 5
    assert len(plan.added) == 200


def test_many_parts_each_under_a_part_limit_are_a_bomb_together(workspace, tmp_path: Path):
    path = hostile.many_parts(tmp_path / "parts.xlsx")
    message = _refused(workspace, path, "压缩炸弹", seconds=1.0)
    assert "解压后却有 909.8 MB" in message


def test_a_real_million_row_file_is_too_large_not_a_bomb(workspace, tmp_path: Path):
    message = _refused(workspace, hostile.declared_rows(tmp_path / "big.xlsx", 1_000_000), "上限")
    assert "炸弹" not in message and "300 MB" in message and "分成几个文件" in message


def test_a_real_file_past_the_ratio_floor_passes_the_guard(tmp_path: Path):
    """Real rows deflate ~20 times: 21,000 rows of 14 cells (17 MB of XML) are no bomb."""
    rows = b"".join(
        b'<row r="%d">' % r
        + b"".join(
            b'<c r="%c%d" t="inlineStr"><is><t>%s%d</t></is></c>' % (65 + c, r, "事项".encode(), r)
            for c in range(14)
        )
        + b"</row>"
        for r in range(1, 21_001)
    )
    assert len(rows) > 16 * 2**20
    path = hostile.write(tmp_path / "real.xlsx", hostile.workbook_parts([hostile.sheet_xml(rows)]))
    assert check_input(path) == "xlsx"


@pytest.mark.parametrize("kind", ["xxe", "laughs"])
def test_entity_attacks_are_refused_in_chinese(workspace, tmp_path: Path, kind):
    message = _refused(workspace, hostile.entity_file(tmp_path / f"{kind}.xlsx", kind), "实体声明")
    assert "xl/worksheets/sheet1.xml" in message
    assert _english(message.replace("xl/worksheets/sheet1.xml", "")) == []


def test_a_reader_error_is_told_in_chinese(workspace, tmp_path: Path):
    broken = hostile.sheet_xml(
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&bogus;</t></is></c></row>'
    )
    path = hostile.write(tmp_path / "broken.xlsx", hostile.workbook_parts([broken]))
    message = _refused(workspace, path, "表格内容无法读取")
    assert _english(message) == []


def test_a_csv_field_past_the_csv_module_limit_is_read(workspace, tmp_path: Path):
    long = "长" * 131_073
    path = write_csv(
        tmp_path / "long.csv", [upload_row("社会救助", "最低生活保障", "指南", content=long)]
    )
    assert read_csv_rows(path)[1][3] == long
    plan_import(workspace, path)  # no _csv.Error; the length itself is the import's to judge


def test_a_runaway_quoted_field_names_its_row(workspace, tmp_path: Path):
    path = tmp_path / "quote.csv"
    text = ",".join(UPLOAD_HEADER) + '\n社会救助,"' + "长" * (MAX_CSV_FIELD + 1) + "\n"
    path.write_text(text, encoding="utf-8")
    _refused(workspace, path, "第 2 行无法读取")


def test_a_100_mb_line_of_commas_is_refused_within_bounds(workspace, tmp_path: Path):
    path = tmp_path / "commas.csv"
    with path.open("wb") as handle:
        handle.write(",".join(UPLOAD_HEADER).encode() + b"\n")
        handle.write(b"," * 100_000_000 + b"\n")
    _refused(workspace, path, "第 2 行有超过 16384 列")


def test_utf16_csv_is_told_to_save_as_utf8(workspace, tmp_path: Path):
    path = write_csv(
        tmp_path / "u16.csv", [upload_row("社会救助", "最低生活保障", "指南")], "utf-16"
    )
    _refused(workspace, path, "UTF-16")


@pytest.mark.parametrize("rows_before", [0, 3000])
def test_a_bad_byte_gets_the_encoding_message_wherever_it_is(
    workspace, tmp_path: Path, rows_before
):
    """Early (inside the guard's sample) or late, the message names the line."""
    row = ",".join(upload_row("社会救助", "最低生活保障", "指南")) + "\n"
    head = (",".join(UPLOAD_HEADER) + "\n" + row * rows_before).encode("gb18030")
    path = tmp_path / "bad.csv"
    path.write_bytes(head + b"\x81\x20" + row.encode("gb18030"))
    message = _refused(workspace, path, "0x81")
    assert f"第 {rows_before + 2} 行" in message and "GB18030" in message


def test_a_lone_surrogate_is_replaced_on_the_way_in_and_noted(workspace, tmp_path: Path, capsys):
    """A JSON list cell of the full layout can spell one (\\ud800): SQLite and every
    writer raised UnicodeEncodeError on it. It is U+FFFD from the plan on, with a note."""
    from openpyxl import load_workbook

    from desktop.exchange.exporting import export_catalog
    from desktop.exchange.importing import apply_import

    workspace.add_item(make_item())
    [full] = export_catalog(workspace, "full", tmp_path / "out").files
    book = load_workbook(full)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("事项编号") + 1).value = None
    sheet.cell(2, headers.index("事项名称") + 1).value = "新事项"
    sheet.cell(2, headers.index("公开渠道和载体") + 1).value = '["政府网站\\udc00", "公开查阅点"]'
    book.save(tmp_path / "in.xlsx")
    plan = plan_import(workspace, tmp_path / "in.xlsx")
    [row] = plan.added
    assert row.item.channels == ("政府网站\ufffd", "公开查阅点")
    notes = [note for note in plan.notes if "代理码位" in note]
    assert len(notes) == 1 and "第 2 行" in notes[0] and "公开渠道和载体" in notes[0]
    apply_import(workspace, plan)  # raised UnicodeEncodeError
    assert export_catalog(workspace, "full", tmp_path / "again").files
    assert main(["validate", str(tmp_path / "in.xlsx")]) in (0, 1)  # printing it raised too
    assert "代理码位" in capsys.readouterr().out
