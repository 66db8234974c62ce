"""The tables of a Word ``.docx`` file as sheets, so guideline attachments read like xlsx.

Guidelines are forwarded as Word attachments as often as spreadsheets. Each table becomes
a sheet laid out as the catalog reader expects of an xlsx: the text of a merged cell in
its first cell only, the merge recorded (``gridSpan`` across, ``vMerge`` down), and the
paragraph just above the table as its title row, where the domain's name usually is. A
table without a header that follows one with a header is the same table continued
after a page break, so its rows are added to that sheet. The file passes the input
guard (size, zip bomb) before python-docx opens it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from ..domain.errors import Location
from .catalog_header import find_columns
from .errors import UnreadableFile
from .guard import check_input
from .sheets import Merge, Sheet

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: "附件2：" before a table's title names the attachment, not the domain.
_ATTACHMENT = re.compile(r"^附件\s*[0-9一二三四五六七八九十]*\s*[:：、.．]?\s*")
#: An lxml element of the document body (python-docx's oxml classes are lxml elements).
Element = Any


def read_docx_sheets(path: Path) -> list[Sheet]:
    """One sheet per table of the document (表1, 表2 …), continued tables joined.

    Example::

        [sheet.name for sheet in read_docx_sheets(Path("附件.docx"))]  # ["表1", "表2"]
    """
    path = Path(path)
    where = Location(path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UnreadableFile(f"无法打开文件（{exc.strerror or exc}）。", where) from exc
    if head.startswith(_OLE):
        raise UnreadableFile(
            "这个 Word 文件设置了打开密码，或是旧版 .doc 文件改了扩展名。"
            "请在 Word 或 WPS 中取消密码，“另存为”.docx 格式后再导入。",
            where,
        )
    if check_input(path, word=True) != "docx":
        raise UnreadableFile("这不是 Word 文档（.docx），请检查文件。", where)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        body = docx.Document(str(path)).element.body
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(f"Word 文件内容无法读取（{exc}），文件可能已损坏。", where) from exc
    sheets: list[Sheet] = []
    title = ""
    for child in body.iterchildren():
        tag = _local(child.tag)
        if tag == "p":
            text = _ATTACHMENT.sub("", _text(child).strip())
            title = text or title
        elif tag == "tbl":
            rows, merged = _table(child)
            _add(sheets, Sheet(f"表{len(sheets) + 1}", [[title], *rows], merged=_below(merged)))
            title = ""
    if not sheets:
        raise UnreadableFile("这个 Word 文件中没有表格。", where)
    return sheets


def _add(sheets: list[Sheet], sheet: Sheet) -> None:
    """Append a table, or join it to the one before when it is that table continued."""
    previous = sheets[-1] if sheets else None
    if previous is None or find_columns(sheet) is not None or find_columns(previous) is None:
        sheets.append(sheet)
        return
    offset = len(previous.rows) - 1  # the continued table's own title row is dropped
    previous.rows.extend(sheet.rows[1:])
    previous.merged.extend((r0 + offset, c0, r1 + offset, c1) for r0, c0, r1, c1 in sheet.merged)


def _below(merged: list[Merge]) -> list[Merge]:
    """Merges of the table moved down one row, below the title row."""
    return [(r0 + 1, c0, r1 + 1, c1) for r0, c0, r1, c1 in merged]


def _table(tbl: Element) -> tuple[list[list[str]], list[Merge]]:
    """Rows of cell texts on the table's grid, and its merged ranges (0-based, inclusive)."""
    rows: list[list[str]] = []
    merged: list[Merge] = []
    #: column -> the merge open downwards from that column: (first row, last column)
    open_down: dict[int, tuple[int, int]] = {}
    for r, tr in enumerate(_children(tbl, "tr")):
        column = _int_val(_first(_first(tr, "trPr"), "gridBefore"), 0)
        row = [""] * column
        continuing: set[int] = set()
        for tc in _children(tr, "tc"):
            props = _first(tc, "tcPr")
            span = max(1, _int_val(_first(props, "gridSpan"), 1))
            vmerge = _first(props, "vMerge")
            if vmerge is not None and _val(vmerge) != "restart" and column in open_down:
                continuing.add(column)
                row.extend([""] * span)
            else:
                _close(open_down, column, r, merged)
                row.extend([_text(tc).strip(), *[""] * (span - 1)])
                if vmerge is not None:
                    open_down[column] = (r, column + span - 1)
                    continuing.add(column)
                elif span > 1:
                    merged.append((r, column, r, column + span - 1))
            column += span
        for ended in [c for c in open_down if c not in continuing]:
            _close(open_down, ended, r, merged)
        rows.append(row)
    for column in list(open_down):
        _close(open_down, column, len(rows), merged)
    return rows, merged


def _close(
    open_down: dict[int, tuple[int, int]], column: int, row: int, merged: list[Merge]
) -> None:
    """End the downward merge open in ``column`` just above ``row``."""
    found = open_down.pop(column, None)
    if found is not None:
        first, last_col = found
        if row - 1 > first or last_col > column:
            merged.append((first, column, row - 1, last_col))


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element.iterchildren() if _local(child.tag) == name]


def _first(element: Element | None, name: str) -> Element | None:
    if element is None:
        return None
    found = _children(element, name)
    return found[0] if found else None


def _val(element: Element) -> str:
    for key, value in element.attrib.items():
        if _local(key) == "val":
            return str(value)
    return ""


def _int_val(element: Element | None, default: int) -> int:
    text = _val(element) if element is not None else ""
    return int(text) if text.isdigit() else default


def _text(element: Element) -> str:
    """Paragraphs joined by line breaks, each the text of its runs (w:t, tabs)."""
    lines = []
    paragraphs = [element] if _local(element.tag) == "p" else element.iter()
    for p in paragraphs:
        if _local(p.tag) != "p":
            continue
        parts = []
        for node in p.iter():
            name = _local(node.tag)
            if name == "t" and node.text:
                parts.append(node.text)
            elif name == "tab":
                parts.append(" ")
        lines.append("".join(parts))
    return "\n".join(lines)
