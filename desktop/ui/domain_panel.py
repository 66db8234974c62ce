"""The domain list on the left: counts per domain (per unit in a county) and error badges.

It listens to the session: item counts are re-read when items were added or
deleted, badges are set from the findings panel's own error counts.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QObject, Signal
from PySide6.QtWidgets import QTreeView

from ..store.changes import Changes
from .models import DomainTreeModel
from .row_models import ALL
from .session import WorkspaceSession


class DomainPanel(QObject):
    #: (domain code, unit id) chosen; ALL for "every".
    chosen = Signal(str, str)

    def __init__(self, tree: QTreeView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.model = DomainTreeModel(self)
        tree.setModel(self.model)
        tree.selectionModel().selectionChanged.connect(self._selected)
        self.session: WorkspaceSession | None = None

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        if session is None:
            self.model.load({})
            self.tree.setRootIsDecorated(False)
            return
        session.changed.connect(self._changed)
        self._load()
        self.tree.setCurrentIndex(self.model.index(0, 0))

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
