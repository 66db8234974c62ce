"""Writing xlsx files that a spreadsheet program and a provincial system read as intended.

- Text is always written as text: a cell starting with = + - @, tab or CR is
  written as a string with Excel's quote-prefix style, so it is never run as a
  formula and its visible value does not change (OWASP CSV/formula injection).
- Characters XML cannot hold (control characters) are left out and reported.
- A cell longer than Excel's 32,767 characters is refused: Excel would cut it.
- The file is written beside the target and renamed over it once fsynced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import GkmlError, Location
from ..domain.text import CONTROL, EXCEL_CELL_LIMIT
from ..store.files import atomic_output
from .layouts import OfficialSheet, Table
from .xlsx_stream import QUOTED, WRAP, StreamWorkbook

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: (file, sheet, row number, column heading) of a cell, for messages.
_Where = tuple[Path, str, int, str]
_INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


class ExportError(GkmlError):
    code = "export"


@dataclass(slots=True)
class WriteReport:
    """What the writer had to change, so the user hears about it."""

    removed_characters: list[str] = field(default_factory=list)


def write_tables(target: Path, tables: list[Table]) -> WriteReport:
    """A rows-layout workbook: title rows if any, one header row, one row per item (streamed)."""
    report = WriteReport()
    with atomic_output(target) as temp, StreamWorkbook(temp) as book:
        for table in tables:
            name = sheet_name(table.name)
            rows = (
                [
                    _stream_cell(value, (target, name, number, table.headers[column]), report)
                    for column, value in enumerate(row)
                ]
                for number, row in enumerate(table.rows, start=len(table.title_rows) + 2)
            )
            above = [[CONTROL.sub("", cell) for cell in row] for row in table.title_rows]
            book.add_sheet(name, table.headers, table.widths, rows, above)
    return report


def _stream_cell(value: object, where: _Where, report: WriteReport) -> tuple[object, int]:
    if type(value) is int or not value:
        return value, WRAP
    text, quoted = _checked_text(str(value), where, report)
    return text, QUOTED if quoted else WRAP


def write_official(target: Path, sheets: list[OfficialSheet]) -> WriteReport:
    """The guideline layout: title, two-row header, ticks, merged 一级事项, A4 landscape."""
    import xlsxwriter

    report = WriteReport()
    with atomic_output(target) as temp:
        book = xlsxwriter.Workbook(str(temp), _OPTIONS)
        formats = _Formats(book)
        used_names: set[str] = set()
        for sheet_data in sheets:
            name = _unique(sheet_name(_domain_label(sheet_data)), used_names)
            sheet = book.add_worksheet(name)
            last = len(sheet_data.leaf_headers) - 1
            for column, width in enumerate(sheet_data.widths):
                sheet.set_column(column, column, width)
            sheet.merge_range(0, 0, 0, last, sheet_data.title, formats.title)
            sheet.merge_range(1, 0, 1, last, sheet_data.subtitle, formats.subtitle)
            _official_header(sheet, sheet_data, formats)
            first = 4
            for index, row in enumerate(sheet_data.rows):
                # Spreadsheet programs do not grow rows for wrapped text on their own.
                sheet.set_row(first + index, row_height(row, sheet_data.widths))
                for column, value in enumerate(row):
                    where = (target, name, first + index + 1, sheet_data.leaf_headers[column])
                    style = formats.tick if column >= 8 or column == 0 else formats.cell
                    _write(sheet, first + index, column, value, formats, report, where, style)
            for start, end in sheet_data.level1_runs:
                value = sheet_data.rows[start][1]
                sheet.merge_range(first + start, 1, first + end, 1, "", formats.cell)
                _write(
                    sheet,
                    first + start,
                    1,
                    value,
                    formats,
                    report,
                    (target, name, first + start + 1, "一级事项"),
                    formats.cell,
                )
            sheet.set_landscape()
            sheet.set_paper(9)  # A4
            sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
            sheet.repeat_rows(2, 3)
            sheet.fit_to_pages(1, 0)
            sheet.set_footer("&C第 &P 页，共 &N 页")
            sheet.freeze_panes(4, 0)
        book.close()
    return report


def row_height(row: list[str], widths: list[int], line: float = 13.5) -> float:
    """Points a row needs for its wrapped text: a Chinese character is two width units."""
    lines = 1
    for value, width in zip(row, widths, strict=False):
        units = sum(len(part) * 2 for part in str(value).split("\n"))
        breaks = str(value).count("\n")
        lines = max(lines, -(-units // max(width - 1, 1)) + breaks)
    return min(lines * line + 4, 409)


def sheet_name(text: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = text.translate(_INVALID_SHEET_CHARS).strip("'") or "Sheet"
    return cleaned[:31]


_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}


class _Formats:
    def __init__(self, book) -> None:
        base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter", "text_wrap": True}
        self.wrap = book.add_format(base)
        self.cell = book.add_format({**base, "border": 1})
        self.quoted = book.add_format({**base, "quote_prefix": True})
        self.quoted_cell = book.add_format({**base, "border": 1, "quote_prefix": True})
        self.tick = book.add_format({**base, "border": 1, "align": "center"})
        self.header = book.add_format(
            {**base, "bold": True, "border": 1, "align": "center", "bg_color": "#F2F2F2"}
        )
        self.title = book.add_format(
            {"font_name": "黑体", "font_size": 16, "align": "center", "valign": "vcenter"}
        )
        self.subtitle = book.add_format({"font_name": "宋体", "font_size": 10, "align": "left"})


def _official_header(sheet, data: OfficialSheet, formats: _Formats) -> None:
    top, leaf = data.top_headers, data.leaf_headers
    column = 0
    while column < len(top):
        span = 1
        while column + span < len(top) and not top[column + span]:
            span += 1
        if span == 1 and not leaf[column]:
            sheet.merge_range(2, column, 3, column, top[column], formats.header)
        elif span == 1:
            sheet.write_string(2, column, top[column], formats.header)
            sheet.write_string(3, column, leaf[column], formats.header)
        else:
            sheet.merge_range(2, column, 2, column + span - 1, top[column], formats.header)
            for offset in range(span):
                sheet.write_string(3, column + offset, leaf[column + offset], formats.header)
        column += span


def _write(sheet, row, column, value, formats, report, where, style=None) -> None:
    if isinstance(value, int):
        sheet.write_number(row, column, value, style or formats.wrap)
        return
    if not value:
        sheet.write_blank(row, column, None, style or formats.wrap)
        return
    text, quoted = _checked_text(str(value), where, report)
    if quoted:
        style = formats.quoted_cell if style is formats.cell else formats.quoted
    sheet.write_string(row, column, text, style or formats.wrap)


def _checked_text(text: str, where: _Where, report: WriteReport) -> tuple[str, bool]:
    """The text to write and whether it needs the quote prefix; refuses over-long cells."""
    if len(text) > EXCEL_CELL_LIMIT:
        path, sheet_title, row_number, heading = where
        raise ExportError(
            f"“{heading}”有 {len(text)} 个字符，超过 Excel 单元格上限 {EXCEL_CELL_LIMIT}，"
            "请精简后再导出。",
            Location(path=str(path), sheet=sheet_title, row=row_number, column=heading),
        )
    if CONTROL.search(text):
        _, sheet_title, row_number, heading = where
        report.removed_characters.append(
            str(Location(sheet=sheet_title, row=row_number, column=heading))
        )
        text = CONTROL.sub("", text)
    return text, text.startswith(_FORMULA_STARTS)


def _domain_label(sheet: OfficialSheet) -> str:
    """The domain's name; in a workbook of several units, after the unit's (cut to fit)."""
    from ..domain.domains import domain_name

    name = domain_name(sheet.domain)
    if not sheet.unit_name:
        return name
    return f"{sheet.unit_name[: max(31 - len(name) - 1, 4)]}-{name}"


def _unique(name: str, used: set[str]) -> str:
    candidate, number = name, 2
    while candidate in used:
        suffix = f"({number})"
        candidate = name[: 31 - len(suffix)] + suffix
        number += 1
    used.add(candidate)
    return candidate
