"""The catalog as a 公开栏-ready PDF: A4 landscape, the official table, headers on every page.

``exchange`` prepares the rows (the same rows the ``official`` profile writes);
this module only lays them out with Qt: a QTextDocument table per domain, whose
two header rows repeat at every page break, painted page by page into a
QPdfWriter (or the print preview's QPrinter) with the unit's name, the date and
"第 N 页，共 M 页" on each page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..domain.model import Unit
from ..exchange.layouts import OfficialSheet
from ..store.files import atomic_output

RESOLUTION = 150
_FONT_FAMILIES = ["SimSun", "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]


@dataclass(frozen=True, slots=True)
class PrintResult:
    path: Path
    pages: int


def page_layout() -> QPageLayout:
    """A4 landscape with narrow margins: the guideline table's own page."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(12, 10, 12, 10),
        QPageLayout.Unit.Millimeter,
    )


def print_catalog(sheets: list[OfficialSheet], unit: Unit, date: str, target: Path) -> PrintResult:
    """Write the PDF (temp file, fsync, rename); each domain starts on a new page."""
    target = Path(target)
    with atomic_output(target) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(f"{unit.name}基层政务公开标准目录")
        writer.setCreator("公开目录编制工具")
        writer.setPageLayout(page_layout())
        pages = paint_catalog(writer, RESOLUTION, sheets, unit, date)
    return PrintResult(target, pages)


def paint_catalog(
    device: QPagedPaintDevice,
    resolution: int,
    sheets: list[OfficialSheet],
    unit: Unit,
    date: str,
) -> int:
    """Paint every page on ``device`` (a QPdfWriter, or a QPrinter from the print
    preview), whose page layout is already set; returns the number of pages."""
    area = device.pageLayout().paintRectPixels(resolution)
    band = resolution * 0.3  # header and footer bands, in device pixels
    body = QSizeF(area.width(), area.height() - 2 * band)
    documents = [_document(sheet, device, body) for sheet in sheets]
    total = sum(doc.pageCount() for doc in documents) or 1
    painter = QPainter(device)
    small = _font(8)
    page = 0
    try:
        for sheet, doc in zip(sheets, documents, strict=True):
            for index in range(doc.pageCount()):
                if page:
                    device.newPage()
                page += 1
                painter.save()
                painter.translate(0, band - index * body.height())
                doc.drawContents(
                    painter, QRectF(0, index * body.height(), body.width(), body.height())
                )
                painter.restore()
                painter.setFont(small)
                top = QRectF(0, 0, area.width(), band * 0.8)
                painter.drawText(
                    top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sheet.title
                )
                bottom = QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8)
                painter.drawText(
                    bottom, Qt.AlignmentFlag.AlignCenter, f"第 {page} 页，共 {total} 页"
                )
                painter.drawText(
                    bottom,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{unit.name}　{date}",
                )
    finally:
        painter.end()
    return total


def _document(sheet: OfficialSheet, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_font(8))
    doc.setDocumentMargin(0)
    doc.setPageSize(page)
    doc.setHtml(table_html(sheet))
    return doc


def _font(points: int) -> QFont:
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setPointSize(points)
    return font


def table_html(sheet: OfficialSheet) -> str:
    """The sheet as an HTML table; ``<thead>`` rows repeat on every page."""
    widths = sheet.widths
    total = sum(widths)
    top, leaf = sheet.top_headers, sheet.leaf_headers
    first_row, column = [], 0
    while column < len(top):
        span = 1
        while column + span < len(top) and not top[column + span]:
            span += 1
        width = 100 * sum(widths[column : column + span]) / total
        if span == 1 and not leaf[column]:
            first_row.append(f'<th rowspan="2" width="{width:.1f}%">{_text(top[column])}</th>')
        else:
            first_row.append(f'<th colspan="{span}" width="{width:.1f}%">{_text(top[column])}</th>')
        column += span
    second_row = [
        f'<th width="{100 * widths[i] / total:.1f}%">{_text(text)}</th>'
        for i, text in enumerate(leaf)
        if text
    ]
    runs = {start: end - start + 1 for start, end in sheet.level1_runs}
    covered = {row for start, end in sheet.level1_runs for row in range(start + 1, end + 1)}
    body = []
    for index, row in enumerate(sheet.rows):
        cells = []
        for column, value in enumerate(row):
            if column == 1 and index in covered:
                continue
            span = f' rowspan="{runs[index]}"' if column == 1 and index in runs else ""
            align = ' align="center"' if column == 0 or column >= 8 else ""
            cells.append(f"<td{span}{align}>{_text(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<p align="center" style="font-size:14pt; font-weight:bold;">{_text(sheet.title)}</p>'
        f'<p style="white-space:pre-wrap;">{_text(sheet.subtitle)}</p>'
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse:collapse; border-color:#000;">'
        f"<thead><tr>{''.join(first_row)}</tr><tr>{''.join(second_row)}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br/>")


def print_catalog_headless(
    sheets: list[OfficialSheet], unit: Unit, date: str, target: Path
) -> PrintResult:
    """For the command line: a Qt application without windows (offscreen when no display)."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(["gkml-print"])
    result = print_catalog(sheets, unit, date, target)
    app.processEvents()
    return result
