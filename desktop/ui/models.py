"""Qt models over the workspace: the domain list and the catalog table."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.domains import ALL_DOMAINS, domain_name
from ..domain.model import ELEMENT_FIELDS, FIELD_LABELS
from ..store import Workspace

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Columns of the catalog table, in the guideline table's order.
TABLE_FIELDS: tuple[str, ...] = ("seq", "level1", *ELEMENT_FIELDS, "status")
_HEADERS = {"seq": "序号", **FIELD_LABELS}
#: Initial widths in average character widths: fixed rules, never resizeToContents
#: (0.5 s on a large table).
COLUMN_CHARS: dict[str, int] = {
    "seq": 4,
    "level1": 10,
    "name": 16,
    "content": 24,
    "basis": 20,
    "time_limit": 14,
    "subject": 12,
    "channels": 16,
    "audience": 6,
    "method": 5,
    "levels": 8,
    "status": 5,
}
_LIST_COLUMNS = {TABLE_FIELDS.index("channels"), TABLE_FIELDS.index("levels")}
ALL = ""


class DomainListModel(QAbstractListModel):
    """'全部事项' followed by each domain the workspace has items in, with counts."""

    CodeRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int]] = []

    def load(self, counts: dict[str, int]) -> None:
        self.beginResetModel()
        order = {d.code: i for i, d in enumerate(ALL_DOMAINS)}
        codes = sorted(counts, key=lambda code: (order.get(code, len(order)), code))
        self._rows = [(ALL, "全部事项", sum(counts.values()))]
        self._rows += [(code, domain_name(code), counts[code]) for code in codes]
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, name, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}（{count}）"
        if role == self.CodeRole:
            return code
        return None


class CatalogTableModel(QAbstractTableModel):
    """The catalog of one domain (or all), read as plain tuples from the store."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []

    def load(self, workspace: Workspace, domain: str = ALL) -> None:
        self.beginResetModel()
        self._rows = workspace.item_table(TABLE_FIELDS, domain=domain or None)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(TABLE_FIELDS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[index.row()][index.column()]
            if index.column() in _LIST_COLUMNS:
                return "、".join(json.loads(value or "[]"))
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _HEADERS[TABLE_FIELDS[section]]
        return None
