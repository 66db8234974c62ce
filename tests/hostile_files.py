"""Hostile and odd spreadsheets, built in memory in a fraction of a second.

A zip's parts are written here by hand (local headers, deflated data, central
directory) so one deflated stream can stand for many parts, and a part can
declare what a real file of that size would: a 954 MB bomb costs a few
megabytes and a few milliseconds to build, and nothing large is committed.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b"%s</Types>"
)
SHEET_TYPE = (
    b'<Override PartName="/xl/worksheets/sheet%d.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="xl/workbook.xml"/></Relationships>'
)
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True, slots=True)
class Part:
    """A zip entry: its deflated bytes and what it declares (size, CRC)."""

    name: str
    deflated: bytes
    size: int
    crc: int

    @classmethod
    def of(cls, name: str, data: bytes) -> Part:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return cls(name, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data))


def zip_parts(parts: list[Part]) -> bytes:
    """A zip of already-deflated parts (method 8, no zip64: every part < 4 GiB)."""
    body, directory = bytearray(), bytearray()
    for part in parts:
        name = part.name.encode()
        fixed = (20, 0, 8, 0, 0, part.crc, len(part.deflated), part.size, len(name))
        offset = len(body)
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fixed, 0) + name + part.deflated
        directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fixed, 0, 0, 0, 0, 0, offset)
        directory += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), len(body), 0
    )
    return bytes(body + directory + end)


def sheet_xml(rows: bytes, dimension: str = "") -> bytes:
    dim = f'<dimension ref="{dimension}"/>'.encode() if dimension else b""
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s" xmlns:r="%s">'
        b"%s<sheetData>%s</sheetData></worksheet>" % (MAIN, RELS, dim, rows)
    )


def workbook_parts(sheets: list[Part | bytes], extra: list[Part] = ()) -> list[Part]:
    """The parts of a workbook whose sheets are ``sheets`` (XML, or parts already made)."""
    entries = "".join(
        f'<sheet name="Sheet{n}" sheetId="{n}" r:id="rId{n}"/>' for n in range(1, len(sheets) + 1)
    )
    targets = "".join(
        f'<Relationship Id="rId{n}" Type="{RELS.decode()}/worksheet" '
        f'Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, len(sheets) + 1)
    )
    types = b"".join(SHEET_TYPE % n for n in range(1, len(sheets) + 1))
    parts = [
        Part.of("[Content_Types].xml", CONTENT_TYPES % types),
        Part.of("_rels/.rels", ROOT_RELS),
        Part.of(
            "xl/workbook.xml",
            b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s">'
            b"<sheets>%s</sheets></workbook>" % (MAIN, RELS, entries.encode()),
        ),
        Part.of(
            "xl/_rels/workbook.xml.rels",
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b"%s</Relationships>" % targets.encode(),
        ),
    ]
    for number, sheet in enumerate(sheets, start=1):
        name = f"xl/worksheets/sheet{number}.xml"
        if isinstance(sheet, Part):
            parts.append(Part(name, sheet.deflated, sheet.size, sheet.crc))
        else:
            parts.append(Part.of(name, sheet))
    return parts + list(extra)


def write(path: Path, parts: list[Part]) -> Path:
    path.write_bytes(zip_parts(parts))
    return path


def far_cell(path: Path) -> Path:
    """Point 6: cells at A1 and XFD1048576 (the last cell a sheet can have), ~1 KB."""
    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    return write(path, workbook_parts([sheet_xml(rows, "A1:XFD1048576")]))


def many_parts(path: Path, parts: int = 60, size: int = 15_900_000) -> Path:
    """Point 8: ``parts`` sheets of ``size`` bytes each, every one under a per-part limit."""
    filler = b"<row/>" * (size // 6)
    sheet = Part.of("x", sheet_xml(filler))
    return write(path, workbook_parts([sheet] * parts))


def declared_rows(path: Path, rows: int) -> Path:
    """Point 8: a workbook whose one sheet declares the size and the ordinary compression
    (about 8x, as real catalog XML has) of ``rows`` rows of 14 cells; only its central
    directory is real, which is all the input guard reads."""
    size = rows * 14 * 40
    sheet = Part("x", b"\0" * (size // 8), size, 0)
    return write(path, workbook_parts([sheet]))


def entity_file(path: Path, kind: str) -> Path:
    """Point 10: an external entity (XXE) or nested entities (billion laughs) in a sheet."""
    if kind == "xxe":
        doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        text = b"&e;"
    else:
        nested = b"".join(
            b'<!ENTITY l%d "%s">' % (n, b"&l%d;" % (n - 1) * 10 if n else b"lol") for n in range(10)
        )
        doctype = b"<!DOCTYPE x [%s]>" % nested
        text = b"&l9;"
    sheet = sheet_xml(b'<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>' % text)
    head, _, tail = sheet.partition(b"?>")
    return write(path, workbook_parts([head + b"?>" + doctype + tail]))
