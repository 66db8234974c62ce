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
            marks[name] = _scan_sheet(archive.read(part))
    return marks


def _scan_sheet(data: bytes) -> SheetMarks:
    marks = SheetMarks()
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
    return marks


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
