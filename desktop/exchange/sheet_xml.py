"""What the cell readers do not say, and what they must not be handed.

python-calamine gives a formula's cached value, or "" when the program that made
the file never calculated it (some generators and online converters), and it
does not report hidden rows. Both matter to a clerk: a blank where a formula
was is lost data, and hidden rows are rows nobody looked at. It also allocates a
cell for every position between the first and the last cell with a value: one
value at A1 and one at XFD1048576 ask for 17 billion cells (512 GiB), and the
Rust abort that follows cannot be caught. So the sheet XML is scanned before
the reader runs, for each sheet's extent, hidden rows and value-less formulas.

Every pattern here is linear: a tag's attributes are ``[^<>]*`` (a match never
runs past the next tag), and a cell's content may not contain another cell's
tag, so no failed match scans on to the end of the part. A self-closing
``<c .../>`` followed by thousands of formatted empty cells (clerks' templates)
once made a lazy ``(.*?)</c>`` quadratic. The input guard has bounded the total
size of the parts.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^<>]*)>")
_RELATION_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^<>]*)>")
_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^<>]*)>")
#: The reference of a cell with content (its tag not self-closing): column letters and
#: row number. It starts with a literal, which the regex engine finds at C speed (a third
#: of the reader's own time), and ends in a possessive run that cannot backtrack.
_FILLED_REF = re.compile(rb'r="([A-Z]{1,3})([0-9]{1,7})"[^<>/]*+>')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
_REF = re.compile(rb'r="([A-Z]{1,3}[0-9]{1,7})"')
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]+</(?:\w+:)?v>")
_CHUNK = 1 << 20
#: a piece with no row end in it is scanned anyway past this size, cut after a tag
#: (no row is that long in a real catalog; the input guard bounds the whole part)
_MAX_PIECE = 64 << 20


@dataclass(slots=True)
class SheetMarks:
    #: 1-based row numbers of hidden rows.
    hidden_rows: list[int] = field(default_factory=list)
    #: cell references (e.g. "B5") holding a formula with no saved value.
    formulas_without_value: list[str] = field(default_factory=list)
    #: the last row and column (1-based) that a cell with content sits in.
    last_row: int = 0
    last_column: int = 0

    @property
    def last_cell(self) -> str:
        """The reference of the far corner, e.g. ``"XFD1048576"``."""
        return f"{column_letters(self.last_column)}{self.last_row}"


def column_letters(number: int) -> str:
    """1 -> "A", 16384 -> "XFD"."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def scan_workbook(path: Path) -> dict[str, SheetMarks]:
    """Sheet name -> its extent, hidden rows and value-less formulas.

    >>> marks = scan_workbook(Path("目录.xlsx"))["Sheet1"]  # doctest: +SKIP
    >>> marks.last_cell, marks.hidden_rows  # doctest: +SKIP
    ('N203', [4, 9])
    """
    marks: dict[str, SheetMarks] = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        targets = _relations(archive.read("xl/_rels/workbook.xml.rels"))
        for attributes in _SHEET_TAG.findall(archive.read("xl/workbook.xml")):
            values = _attributes(attributes)
            name = values.get("name", "")
            target = targets.get(values.get("r:id", "") or values.get("id", ""), "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if part not in names:
                continue
            marks[name] = _scan_sheet(archive, part)
    return marks


def _scan_sheet(archive: zipfile.ZipFile, part: str) -> SheetMarks:
    """Scan the part in pieces cut after a row's end: a county's sheet inflates to a few
    hundred megabytes, which must never be in memory at once."""
    marks = SheetMarks()
    rest = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = rest + chunk
            cut = data.rfind(b"</row>")
            if cut < 0 and len(data) < _MAX_PIECE:
                rest = data  # no row has ended yet: read on
                continue
            end = data.rfind(b">") + 1 if cut < 0 else cut + len(b"</row>")
            _scan_piece(data[:end], marks)
            rest = data[end:]
    if rest:
        _scan_piece(rest, marks)
    return marks


def _scan_piece(data: bytes, marks: SheetMarks) -> None:
    for tag in _ROW_TAG.findall(data) if b"hidden=" in data else ():
        values = _attributes(tag)
        if values.get("hidden") in ("1", "true") and values.get("r", "").isdigit():
            marks.hidden_rows.append(int(values["r"]))
    refs = _FILLED_REF.findall(data)
    if refs:
        letters = max({column for column, _row in refs}, key=lambda text: (len(text), text))
        last_row = max(map(int, (row for _column, row in refs)))
        marks.last_column = max(marks.last_column, _column_number(letters))
        marks.last_row = max(marks.last_row, last_row)
    if b"<f" in data or b":f" in data:
        _scan_formulas(data, marks)


def _scan_formulas(data: bytes, marks: SheetMarks) -> None:
    """Each formula's cell runs from the cell end before it to the next one; every search
    starts past the last cell end found, so the spans searched never overlap."""
    cell_end = 0
    for formula in _FORMULA.finditer(data):
        if formula.start() < cell_end:
            continue  # a second formula tag in the same cell
        cell_start = cell_end
        end = _CELL_END.search(data, formula.end())
        if end is None:
            return
        cell_end = end.start()
        if _VALUE.search(data, formula.end(), cell_end) is None:
            refs = _REF.findall(data, cell_start, formula.start())
            marks.formulas_without_value.append(refs[-1].decode() if refs else "?")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _relations(data: bytes) -> dict[str, str]:
    targets = {}
    for attributes in _RELATION_TAG.findall(data):
        values = _attributes(attributes)
        targets[values.get("Id", "")] = values.get("Target", "")
    return targets


def _attributes(raw: bytes) -> dict[str, str]:
    return {
        key.decode(): html.unescape(value.decode("utf-8", "replace"))
        for key, value in _ATTRIBUTE.findall(raw)
    }
