"""The catalog as a 公开栏-ready PDF: A4 landscape, the official table, headers on every page.

``exchange`` prepares the rows (the same rows the ``official`` profile writes);
this module lays them out page by page and paints them with a QPainter: each
row's height is measured from its wrapped text, rows are packed into pages (the
two header rows repeat on each, a merged 一级事项 is drawn once per page it
spans), then each page is painted with the unit's name, the date and
"第 N 页，共 M 页". A QTextDocument per domain did the same in 14 ms a row, and
grew worse than linearly: 10,000 items took 18 minutes and 380 MB; painting directly
takes about 1 ms a row (12 s and 100 MB for 10,000), holding only each row's height.

Both passes run in a worker thread: Qt supports a QPainter outside the GUI thread on a
QImage, QPrinter or QPicture, and QPdfWriter paints through the QPrinter's PDF engine
(fonts and metrics are thread-safe since Qt 4.4). ``progress`` and ``cancelled`` are
asked at every page. The print preview still paints on the UI thread, as Qt's preview
dialog asks for its pages there. The PDF goes to a QFile checked after every page, so
a full disk ends the run at once.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ..domain.errors import GkmlError
from ..domain.model import Unit
from ..exchange.layouts import OfficialSheet
from ..store.files import atomic_output, disk_full

RESOLUTION = 150
_FONT_FAMILIES = ["SimSun", "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
_WRAP = Qt.TextFlag.TextWordWrap
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
#: A free space below this means a failed write was the disk filling up.
_NEARLY_FULL = 4 * 2**20

Progress = Callable[[int, int], None]
#: What a cancelled run says (the window shows it in the status bar, not as a warning).
CANCELLED = "已取消生成 PDF，没有写入任何文件。"


class PrintStopped(GkmlError):
    """The PDF was not written: cancelled, or the file could not be written."""

    code = "print-stopped"


@dataclass(frozen=True, slots=True)
class PrintResult:
    path: Path
    pages: int


@dataclass(slots=True)
class Page:
    sheet: OfficialSheet
    #: (row index, height) of the rows on this page, in order
    rows: list[tuple[int, float]] = field(default_factory=list)
    #: the sheet's first page: its title and subtitle stand above the table
    first: bool = False


def page_layout() -> QPageLayout:
    """A4 landscape with narrow margins: the guideline table's own page."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(12, 10, 12, 10),
        QPageLayout.Unit.Millimeter,
    )


def print_catalog(
    sheets: list[OfficialSheet],
    unit: Unit,
    date: str,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintResult:
    """Write the PDF (temp file, fsync, rename); each domain starts on a new page.

    >>> print_catalog(official_sheets(items, unit, "2026-12-01"), unit, "2026-12-01",
    ...               Path("目录.pdf")).pages  # doctest: +SKIP
    873
    """
    target = Path(target)
    with atomic_output(target) as temp:
        file = QFile(str(temp))
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            raise _write_failed(target, file)
        writer = QPdfWriter(file)
        writer.setResolution(RESOLUTION)
        writer.setTitle(f"{unit.name}基层政务公开标准目录")
        writer.setCreator("公开目录编制工具")
        writer.setPageLayout(page_layout())

        def written() -> None:
            if not file.flush() or file.error() != QFileDevice.FileError.NoError:
                raise _write_failed(target, file)
            if cancelled is not None and cancelled():
                raise PrintStopped(CANCELLED)

        try:
            pages = paint_catalog(writer, RESOLUTION, sheets, unit, date, progress, written)
            written()  # the painter's end wrote the PDF's trailer
        finally:
            file.close()
    return PrintResult(target, pages)


def _write_failed(target: Path, file: QFile) -> GkmlError:
    try:
        full = shutil.disk_usage(target.parent).free < _NEARLY_FULL
    except OSError:
        full = False
    if full:
        return disk_full(target)
    return PrintStopped(f"无法写入 {target}（{file.errorString()}），PDF 没有生成。")


def paint_catalog(
    device: QPagedPaintDevice,
    resolution: int,
    sheets: list[OfficialSheet],
    unit: Unit,
    date: str,
    progress: Progress | None = None,
    after_page: Callable[[], None] | None = None,
) -> int:
    """Paint every page on ``device`` (a QPdfWriter, or a QPrinter from the print
    preview), whose page layout is already set; returns the number of pages.
    ``after_page`` runs after each page is laid out and painted (it may raise to stop)."""
    sizes = _Sizes(device, resolution)
    total_rows = 2 * sum(len(sheet.rows) for sheet in sheets) or 1
    pages: list[Page] = []
    done = 0
    for page in layout_pages(device, resolution, sheets, sizes):
        pages.append(page)
        done += len(page.rows)
        if progress is not None:
            progress(done, total_rows)
        if after_page is not None:
            after_page()
    painter = QPainter(device)
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            sizes.paint(painter, page, f"第 {number} 页，共 {len(pages) or 1} 页", unit, date)
            done += len(page.rows)
            if progress is not None:
                progress(done, total_rows)
            if after_page is not None:
                after_page()
    finally:
        painter.end()
    return len(pages) or 1


def layout_pages(
    device: QPagedPaintDevice,
    resolution: int,
    sheets: list[OfficialSheet],
    sizes: _Sizes | None = None,
) -> Iterator[Page]:
    """The pages the sheets take on ``device``, one after another (each sheet starts on
    a new page); every row is on exactly one page, in order."""
    sizes = sizes or _Sizes(device, resolution)
    for sheet in sheets:
        yield from sizes.paginate(sheet)


class _Sizes:
    """Fonts, metrics and the page's bands on one device, in its pixels."""

    def __init__(self, device: QPagedPaintDevice, resolution: int) -> None:
        self.area = device.pageLayout().paintRectPixels(resolution)
        self.band = resolution * 0.3  # header and footer bands
        self.pad = resolution * 0.02
        self.body_top = self.band
        self.body_bottom = self.area.height() - self.band
        self.font, self.bold, self.title = _font(8), _font(8, bold=True), _font(14, bold=True)
        self.metrics = QFontMetricsF(self.font, device)
        self.bold_metrics = QFontMetricsF(self.bold, device)
        self.title_metrics = QFontMetricsF(self.title, device)
        self._columns: dict[int, list[float]] = {}

    def columns(self, sheet: OfficialSheet) -> list[float]:
        """Column widths, in proportion to the official layout's."""
        widths = sheet.widths
        if len(widths) not in self._columns:
            total = sum(widths)
            self._columns[len(widths)] = [self.area.width() * w / total for w in widths]
        return self._columns[len(widths)]

    def height(self, text: str, width: float, metrics: QFontMetricsF) -> float:
        """The wrapped text's height in a cell ``width`` wide, padding included."""
        inner = width - 2 * self.pad
        if "\n" not in text and metrics.horizontalAdvance(text) <= inner:
            return metrics.height() + 2 * self.pad  # one line: no wrapping to lay out
        box = metrics.boundingRect(QRectF(0, 0, inner, 1e9), int(_WRAP), text)
        return box.height() + 2 * self.pad

    def header(self, sheet: OfficialSheet) -> tuple[list[tuple[int, int, bool]], float, float]:
        """The top header's cells as (first column, span, covers both rows), and the
        two header rows' heights."""
        columns, top, leaf = self.columns(sheet), sheet.top_headers, sheet.leaf_headers
        cells, column = [], 0
        while column < len(top):
            span = 1
            while column + span < len(top) and not top[column + span]:
                span += 1
            cells.append((column, span, span == 1 and not leaf[column]))
            column += span
        width = [sum(columns[c : c + s]) for c, s, _ in cells]
        top_h = max(
            (
                self.height(top[c], w, self.bold_metrics)
                for (c, _, both), w in zip(cells, width, strict=True)
                if not both
            ),
            default=0.0,
        )
        leaf_h = max(
            (self.height(t, columns[i], self.bold_metrics) for i, t in enumerate(leaf) if t),
            default=0.0,
        )
        tall = max(
            (
                self.height(top[c], w, self.bold_metrics)
                for (c, _, both), w in zip(cells, width, strict=True)
                if both
            ),
            default=0.0,
        )
        return cells, top_h, max(leaf_h, tall - top_h)

    def heading(self, sheet: OfficialSheet) -> tuple[float, float]:
        """The title's and the subtitle's heights above the first page's table."""
        title = self.height(sheet.title, self.area.width(), self.title_metrics)
        return title, self.height(sheet.subtitle, self.area.width(), self.metrics)

    def paginate(self, sheet: OfficialSheet) -> Iterator[Page]:
        """Yield the sheet's pages, each packed with as many rows as fit. A row's height is
        its tallest cell; a merged 一级事项's text is counted in the first row of it on
        each page. A row taller than a page stands alone on one, cut at its foot."""
        columns = self.columns(sheet)
        _cells, top_h, leaf_h = self.header(sheet)
        run_of = _runs(sheet)
        level1: dict[int, float] = {}
        page = Page(sheet, first=True)
        y = self.body_top + sum(self.heading(sheet)) + top_h + leaf_h
        for index, row in enumerate(sheet.rows):
            cells = max(
                (
                    self.height(text, columns[c], self.metrics)
                    for c, text in enumerate(row)
                    if c != 1 and text
                ),
                default=self.metrics.height() + 2 * self.pad,
            )
            start = run_of.get(index, index)
            if start not in level1:
                level1[start] = self.height(sheet.rows[start][1], columns[1], self.metrics)
            height = max(cells, level1[start]) if start == index or not page.rows else cells
            if page.rows and y + height > self.body_bottom:
                yield page
                page = Page(sheet)
                y = self.body_top + top_h + leaf_h
                height = max(cells, level1[start])
            page.rows.append((index, height))
            y += height
        if page.rows or page.first:
            yield page

    def paint(self, painter: QPainter, page: Page, number: str, unit: Unit, date: str) -> None:
        sheet, columns = page.sheet, self.columns(page.sheet)
        cells, top_h, leaf_h = self.header(sheet)
        width = self.area.width()
        painter.setFont(self.font)
        painter.drawText(QRectF(0, 0, width, self.band * 0.8), _LEFT, sheet.title)
        bottom = QRectF(0, self.area.height() - self.band * 0.8, width, self.band * 0.8)
        painter.drawText(bottom, _CENTER, number)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{unit.name}　{date}",
        )
        y = self.body_top
        if page.first:
            title_h, subtitle_h = self.heading(sheet)
            painter.setFont(self.title)
            painter.drawText(QRectF(0, y, width, title_h), _CENTER | _WRAP, sheet.title)
            painter.setFont(self.font)
            painter.drawText(
                QRectF(self.pad, y + title_h, width, subtitle_h), _LEFT | _WRAP, sheet.subtitle
            )
            y += title_h + subtitle_h
        lefts = [sum(columns[:c]) for c in range(len(columns) + 1)]
        painter.setFont(self.bold)
        for column, span, both in cells:
            box = QRectF(
                lefts[column],
                y,
                lefts[column + span] - lefts[column],
                top_h + (leaf_h if both else 0),
            )
            self._cell(painter, box, sheet.top_headers[column], _CENTER)
        for column, text in enumerate(sheet.leaf_headers):
            if text:
                self._cell(
                    painter,
                    QRectF(lefts[column], y + top_h, columns[column], leaf_h),
                    text,
                    _CENTER,
                )
        y += top_h + leaf_h
        painter.setFont(self.font)
        painter.setClipRect(QRectF(0, 0, width, self.body_bottom))  # a row taller than a page
        run_of = _runs(sheet)
        segment: tuple[int, float, float] | None = None  # run start, top, height so far
        for index, height in page.rows:
            row = sheet.rows[index]
            for column, text in enumerate(row):
                if column != 1:
                    align = _CENTER if column == 0 or column >= 8 else _LEFT
                    self._cell(
                        painter, QRectF(lefts[column], y, columns[column], height), text, align
                    )
            start = run_of.get(index, index)
            if segment is not None and segment[0] == start:
                segment = (start, segment[1], segment[2] + height)
            else:
                if segment is not None:
                    self._level1(painter, sheet, segment, lefts, columns)
                segment = (start, y, height)
            y += height
        if segment is not None:
            self._level1(painter, sheet, segment, lefts, columns)
        painter.setClipping(False)

    def _level1(
        self,
        painter: QPainter,
        sheet: OfficialSheet,
        segment: tuple[int, float, float],
        lefts: list[float],
        columns: list[float],
    ) -> None:
        """The merged 一级事项 over its rows on this page."""
        start, top, height = segment
        self._cell(painter, QRectF(lefts[1], top, columns[1], height), sheet.rows[start][1], _LEFT)

    def _cell(self, painter: QPainter, box: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
        painter.drawRect(box)
        if text:
            inner = box.adjusted(self.pad, self.pad, -self.pad, -self.pad)
            painter.drawText(inner, align | _WRAP, text)


def _runs(sheet: OfficialSheet) -> dict[int, int]:
    """Row index -> the first row of the merged 一级事项 it belongs to."""
    return {row: start for start, end in sheet.level1_runs for row in range(start, end + 1)}


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setPointSize(points)
    font.setBold(bold)
    return font


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
