"""Small read-only table models over lists of rows, and what every model here shares.

Dialogs (import preview, batch history, recycle bin, template rows) show short
lists; a subclass says what a cell shows, and the check-box variant keeps which
rows are ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from .labels import header

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
#: "every domain" / "every unit" in the tree, the table and the findings.
ALL = ""
SEVERITY_COLORS = {
    "error": QColor("#c62828"),
    "warning": QColor("#b26a00"),
    "info": QColor("#1565c0"),
}


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses say what a cell shows (``cell``)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def load(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def cell(self, row: object, column: int, role: int):
        raise NotImplementedError

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return header(self.HEADERS[section])
        return None


class CheckableRowsModel(RowsModel):
    """Rows with a check box in column 0; ``checked`` holds the ticked row numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.checked: set[int] = set()

    def checkable(self, row: object) -> bool:
        return True

    def checked_rows(self) -> list:
        return [row for number, row in enumerate(self._rows) if number in self.checked]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.checkable(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = DISPLAY):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(index.row())
        return super().data(index, role)

    def check_state(self, number: int):
        if not self.checkable(self._rows[number]):
            return None
        return Qt.CheckState.Checked if number in self.checked else Qt.CheckState.Unchecked

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        if not self.checkable(self._rows[index.row()]):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(index.row())
        else:
            self.checked.discard(index.row())
        self.dataChanged.emit(index, index, [role])
        return True
