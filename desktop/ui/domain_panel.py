"""The domain list on the left: counts per domain (per unit in a county) and error badges.

It listens to the session: item counts are re-read when items were added or
deleted, badges are set from the findings panel's own error counts. A sub-unit's
row has a right-click menu to remove it (the window's actions do the removing).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QTreeView

from ..store.changes import Changes
from .models import DomainTreeModel
from .row_models import ALL
from .session import WorkspaceSession


class DomainPanel(QObject):
    #: (domain code, unit id) chosen; ALL for "every".
    chosen = Signal(str, str)
    #: (unit id, unit name): the clerk asked to remove this sub-unit
    remove_unit_requested = Signal(str, str)

    def __init__(self, tree: QTreeView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.model = DomainTreeModel(self)
        tree.setModel(self.model)
        tree.selectionModel().selectionChanged.connect(self._selected)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        # A long name (国有土地上房屋征收与补偿, or any in English) is cut in its middle, so
        # the count and the ⚠ badge at its end stay in view.
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.session: WorkspaceSession | None = None

    def unit_menu(self, index: QModelIndex) -> QMenu | None:
        """The right-click menu of a sub-unit's row (None on other rows)."""
        if self.session is None or self.session.workspace is None or not index.isValid():
            return None
        unit_id = index.data(DomainTreeModel.UnitRole)
        workspace = self.session.workspace
        if not unit_id or index.parent().isValid() or unit_id == workspace.home_unit.id:
            return None
        name = next((u.name for u in workspace.units() if u.id == unit_id), unit_id)
        menu = QMenu(self.tree)
        action = menu.addAction(
            self.tr("删除下级单位“{name}”（事项移到回收站）…").format(name=name)
        )
        action.triggered.connect(lambda: self.remove_unit_requested.emit(unit_id, name))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.unit_menu(self.tree.indexAt(position))
        if menu is not None:
            menu.popup(self.tree.viewport().mapToGlobal(position))

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        if session is None:
            self.model.load({})
            self.tree.setRootIsDecorated(False)
            return
        session.changed.connect(self._changed)
        self._load()
        self.tree.setCurrentIndex(self.model.index(0, 0))
        self.fit_width()

    def fit_width(self) -> None:
        """Widen the list (in its splitter) to its longest row with a badge, from the
        application's font, up to a quarter of the window; the rest elides in the middle."""
        splitter = self.tree.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        metrics = QFontMetrics(QApplication.font())
        texts = [str(self.model.index(row, 0).data() or "") for row in range(self.model.rowCount())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        wanted = widest + metrics.horizontalAdvance("  ⚠99") + 3 * metrics.height()
        sizes = splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        width = max(self.tree.minimumWidth(), min(wanted, max(total // 4, 1)))
        splitter.setSizes([width, total - width, *sizes[2:]][: len(sizes)])

    def reload(self) -> None:
        """Counts per unit and domain, this unit first; the chosen row stays chosen."""
        if self.session is None or self.session.workspace is None:
            return
        current = self.tree.currentIndex()
        code = current.data(DomainTreeModel.CodeRole) or ALL
        unit = current.data(DomainTreeModel.UnitRole) or ALL
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            self._load()
            index = self.model.find(code, unit)
            same = index.data(DomainTreeModel.CodeRole) == code and (
                index.data(DomainTreeModel.UnitRole) == unit
            )
            if same:  # the same scope: the table refreshes itself from the session
                self.tree.setCurrentIndex(index)
        finally:
            selection.blockSignals(False)
        if not same:  # the domain shown has gone (its last item deleted)
            self.select(code, unit)

    def _load(self) -> None:
        assert self.session is not None and self.session.workspace is not None
        workspace = self.session.workspace
        home = workspace.home_unit
        units = [home, *(u for u in workspace.units() if u.id != home.id)]
        self.model.load(workspace.unit_domain_counts(), units)
        self.tree.setRootIsDecorated(self.model.is_tree)

    def _changed(self, changes: Changes) -> None:
        if changes.rows or changes.units or changes.all:
            self.reload()

    def select(self, code: str, unit: str = ALL) -> None:
        """Show a domain (of ``unit`` in a county's tree)."""
        index = self.model.find(code, unit)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def set_errors(self, errors) -> None:
        self.model.set_errors(errors)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not selected.indexes():
            return
        index = selected.indexes()[0]
        self.chosen.emit(
            index.data(DomainTreeModel.CodeRole) or ALL, index.data(DomainTreeModel.UnitRole) or ALL
        )
