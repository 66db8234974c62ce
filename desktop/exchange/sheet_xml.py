"""What the cell readers do not say: hidden rows and formulas saved without a value.

python-calamine gives a formula's cached value, or "" when the program that made
the file never calculated it (some generators and online converters), and it
does not report hidden rows. Both matter to a clerk: a blank where a formula
was is lost data, and hidden rows are rows nobody looked at. So the sheet XML is
scanned for them: a byte search first (most files have neither), then a regex
over just the parts that need it. The input guard has bounded every part's size.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_RELATION_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>(.*?)</(?:\w+:)?c>", re.DOTALL)
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]+)</(?:\w+:)?v>")
_CHUNK = 1 << 20
#: a piece with no row end in it is scanned anyway past this size (no row is that long
#: in a real catalog; the input guard bounds the whole part)
_MAX_PIECE = 64 << 20


@dataclass(slots=True)
class SheetMarks:
    #: 1-based row numbers of hidden rows.
    hidden_rows: list[int] = field(default_factory=list)
    #: cell references (e.g. "B5") holding a formula with no saved value.
    formulas_without_value: list[str] = field(default_factory=list)


def scan_workbook(path: Path) -> dict[str, SheetMarks]:
    """Sheet name -> its hidden rows and value-less formulas."""
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
            end = len(data) if cut < 0 else cut + len(b"</row>")
            _scan_piece(data[:end], marks)
            rest = data[end:]
    if rest:
        _scan_piece(rest, marks)
    return marks


def _scan_piece(data: bytes, marks: SheetMarks) -> None:
    if b"hidden=" in data:
        for tag in _HIDDEN_ROW.findall(data):
            values = _attributes(tag)
            if values.get("hidden") in ("1", "true") and values.get("r", "").isdigit():
                marks.hidden_rows.append(int(values["r"]))
    if b"<f" in data or b":f>" in data:
        for attributes, inner in _CELL.findall(data):
            if b"<f" not in inner and b":f" not in inner:
                continue
            if _VALUE.search(inner) is None:
                marks.formulas_without_value.append(_attributes(attributes).get("r", "?"))


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
