"""The main window: domains on the left, the catalog of the chosen domain in the middle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from .. import APP_NAME
from ..domain.errors import GkmlError
from ..store import Workspace, open_workspace
from .forms.main_window_ui import Ui_MainWindow
from .models import ALL, COLUMN_CHARS, TABLE_FIELDS, CatalogTableModel, DomainListModel


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.workspace: Workspace | None = None
        self.domains = DomainListModel(self)
        self.catalog = CatalogTableModel(self)
        self.form.domainTree.setModel(self.domains)
        self.form.itemTable.setModel(self.catalog)
        self.form.splitter.setStretchFactor(1, 1)
        self.form.splitter.setSizes([240, 1000])
        self._set_column_widths()
        self.form.domainTree.selectionModel().selectionChanged.connect(self._domain_chosen)
        self.form.actionOpen.triggered.connect(self._choose_workspace)
        self.form.actionQuit.triggered.connect(self.close)
        self.form.actionOpenDemo.triggered.connect(self._open_demo)

    def open(self, path: Path) -> bool:
        """Open a workspace in this window; a refusal is shown, not raised."""
        try:
            workspace = open_workspace(path)
        except GkmlError as exc:
            QMessageBox.critical(self, "无法打开工作区", exc.message)
            return False
        self.close_workspace()
        self.workspace = workspace
        unit = workspace.home_unit
        self.setWindowTitle(f"{unit.name} — {APP_NAME}")
        self.domains.load(workspace.item_counts())
        self.form.domainTree.setCurrentIndex(self.domains.index(0, 0))
        self.statusBar().showMessage(f"{unit.name}（{unit.level}）  工作区：{workspace.path}")
        return True

    def close_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def closeEvent(self, event) -> None:
        self.close_workspace()
        super().closeEvent(event)

    def _domain_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.workspace is None or not selected.indexes():
            return
        code = selected.indexes()[0].data(DomainListModel.CodeRole) or ALL
        self.catalog.load(self.workspace, code)

    def _set_column_widths(self) -> None:
        char = self.fontMetrics().averageCharWidth() * 2  # CJK glyphs are double width
        for column, key in enumerate(TABLE_FIELDS):
            self.form.itemTable.setColumnWidth(column, COLUMN_CHARS[key] * char // 2 + 16)
        self.form.itemTable.horizontalHeader().setStretchLastSection(True)
        self.form.itemTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.form.itemTable.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "打开工作区", "", "工作区 (*.gkml)")
        if path:
            self.open(Path(path))

    def _open_demo(self) -> None:
        from ..store.demo import ensure_demo_workspace

        self.open(ensure_demo_workspace())
