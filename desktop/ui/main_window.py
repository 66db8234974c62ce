"""The main window: a frame for the docks, menus and the one open workspace session.

Domains on the left, the catalog in the middle, the item editor on the right and
the findings below; each is a view in a module of its own that refreshes from
the session's ``changed`` signal. This file only wires them together and holds
the workspace's life cycle: opening shows the catalog at once, the daily backup
and the whole-workspace validation follow from workers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from .. import APP_NAME
from ..domain.errors import GkmlError
from ..store import Workspace
from ..store.changes import Changes
from .catalog_actions import CatalogActions
from .catalog_view import CatalogView
from .domain_panel import DomainPanel
from .editor_panel import EditorPanel
from .file_actions import FileActions
from .findings_panel import FindingsPanel
from .forms.main_window_ui import Ui_MainWindow
from .labels import data_text
from .package_actions import PackageActions
from .row_models import ALL
from .session import WorkspaceSession
from .settings import remember_workspace
from .start_page import StartPage
from .view_menu import ViewMenu
from .workers import Workers


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.form = form = Ui_MainWindow()
        form.setupUi(self)
        self.session: WorkspaceSession | None = None
        self.workers = Workers(self)
        self.undo_group = QUndoGroup(self)
        self.domain_panel = DomainPanel(form.domainTree, self)
        self.catalog_view = CatalogView(form, self)
        self.findings_panel = FindingsPanel(form, self)
        self.editor_panel = EditorPanel(self)
        # The models and the editor, by the names the views' tests and tools use.
        self.domains = self.domain_panel.model
        self.catalog = self.catalog_view.model
        self.findings = self.findings_panel.model
        self.editor = self.editor_panel.editor
        self.editor_dock = self.editor_panel.dock
        form.splitter.setStretchFactor(1, 1)
        form.splitter.setSizes([240, 1000])
        self.resizeDocks([form.findingsDock], [220], Qt.Orientation.Vertical)
        self.domain_panel.chosen.connect(self._scope_chosen)
        self.catalog_view.current_changed.connect(self.editor_panel.show_item)
        self.findings_panel.errors_changed.connect(self.domain_panel.set_errors)
        form.findingsTable.doubleClicked.connect(self.finding_chosen)
        form.actionFind.triggered.connect(self._focus_search)
        form.actionValidate.triggered.connect(self.validate)
        form.actionQuit.triggered.connect(self.close)
        self._setup_undo()
        self.catalog_actions = CatalogActions(self)
        self.file_actions = FileActions(self)
        self.package_actions = PackageActions(self)
        self.view_menu = ViewMenu(self)
        self._setup_start_page()

    # -- the open workspace ---------------------------------------------------------

    @property
    def workspace(self) -> Workspace | None:
        return self.session.workspace if self.session is not None else None

    @property
    def live(self):
        return self.session.live if self.session is not None else None

    def open(self, path: Path) -> bool:
        """Open a workspace in this window; a refusal is shown (never raised, and never in
        a dialog that waits: an offscreen run has nobody to click it)."""
        refusal = self.try_open(path)
        if refusal is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical, self.tr("无法打开工作区"), refusal, parent=self
            )
            box.open()
            self.refusal_box = box
        return refusal is None

    def try_open(self, path: Path) -> str | None:
        """Open a workspace in this window; the sentence saying why not, or None."""
        try:
            session = WorkspaceSession.open(Path(path), self.workers, self)
        except GkmlError as exc:
            return exc.message
        self.close_workspace()
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(self._changed)
        session.failed.connect(self._work_failed)
        session.refused.connect(self._write_refused)
        session.backed_up.connect(self._backup_done)
        session.busy_changed.connect(self._busy_changed)
        for view in (self.findings_panel, self.catalog_view, self.editor_panel):
            view.attach(session)
        self.domain_panel.attach(session)
        self._show_unit()
        remember_workspace(str(session.path))
        self._show_page()
        session.start()
        return None

    def close_workspace(self) -> None:
        if self.session is None:
            return
        self.editor.commit_texts()
        session, self.session = self.session, None
        session.close()
        self.undo_group.removeStack(session.undo_stack)
        session.deleteLater()
        for view in (self.domain_panel, self.catalog_view, self.findings_panel, self.editor_panel):
            view.attach(None)
        self._show_page()

    def closeEvent(self, event) -> None:
        self.close_workspace()
        super().closeEvent(event)

    def validate(self) -> None:
        """Re-check the whole workspace (F5); the findings and badges follow."""
        if self.session is not None:
            self.form.findingsSummary.setText(self.tr("正在校验…"))
            self.session.validate()

    def _changed(self, changes: Changes) -> None:
        if changes.units or changes.settings:
            self._show_unit()

    def _show_unit(self) -> None:
        workspace = self.workspace
        assert workspace is not None
        unit = workspace.home_unit
        self.setWindowTitle(f"{unit.name} — {APP_NAME}")
        self.statusBar().showMessage(
            self.tr("{unit}（{level}）  工作区：{path}").format(
                unit=unit.name, level=data_text(unit.level), path=workspace.path
            )
        )

    def _backup_done(self, backup) -> None:
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("已完成今天的自动备份：{name}").format(name=backup.path.name), 5000
            )

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(
                self.tr("正在写入工作区；这时的修改在写入完成后立即保存。")
            )
        else:
            self.statusBar().clearMessage()

    def _work_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("后台任务没有完成"), message)

    def _write_refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("没有保存"), message)

    # -- navigation -------------------------------------------------------------------

    def _scope_chosen(self, code: str, unit: str) -> None:
        self.catalog_view.show_scope(code, unit)
        self.findings.set_scope(code, unit)

    def finding_chosen(self, index: QModelIndex) -> None:
        """Double-click on a finding: its item, the cursor in its field (or its domain)."""
        finding = self.findings.finding(index.row())
        if finding.rule == "domain-undeclared" and finding.domain:
            self.catalog_actions.resolve_undeclared(finding.domain)
            return
        if finding.item_id is None:
            home = self.workspace.home_unit.id if self.workspace is not None else ALL
            self.domain_panel.select(finding.domain or ALL, home)
            return
        if self.show_item(finding.item_id, finding.domain) and finding.field:
            self.editor_panel.focus_field(finding.field)

    def show_item(self, item_id: str, domain: str | None = None) -> bool:
        """Select an item in the catalog, widening the view when a filter hides it."""
        if self.catalog_view.show_item(item_id):
            return True
        self.catalog_view.clear_filters()
        item = self.live.item(item_id) if self.live is not None else None
        self.domain_panel.select(domain or ALL, item.unit_id if item is not None else ALL)
        return self.catalog_view.show_item(item_id)

    def _focus_search(self) -> None:
        self.form.searchEdit.setFocus()
        self.form.searchEdit.selectAll()

    # -- frame ------------------------------------------------------------------------

    def _setup_undo(self) -> None:
        menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        undo = self.undo_group.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        menu.addAction(undo)
        menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _setup_start_page(self) -> None:
        """A stack: the start page while no workspace is open, the catalog otherwise."""
        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.file_actions.new_workspace)
        self.start_page.open_requested.connect(self.file_actions.choose_workspace)
        self.start_page.demo_requested.connect(self.file_actions.open_demo)
        self.start_page.recent_chosen.connect(lambda path: self.open(Path(path)))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.takeCentralWidget())
        self.setCentralWidget(self.pages)
        close = QAction(self.tr("关闭工作区(&W)"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close_workspace)
        self.form.menuFile.insertAction(self.form.actionQuit, close)
        self._show_page()

    def _show_page(self) -> None:
        open_ = self.session is not None
        self.pages.setCurrentIndex(1 if open_ else 0)
        for dock in (self.editor_dock, self.form.findingsDock):
            dock.setVisible(open_)
        self.form.menuCatalog.setEnabled(open_)
        for action in (
            self.form.actionImport,
            self.form.actionExport,
            self.form.actionPrint,
            self.form.actionPrintPreview,
            self.form.actionUnitProfile,
        ):
            action.setEnabled(open_)
        if not open_:
            self.setWindowTitle(APP_NAME)
            self.statusBar().clearMessage()
            self.start_page.refresh()
