"""The catalog table in the middle: the lazy model, its filters, search and selection.

It listens to the session: an edit re-reads its rows and badges, items added or
deleted re-query the rows, a whole report sets every badge. Columns get fixed
widths from the font (never ``resizeColumnsToContents``: 0.5 s on a large table).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu, QTableView

from ..domain.rule_catalog import SEVERITY_ORDER
from ..domain.vocab import REVIEW_STATUSES, STATUSES
from ..store.changes import Changes
from .forms.main_window_ui import Ui_MainWindow
from .labels import data_text, severity_label
from .models import COLUMN_CHARS, PROBLEM_COLUMN, TABLE_FIELDS, CatalogTableModel
from .session import ReportView, WorkspaceSession

SEARCH_DELAY_MS = 250


class CatalogView(QObject):
    #: the current row's item (None: no row)
    current_changed = Signal(object)
    #: the user asked to mark the selected items with a status
    status_requested = Signal(str)

    def __init__(self, form: Ui_MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.table = form.itemTable
        self.model = CatalogTableModel(self)
        self.table.setModel(self.model)
        self.session: WorkspaceSession | None = None
        self._setup_filters()
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current(current)
        )
        self.model.modelReset.connect(lambda: self._current(self.table.currentIndex()))
        self.status_menu = QMenu(self.tr("标为(&S)"))
        for status in REVIEW_STATUSES:
            action = self.status_menu.addAction(data_text(status))
            action.triggered.connect(
                lambda _checked=False, status=status: self.status_requested.emit(status)
            )
        self.set_widths()

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        if session is None:
            self.model.load(None)
            return
        session.changed.connect(self._changed)
        session.validated.connect(self._validated)

    def show_scope(self, domain: str, unit: str) -> None:
        if self.session is not None and self.session.workspace is not None:
            self.model.load(self.session.workspace, domain, unit)

    # -- what changed --------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        live = self.session.live if self.session is not None else None
        if live is not None:
            for item_id in changes.items:
                found = live.findings_for(item_id)
                self.model.set_item_problem(item_id, found[0].severity if found else None)
        # A status filter may hide an item whose status changed; added rows need a place.
        if changes.rows or changes.all or (self.model.status and changes.items):
            current = self.current_item()
            self.model.refresh()
            if current is not None and self.model.row_of(current) is not None:
                self.show_item(current)
        else:
            self.model.refresh_items(set(changes.items))

    def _validated(self, view: ReportView) -> None:
        self.model.set_problems(dict(view.worst))

    def _current(self, index: QModelIndex) -> None:
        self.current_changed.emit(self.model.item_id(index.row()) if index.isValid() else None)

    # -- selection -------------------------------------------------------------------

    def current_item(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The selected rows' items, in table order (the current row when none is selected)."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return [self.model.item_id(row) for row in sorted(rows)]

    def show_item(self, item_id: str) -> bool:
        """Make an item the current row, scrolled into view (False: not in this view)."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def clear_filters(self) -> None:
        """Every item of the scope again (a finding's item may be filtered out)."""
        self.form.searchEdit.clear()
        self._search_timer.stop()
        self.model.set_search("")
        self.form.statusFilter.setCurrentIndex(0)
        self.form.problemFilter.setCurrentIndex(0)

    def context_menu(self, actions) -> QMenu:
        """The right-click menu: new, delete, and mark as."""
        menu = QMenu(self.table)
        for action in actions:
            menu.addAction(action)
        menu.addMenu(self.status_menu)
        return menu

    # -- set-up ------------------------------------------------------------------------

    def _setup_filters(self) -> None:
        form = self.form
        form.statusFilter.addItem(self.tr("全部状态"), None)
        for status in STATUSES:
            form.statusFilter.addItem(data_text(status), status)
        form.problemFilter.addItem(self.tr("全部事项"), None)
        form.problemFilter.addItem(self.tr("有错误的"), "error")
        form.problemFilter.addItem(self.tr("有错误或警告的"), "warning")
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(form.searchEdit.text()))
        form.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        form.statusFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_status(form.statusFilter.currentData())
        )
        form.problemFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_problems_only(form.problemFilter.currentData())
        )

    def set_widths(self) -> None:
        """Column widths and row heights from the application's font (large-font mode)."""
        # The application's font, not the window's: right after the large-font switch the
        # window has not yet been told of the new one.
        metrics = QFontMetrics(QApplication.font())
        char = metrics.averageCharWidth() * 2  # CJK glyphs are double width
        table = self.table
        for column, key in enumerate(("problem", *TABLE_FIELDS)):
            wanted = COLUMN_CHARS[key] * char // 2 + 16
            table.setColumnWidth(column, max(wanted, header_width(table, column, metrics)))
        badges = (f"● {severity_label(severity)}" for severity in SEVERITY_ORDER)
        widest = max(metrics.horizontalAdvance(badge) for badge in badges) + 16
        table.setColumnWidth(PROBLEM_COLUMN, max(table.columnWidth(PROBLEM_COLUMN), widest))
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        findings = self.form.findingsTable
        for column, chars in enumerate((8, 12, 20, 10)):
            wanted = chars * char // 2 + 16
            findings.setColumnWidth(column, max(wanted, header_width(findings, column, metrics)))
        findings.horizontalHeader().setStretchLastSection(True)
        findings.verticalHeader().setDefaultSectionSize(metrics.height() + 8)


def header_width(table: QTableView, column: int, metrics: QFontMetrics) -> int:
    """Pixels a column's heading needs in full: its text, the sort arrow and the margins
    (an English or large-font heading is wider than the column its values need)."""
    model = table.model()
    if model is None:
        return 0
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    return metrics.horizontalAdvance(text) + metrics.height() + 16
