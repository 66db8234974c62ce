"""文件 › 备份与恢复: the workspace's backups, a backup now, and going back to one.

The way to undo an import (or a bad day) from the GUI: every import takes a
backup first, listed here as 导入前. Restoring asks first (取消 is the default),
backs up what it replaces, and goes through :func:`operations.restore_backup`, so
every view reloads from the session's ``changed`` signal like after an import.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..store import Backup, list_backups
from ..store.backup import REASONS
from . import operations
from .forms.backups_dialog_ui import Ui_BackupsDialog
from .row_models import RowsModel
from .session import WorkspaceSession


class BackupsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "备份时间"),
        QT_TRANSLATE_NOOP("Headers", "原因"),
        QT_TRANSLATE_NOOP("Headers", "文件"),
    )

    @property
    def backups(self) -> list[Backup]:
        return self._rows

    def cell(self, backup: Backup, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return f"{backup.taken_at:%Y-%m-%d %H:%M:%S}"
        if column == 1:
            return REASONS.get(backup.reason, backup.reason)
        return backup.path.name


class BackupsDialog(QDialog):
    #: the backup of what a restore replaced (the workspace now holds the chosen one)
    restored = Signal(object)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_BackupsDialog()
        self.form.setupUi(self)
        self.session = session
        self.model = BackupsModel(self)
        table = self.form.backupsTable
        table.setModel(self.model)
        table.setColumnWidth(0, 170)
        table.setColumnWidth(1, 90)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.form.backupButton.clicked.connect(self.backup_now)
        self.form.restoreButton.clicked.connect(self.restore_chosen)
        self.reload()

    def reload(self) -> None:
        self.model.load(list_backups(self.session.path))
        self._update()

    def chosen(self) -> Backup | None:
        rows = self.form.backupsTable.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def choose(self, backup: Backup) -> None:
        """Select ``backup``'s row (what a click does)."""
        row = self.model.backups.index(backup)
        self.form.backupsTable.selectRow(row)

    def _update(self) -> None:
        self.form.restoreButton.setEnabled(self.chosen() is not None)
        if not self.model.rowCount():
            self.form.resultLabel.setText(self.tr("还没有备份。"))

    def backup_now(self) -> None:
        """A backup on a worker's read-only connection (a county's file takes a second)."""
        self.form.backupButton.setEnabled(False)
        self.session.background(
            lambda workspace, _worker: workspace.backup("manual"), self._backed_up, self._failed
        )

    def _backed_up(self, backup: Backup) -> None:
        self.form.backupButton.setEnabled(True)
        self.reload()
        self.form.resultLabel.setText(self.tr("已备份：{name}").format(name=backup.path.name))

    def _failed(self, message: str) -> None:
        self.form.backupButton.setEnabled(True)
        self.form.resultLabel.setText(message)

    def restore_chosen(self) -> Backup | None:
        """Ask, then replace the workspace's content with the chosen backup's."""
        backup = self.chosen()
        if backup is None:
            return None
        if self.session.busy:
            self.form.resultLabel.setText(self.tr("正在导入或导出，请等它完成后再恢复备份。"))
            return None
        when = f"{backup.taken_at:%Y-%m-%d %H:%M:%S}"
        answer = QMessageBox.question(
            self,
            self.tr("恢复备份"),
            self.tr(
                "把工作区恢复到 {when}（{reason}）的备份？之后的修改都会撤掉；"
                "现在的内容先另存为一个备份，需要时可以再恢复回来。"
            ).format(when=when, reason=REASONS.get(backup.reason, backup.reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        safety = operations.restore_backup(self.session, backup.path)
        if safety is None:
            return None
        self.reload()
        self.form.resultLabel.setText(
            self.tr("已恢复到 {when} 的备份。恢复前的内容另存为 {name}。").format(
                when=when, name=safety.path.name
            )
        )
        self.restored.emit(safety)
        return safety
