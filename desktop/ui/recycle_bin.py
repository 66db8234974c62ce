"""The recycle bin: deleted items stay in the workspace and come back from here.

Undo covers the session; this covers the day after, when a clerk finds an item
deleted last week was needed. Restoring is an undoable command like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.model import Item
from .forms.recycle_bin_ui import Ui_RecycleBin
from .labels import domain_label
from .row_models import RowsModel


class DeletedItemsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "领域"),
        QT_TRANSLATE_NOOP("Headers", "一级事项"),
        QT_TRANSLATE_NOOP("Headers", "事项名称"),
        QT_TRANSLATE_NOOP("Headers", "删除时间"),
    )

    @property
    def items(self) -> list[Item]:
        return self._rows

    def cell(self, item: Item, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return domain_label(item.domain)
        if column == 3:
            return (item.deleted_at or "").replace("T", " ")[:19]
        return (None, item.level1, item.name)[column]


class RecycleBin(QDialog):
    #: ids of the items to put back
    restore_requested = Signal(list)

    def __init__(self, deleted: list[Item], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_RecycleBin()
        self.form.setupUi(self)
        self.model = DeletedItemsModel(self)
        self.model.load(sorted(deleted, key=lambda item: item.deleted_at or "", reverse=True))
        table = self.form.binTable
        table.setModel(self.model)
        width = self.fontMetrics().averageCharWidth() * 2
        for column, chars in enumerate((8, 12, 16)):
            table.setColumnWidth(column, chars * width + 12)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        table.doubleClicked.connect(lambda _index: self.restore())
        self.form.restoreButton.clicked.connect(self.restore)
        self._update()

    def chosen(self) -> list[Item]:
        rows = sorted({index.row() for index in self.form.binTable.selectionModel().selectedRows()})
        return [self.model.items[row] for row in rows]

    def restore(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.restore_requested.emit([item.id for item in chosen])
            kept = [item for item in self.model.items if item not in chosen]
            self.model.load(kept)
            self._update()

    def _update(self) -> None:
        self.form.restoreButton.setEnabled(bool(self.form.binTable.selectionModel().hasSelection()))
        if not self.model.rowCount():
            self.form.hintLabel.setText(self.tr("回收站是空的。"))
