"""Reading a checked file into sheets of text cells (python-calamine for xlsx).

Every cell becomes text the way a clerk sees it: 1.0 in a 序号 column is "1",
a date is 2024-01-02. Row and column indexes are absolute (row 0 is
spreadsheet row 1), so every message can name the real row.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..domain.errors import Location
from .errors import UnreadableFile
from .guard import check_input
from .sheet_xml import SheetMarks, scan_workbook

_log = logging.getLogger(__name__)

#: Merged range: (first row, first col, last row, last col), 0-based, inclusive.
Merge = tuple[int, int, int, int]
#: The cells of a sheet's rectangle python-calamine may allocate (~32 bytes each, then a
#: Python list slot): 160 MB, where A1 and XFD1048576 together ask for 512 GiB.
MAX_CELLS = 5_000_000
#: Excel's own width; a catalog has 10 to 20 columns.
MAX_CSV_COLUMNS = 16_384
#: A cell's characters (Excel keeps 32,767; longer ones are reported at import).
MAX_CSV_FIELD = 1_048_576
#: The bytes of a CSV read at once (it is decoded whole): ~200,000 rows.
MAX_CSV_BYTES = 150 * 2**20


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
        marks = scan_workbook(path)
        for name, found in marks.items():
            _check_extent(name, found, where)
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
    except (CalamineError, ValueError, OSError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        # The reader's own words are English and technical: the log keeps them.
        _log.warning("python-calamine could not read %s: %s", path, exc)
        raise UnreadableFile(
            "表格内容无法读取：文件已损坏，或不是 Excel、WPS 保存的表格。"
            "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。",
            where,
        ) from exc
    for sheet in sheets:
        found = marks.get(sheet.name)
        if found is not None:
            sheet.hidden_rows = found.hidden_rows
            sheet.formulas_without_value = found.formulas_without_value
    return sheets


def _check_extent(name: str, marks: SheetMarks, where: Location) -> None:
    """The reader allocates every cell of the sheet's rectangle, empty or not."""
    cells = marks.last_row * marks.last_column
    if cells > MAX_CELLS:
        raise UnreadableFile(
            f"工作表“{name}”的内容一直延伸到 {marks.last_cell} 单元格"
            f"（{marks.last_row} 行 × {marks.last_column} 列），超过一次能读取的上限 "
            f"{MAX_CELLS // 10_000} 万个单元格（如 20 万行 × 25 列）。"
            "若表格末尾或右侧有误填的内容，请删除后另存再导入；目录太大时请按领域分成几个文件。",
            where,
        )


def read_csv_rows(path: Path) -> list[list[str]]:
    """CSV as UTF-8 (with or without BOM) if it decodes strictly, else GB18030 (GBK's superset).

    Bounded before the csv module runs: its rows are lists built whole, so a 100 MB line of
    commas would be 100 million fields; and its 131,072-character field limit raises.

    >>> read_csv_rows(Path("目录.csv"))[0][:2]  # doctest: +SKIP
    ['所属领域', '一级事项']
    """
    path = Path(path)
    where = Location(path=str(path))
    if path.stat().st_size > MAX_CSV_BYTES:
        raise UnreadableFile(
            f"CSV 文件有 {path.stat().st_size // 2**20} MB，超过一次能读取的上限 "
            f"{MAX_CSV_BYTES // 2**20} MB。请把目录按领域分成几个文件，分别导入。",
            where,
        )
    data = path.read_bytes()
    _check_columns(data, where)
    text = _decode(data, where)
    csv.field_size_limit(MAX_CSV_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return list(reader)
    except csv.Error as exc:
        raise UnreadableFile(
            f"CSV 文件第 {reader.line_num} 行无法读取：有一个单元格超过 {MAX_CSV_FIELD} 个字"
            "（常见于引号没有成对，后面的内容都成了一个单元格）。请检查引号后再导入。",
            where,
        ) from exc


def _check_columns(data: bytes, where: Location) -> None:
    """No line may have more commas than a sheet has columns (counted on the bytes, so
    even a quoted comma counts: no catalog comes near)."""
    if data.count(b",") <= MAX_CSV_COLUMNS:
        return
    start, line = 0, 1
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if data.count(b",", start, end) > MAX_CSV_COLUMNS:
            raise UnreadableFile(
                f"CSV 文件第 {line} 行有超过 {MAX_CSV_COLUMNS} 列，不是目录表格。", where
            )
        start, line = end + 1, line + 1


def _decode(data: bytes, where: Location) -> str:
    furthest: UnicodeDecodeError | None = None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            if furthest is None or exc.start > furthest.start:
                furthest = exc
    assert furthest is not None
    line = data.count(b"\n", 0, furthest.start) + 1
    byte = data[furthest.start]
    raise UnreadableFile(
        f"CSV 文件第 {line} 行有无法识别的文字（字节 0x{byte:02X}）：文件的编码既不是 UTF-8 "
        "也不是 GBK/GB18030，或者文件已损坏。请在 Excel 或 WPS 中另存为"
        "“CSV UTF-8（逗号分隔）”后再导入。",
        where,
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
