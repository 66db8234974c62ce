"""The 文件 menu: new, open, recent, demo, import, export, province template, print, backups.

Import, export and printing to PDF run in workers on connections of their own; the
print preview paints on the UI thread, as Qt's preview dialog asks for its pages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..domain.errors import GkmlError
from ..exchange.layouts import official_sheets
from .settings import recent_workspaces

# Dialogs are imported where they open: the window comes up ~0.1 s sooner without them.
if TYPE_CHECKING:
    from .backups_dialog import BackupsDialog
    from .export_dialog import ExportDialog
    from .import_dialog import ImportDialog
    from .main_window import MainWindow
    from .new_workspace import NewWorkspaceWizard
    from .province_template import ProvinceTemplateDialog
    from .workers import Worker


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        form = window.form
        form.actionNew.triggered.connect(self.new_workspace)
        form.actionOpen.triggered.connect(self.choose_workspace)
        form.actionOpenDemo.triggered.connect(self.open_demo)
        form.actionImport.triggered.connect(self.import_file)
        form.actionExport.triggered.connect(self.export)
        form.actionPrint.triggered.connect(self.print_catalog)
        form.actionPrintPreview.triggered.connect(self.print_preview)
        self.recent_menu = QMenu(self.tr("最近打开(&R)"), window)
        form.menuFile.insertMenu(form.actionOpenDemo, self.recent_menu)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.backups_action = QAction(self.tr("备份与恢复(&B)…"), window)
        self.backups_action.setStatusTip(self.tr("查看备份，立即备份，或恢复到导入前的备份"))
        self.backups_action.triggered.connect(self.show_backups)
        form.menuFile.insertAction(form.actionQuit, self.backups_action)
        self.template_action = QAction(self.tr("用本省空白模板生成格式(&T)…"), window)
        self.template_action.setStatusTip(
            self.tr("把本省下发的空白上传模板变成导出格式：核对每一列填什么，起个名称保存")
        )
        self.template_action.triggered.connect(self.province_template)
        form.menuFile.insertAction(form.actionPrintPreview, self.template_action)
        form.menuFile.insertSeparator(form.actionQuit)
        form.menuFile.aboutToShow.connect(
            lambda: self.backups_action.setEnabled(self.session is not None)
        )

    @property
    def session(self):
        return self.window.session

    # -- workspaces --------------------------------------------------------------------

    def new_workspace(self) -> NewWorkspaceWizard:
        """The first-run wizard; the new workspace opens here when it is created."""
        from ..places import documents_dir
        from .new_workspace import NewWorkspaceWizard

        wizard = NewWorkspaceWizard(documents_dir(), self.window)
        wizard.accepted.connect(lambda: wizard.created and self.window.open(wizard.created))
        wizard.open()
        return wizard

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("打开工作区"), "", self.tr("工作区 (*.gkml)")
        )
        if path:
            self.window.open(Path(path))

    def open_demo(self) -> None:
        from ..store.demo import ensure_demo_workspace

        try:
            path = ensure_demo_workspace()
        except GkmlError as exc:
            QMessageBox.critical(self.window, self.tr("无法打开示范工作区"), exc.message)
            return
        self.window.open(path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_workspaces()
        if not paths:
            self.recent_menu.addAction(self.tr("（还没有）")).setEnabled(False)
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, path=path: self.window.open(Path(path)))

    # -- files in and out ----------------------------------------------------------------

    def import_file(self) -> ImportDialog | None:
        """The import dialog; every view reloads from the session when an import lands."""
        if self.session is None:
            return None
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.session, parent=self.window)
        dialog.rejected.connect(lambda: self._follow_import(dialog))
        dialog.open()
        return dialog

    def _follow_import(self, dialog: ImportDialog) -> None:
        """Closed while the import writes: the window shows it until it ends."""
        if dialog.worker is not None and dialog.plan is not None:  # writing, not previewing
            from .progress import DelayedProgress

            DelayedProgress(dialog.worker, self.tr("正在导入，请稍候…"), self.window)

    def show_backups(self) -> BackupsDialog | None:
        """The workspace's backups; restoring one reloads every view through the session."""
        if self.session is None:
            return None
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, parent=self.window)
        dialog.restored.connect(
            lambda safety: self.window.statusBar().showMessage(
                self.tr("已恢复备份；恢复前的内容另存为 {name}。").format(name=safety.path.name),
                8000,
            )
        )
        dialog.open()
        return dialog

    def export(self) -> ExportDialog | None:
        """The export dialog; statuses change when an upload batch goes out."""
        if self.session is None:
            return None
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.session, parent=self.window)
        dialog.open()
        return dialog

    def province_template(self) -> ProvinceTemplateDialog:
        """The province's blank template as an export profile; the export dialog lists it."""
        from .province_template import ProvinceTemplateDialog

        dialog = ProvinceTemplateDialog(parent=self.window)
        dialog.saved.connect(
            lambda name: self.window.statusBar().showMessage(
                self.tr("已保存导出格式“{name}”，导出时可以选用。").format(name=name), 8000
            )
        )
        dialog.open()
        return dialog

    def _sheets(self):
        session = self.session
        assert session is not None and session.workspace is not None
        home = session.workspace.home_unit
        today = date.today().isoformat()
        domain = self.window.catalog.domain or None
        # A county prints every unit's catalog, each in its own sections under its name.
        items = session.workspace.items(domain=domain)
        units = {unit.id: unit for unit in session.workspace.units()}
        return official_sheets(items, home, today, units), home, today

    def print_preview(self):
        """The catalog (or the current domain) page by page, then to a printer: what a
        clerk pins on the 公开栏. Returns the preview dialog (open, not modal)."""
        if self.session is None:
            return None
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from .printing import page_layout, paint_catalog

        sheets, home, today = self._sheets()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"{home.name}-公开目录")
        dialog = QPrintPreviewDialog(printer, self.window)
        # The dialog does not own the printer: without this reference Python deletes it
        # when this method returns, while the dialog still paints on it (a crash).
        dialog.printer_kept = printer
        dialog.setWindowTitle(self.tr("打印预览"))
        dialog.paintRequested.connect(
            lambda device: paint_catalog(device, device.resolution(), sheets, home, today)
        )
        dialog.resize(1100, 760)
        dialog.open()
        return dialog

    def print_catalog(self) -> Worker | None:
        """The catalog (or the current domain) as an A4-landscape PDF for the 公开栏.

        Laid out and painted in a worker on its own connection (a county's 10,000 items
        take ~10 s): the window shows its progress after a moment, and 取消 stops it at
        the next page with no file written. Returns the worker (None if no file chosen).
        """
        session = self.session
        if session is None or session.workspace is None:
            return None
        from ..places import documents_dir

        home = session.workspace.home_unit
        suggested = str(documents_dir() / f"{home.name}-公开目录.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("保存 PDF"), suggested, "PDF (*.pdf)"
        )
        if not path:
            return None
        from .printing import CANCELLED, print_catalog
        from .progress import DelayedProgress

        domain = self.window.catalog.domain or None
        today = date.today().isoformat()

        def work(workspace, worker: Worker):
            unit = workspace.home_unit
            items = workspace.items(domain=domain, unit_id=unit.id)
            sheets = official_sheets(items, unit, today)
            return print_catalog(
                sheets,
                unit,
                today,
                Path(path),
                progress=worker.report,
                cancelled=lambda: worker.cancelled,
            )

        def done(result) -> None:
            message = self.tr("已生成 {path}（{pages} 页）")
            self.window.statusBar().showMessage(
                message.format(path=result.path, pages=result.pages), 6000
            )

        def failed(message: str) -> None:
            if message == CANCELLED:
                self.window.statusBar().showMessage(message, 6000)
            else:
                QMessageBox.warning(self.window, self.tr("PDF 没有生成"), message)

        worker = session.background(work, done, failed)
        DelayedProgress(worker, self.tr("正在生成 PDF…"), self.window)
        return worker
