"""Reading a checked file into sheets of text cells (python-calamine for xlsx).

Every cell becomes text the way a clerk sees it: 1.0 in a 序号 column is "1",
a date is 2024-01-02. Row and column indexes are absolute (row 0 is
spreadsheet row 1), so every message can name the real row.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..domain.errors import Location
from .errors import UnreadableFile
from .guard import check_input
from .sheet_xml import scan_workbook

#: Merged range: (first row, first col, last row, last col), 0-based, inclusive.
Merge = tuple[int, int, int, int]


@dataclass(slots=True)
class Sheet:
    name: str
    rows: list[list[str]]
    visible: bool = True
    merged: list[Merge] = field(default_factory=list)
    #: 1-based numbers of hidden rows, and references of formulas saved without a value.
    hidden_rows: list[int] = field(default_factory=list)
    formulas_without_value: list[str] = field(default_factory=list)

    def cell(self, row: int, col: int) -> str:
        cells = self.rows[row] if row < len(self.rows) else ()
        return cells[col] if col < len(cells) else ""


def read_sheets(path: Path) -> list[Sheet]:
    """The sheets of an xlsx or csv file (or the tables of a .docx), after the input guard."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        from .docx_tables import read_docx_sheets

        return read_docx_sheets(path)
    kind = check_input(path)
    if kind == "csv":
        return [Sheet(path.stem, read_csv_rows(path))]
    return _read_xlsx(path)


def _read_xlsx(path: Path) -> list[Sheet]:
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    where = Location(path=str(path))
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = []
        for meta in workbook.sheets_metadata:
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = [
                [value if type(value) is str else _text(value) for value in row]
                for row in sheet.to_python(skip_empty_area=False)
            ]
            merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ()]
            visible = meta.visible == SheetVisibleEnum.Visible
            sheets.append(Sheet(meta.name, rows, visible, merged))
        workbook.close()
        marks = scan_workbook(path)
    except (CalamineError, ValueError, OSError, KeyError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(f"表格内容无法读取（{exc}），文件可能已损坏。", where) from exc
    for sheet in sheets:
        found = marks.get(sheet.name)
        if found is not None:
            sheet.hidden_rows = found.hidden_rows
            sheet.formulas_without_value = found.formulas_without_value
    return sheets


def read_csv_rows(path: Path) -> list[list[str]]:
    """CSV as UTF-8 (with or without BOM) if it decodes strictly, else GB18030 (GBK's superset)."""
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [row for row in csv.reader(io.StringIO(text, newline=""))]
    raise UnreadableFile(
        "CSV 文件的文字编码无法识别（既不是 UTF-8 也不是 GBK/GB18030）。",
        Location(path=str(path)),
    )


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds").removesuffix(" 00:00:00")
    if isinstance(value, date | time):
        return value.isoformat()
    return "" if value is None else str(value)
