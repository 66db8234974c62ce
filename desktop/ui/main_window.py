"""The main window: domains on the left, the catalog in the middle, findings below.

Opening shows the catalog at once; the daily backup and the whole-workspace
validation run in worker threads and fill in the problem badges and the
findings panel when they are done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
)

from .. import APP_NAME
from ..domain.completeness import completeness
from ..domain.domains import ALL_DOMAINS
from ..domain.errors import GkmlError
from ..domain.findings import Report
from ..domain.model import Item
from ..domain.rule_catalog import SEVERITY_ORDER
from ..domain.template_updates import template_updates
from ..domain.validation import LiveValidation
from ..domain.vocab import REVIEW_STATUSES, STATUSES
from ..exchange.layouts import official_sheets
from ..store import Workspace, open_workspace
from ..store.backup import take_daily_backup
from ..store.checking import freshness_days, set_freshness_days, validation_context
from ..store.template_versions import template_versions, workspace_templates
from ..store.workspace import read_items
from .commands import AddItemsCommand, DeleteItemsCommand, EditItemCommand, SetStatusCommand
from .forms.main_window_ui import Ui_MainWindow
from .item_editor import ItemEditor
from .labels import data_text, domain_label, severity_label
from .models import (
    ALL,
    COLUMN_CHARS,
    PROBLEM_COLUMN,
    TABLE_FIELDS,
    CatalogTableModel,
    DomainTreeModel,
    FindingsModel,
)
from .settings import (
    LANGUAGES,
    language,
    large_font,
    recent_workspaces,
    remember_workspace,
    set_language,
    set_large_font,
)
from .start_page import StartPage
from .workers import Worker, Workers

# Dialogs are imported where they open: the window comes up ~0.1 s sooner without them.
if TYPE_CHECKING:
    from .add_from_template import AddFromTemplate
    from .dashboard import Dashboard
    from .export_dialog import ExportDialog
    from .help import HelpWindow
    from .import_dialog import ImportDialog
    from .new_workspace import NewWorkspaceWizard
    from .recycle_bin import RecycleBin
    from .template_update import TemplateUpdateDialog
    from .unit_profile import UnitProfileDialog

SEARCH_DELAY_MS = 250


def _item_title(seq: int, name: str) -> str:
    """How the findings panel names an item (built in a worker: no QObject to ask)."""
    return QCoreApplication.translate("MainWindow", "第 {seq} 项 {name}").format(seq=seq, name=name)


@dataclass(frozen=True, slots=True)
class ReportView:
    """A report digested for the views (made in the worker, so the UI thread only shows it)."""

    report: Report
    #: item id -> "第 N 项 名称", for the findings panel.
    names: dict[str, str]
    #: item id -> its unit's id, for a county's tree of units.
    units: dict[str, str]
    #: item id -> its most severe finding's severity, for the problem badges.
    worst: dict[str, str]

    @classmethod
    def of(cls, live: LiveValidation, report: Report) -> ReportView:
        names: dict[str, str] = {}
        units: dict[str, str] = {}
        worst: dict[str, str] = {}
        for finding in report.findings:
            item_id = finding.item_id
            if item_id is not None:
                current = worst.get(item_id)
                if current is None or SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[current]:
                    worst[item_id] = finding.severity
                if item_id not in names:
                    item = live.item(item_id)
                    names[item_id] = _item_title(item.seq, item.name) if item else ""
                    units[item_id] = item.unit_id if item else ""
        return cls(report, names, units, worst)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.workspace: Workspace | None = None
        self.live: LiveValidation | None = None
        self.workers = Workers(self)
        self.domains = DomainTreeModel(self)
        self.catalog = CatalogTableModel(self)
        self.findings = FindingsModel(self)
        self.form.domainTree.setModel(self.domains)
        self.form.itemTable.setModel(self.catalog)
        self.form.findingsTable.setModel(self.findings)
        self.form.splitter.setStretchFactor(1, 1)
        self.form.splitter.setSizes([240, 1000])
        self._setup_tables()
        self._setup_filters()
        self.form.domainTree.selectionModel().selectionChanged.connect(self._domain_chosen)
        self.form.findingsTable.doubleClicked.connect(self._finding_chosen)
        self.form.actionNew.triggered.connect(self.new_workspace)
        self.form.actionExport.triggered.connect(self.export)
        self.form.actionImport.triggered.connect(self.import_file)
        self.form.actionPrint.triggered.connect(self.print_catalog)
        self.form.actionPrintPreview.triggered.connect(self.print_preview)
        self.form.actionNewItem.triggered.connect(self.new_item)
        self.form.actionDeleteItem.triggered.connect(self.delete_selected)
        self.form.actionRecycleBin.triggered.connect(self.show_recycle_bin)
        self.form.actionOpen.triggered.connect(self._choose_workspace)
        self.form.actionQuit.triggered.connect(self.close)
        self.form.actionOpenDemo.triggered.connect(self._open_demo)
        self.form.actionUnitProfile.triggered.connect(self.show_unit_profile)
        self.form.actionFind.triggered.connect(self._focus_search)
        self.form.actionValidate.triggered.connect(self.validate)
        self.form.actionAddFromTemplate.triggered.connect(self.add_from_template)
        self.form.actionDashboard.triggered.connect(self.show_dashboard)
        self.form.actionTemplateUpdates.triggered.connect(self.show_template_updates)
        self._setup_editor()
        self._setup_item_menu()
        self._setup_view_menu()
        self._setup_recent_menu()
        self._setup_start_page()

    # -- workspace ------------------------------------------------------------------

    def open(self, path: Path) -> bool:
        """Open a workspace in this window; a refusal is shown, not raised."""
        try:
            workspace = open_workspace(path, daily_backup=False)
        except GkmlError as exc:
            QMessageBox.critical(self, self.tr("无法打开工作区"), exc.message)
            return False
        self.close_workspace()
        self.workspace = workspace
        self.editor.templates = workspace_templates(workspace)
        self._show_unit()
        self._load_domains()
        self.form.domainTree.setCurrentIndex(self.domains.index(0, 0))
        remember_workspace(str(workspace.path))
        target = workspace.path
        self.workers.start(
            lambda _worker: take_daily_backup(target), self._backup_done, self._work_failed
        )
        self.validate()
        self._show_page()
        return True

    def _show_unit(self) -> None:
        assert self.workspace is not None
        unit = self.workspace.home_unit
        self.setWindowTitle(f"{unit.name} — {APP_NAME}")
        self.statusBar().showMessage(
            self.tr("{unit}（{level}）  工作区：{path}").format(
                unit=unit.name, level=data_text(unit.level), path=self.workspace.path
            )
        )

    def show_unit_profile(self) -> UnitProfileDialog | None:
        """本单位信息; a new name can be carried into the 公开主体 that still say the old."""
        if self.workspace is None:
            return None
        from .unit_profile import UnitProfileDialog

        dialog = UnitProfileDialog(
            self.workspace.home_unit, freshness_days(self.workspace), parent=self
        )
        dialog.accepted.connect(lambda: self._apply_unit_profile(dialog))
        dialog.open()
        return dialog

    def _apply_unit_profile(self, dialog: UnitProfileDialog) -> None:
        assert self.workspace is not None
        old, unit = dialog.original, dialog.unit
        self.workspace.update_unit(
            unit.id, name=unit.name, division_code=unit.division_code, contact=unit.contact
        )
        set_freshness_days(self.workspace, dialog.freshness_days)
        if dialog.rename_subjects:
            same = [i for i in self.workspace.items(unit_id=unit.id) if i.subject == old.name]
            if same:
                self.undo_stack.beginMacro(self.tr("公开主体改为新单位名称"))
                for item in same:
                    self.edit_item(item.id, "subject", unit.name)
                self.undo_stack.endMacro()
        self._show_unit()
        self.validate()

    def close_workspace(self) -> None:
        if self.workspace is not None:
            self.editor.commit_texts()
            self.undo_stack.clear()
            self.workers.wait()
            self.workspace.close()
            self.workspace = None
            self.live = None
            self.catalog.load(None)
            self.domains.load({})
            self.form.domainTree.setRootIsDecorated(False)
            self.findings.load([], {})
            self._show_page()

    def closeEvent(self, event) -> None:
        self.close_workspace()
        super().closeEvent(event)

    # -- validation -----------------------------------------------------------------

    def validate(self) -> None:
        """Validate the whole workspace in a worker; badges and findings follow."""
        if self.workspace is None:
            return
        context = validation_context(self.workspace, today=date.today())
        path = self.workspace.path
        self.form.findingsSummary.setText(self.tr("正在校验…"))

        def work(_worker: Worker) -> tuple[LiveValidation, ReportView]:
            live = LiveValidation(read_items(path), context)
            return live, ReportView.of(live, live.report())

        self.workers.start(work, self._validated, self._work_failed)

    def _validated(self, result: tuple[LiveValidation, ReportView]) -> None:
        if self.workspace is None:
            return
        self.live, view = result
        self._stale_items, self._stale_domains = set(), set()
        self.show_report(view)

    def show_report(self, view: ReportView) -> None:
        home = self.workspace.home_unit.id if self.workspace is not None else ""
        self.findings.load(view.report.findings, view.names, view.units, home)
        self.catalog.set_problems(view.worst)
        self._show_counts(view.report.items)

    def _show_counts(self, items: int) -> None:
        """The summary line and the domain badges, from the findings panel's own counts."""
        counts = self.findings.counts
        self.domains.set_errors(+self.findings.errors)
        if counts["error"]:
            verdict = self.tr("有错误时不能导出上传")
        else:
            verdict = self.tr("没有错误，可以导出")
        summary = self.tr(
            "{items} 个事项：错误 {errors}，警告 {warnings}，提示 {infos}。{verdict}。"
        )
        self.form.findingsSummary.setText(
            summary.format(
                items=items,
                errors=counts["error"],
                warnings=counts["warning"],
                infos=counts["info"],
                verdict=verdict,
            )
        )

    def _backup_done(self, backup) -> None:
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("已完成今天的自动备份：{name}").format(name=backup.path.name), 5000
            )

    def _work_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("后台任务没有完成"), message)

    # -- navigation -------------------------------------------------------------------

    def _domain_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.workspace is None or not selected.indexes():
            return
        index = selected.indexes()[0]
        code = index.data(DomainTreeModel.CodeRole) or ALL
        unit = index.data(DomainTreeModel.UnitRole) or ALL
        self.catalog.load(self.workspace, code, unit)
        self.findings.set_scope(code, unit)

    def _finding_chosen(self, index: QModelIndex) -> None:
        finding = self.findings.finding(index.row())
        if finding.rule == "domain-undeclared" and finding.domain:
            self._resolve_undeclared(finding.domain)
            return
        if finding.item_id is None:
            home = self.workspace.home_unit.id if self.workspace is not None else ALL
            self._select_domain(finding.domain or ALL, home)
            return
        if self.show_item(finding.item_id, finding.domain) and finding.field:
            self.editor_dock.show()
            widget = self.editor.focus_field(finding.field)
            if widget is not None:
                self.editor_dock.widget().ensureWidgetVisible(widget)

    def show_item(self, item_id: str, domain: str | None = None) -> bool:
        """Select an item in the catalog, widening the view when a filter hides it."""
        row = self.catalog.row_of(item_id)
        if row is None:
            self.form.searchEdit.clear()
            self._search_timer.stop()
            self.catalog.set_search("")
            self.form.statusFilter.setCurrentIndex(0)
            self.form.problemFilter.setCurrentIndex(0)
            item = self.live.item(item_id) if self.live is not None else None
            self._select_domain(domain or ALL, item.unit_id if item is not None else ALL)
            row = self.catalog.row_of(item_id)
        if row is None:
            return False
        table = self.form.itemTable
        index = self.catalog.index(row, 1)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        table.setFocus()
        return True

    def _select_domain(self, code: str, unit: str | None = None) -> None:
        """Show a domain (of ``unit`` in a county's tree; by default the unit in view)."""
        index = self.domains.find(code, self.catalog.unit if unit is None else unit)
        self.form.domainTree.setCurrentIndex(index)
        self.form.domainTree.scrollTo(index)

    def _load_domains(self) -> None:
        assert self.workspace is not None
        home = self.workspace.home_unit
        units = [home, *(u for u in self.workspace.units() if u.id != home.id)]
        self.domains.load(self.workspace.unit_domain_counts(), units)
        self.form.domainTree.setRootIsDecorated(self.domains.is_tree)

    # -- editing ----------------------------------------------------------------------

    def _setup_editor(self) -> None:
        self.undo_stack = QUndoStack(self)
        self.editor = ItemEditor()
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        self.editor_dock = QDockWidget(self.tr("事项编辑"), self)
        self.editor_dock.setObjectName("editorDock")
        self.editor_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.editor_dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor_dock)
        self.resizeDocks([self.editor_dock], [420], Qt.Orientation.Horizontal)
        menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        menu.addAction(undo)
        menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.editor.edited.connect(self.edit_item)
        self.editor.fix_requested.connect(self.fix_item)
        self.editor.confirm_requested.connect(self.confirm_item)
        self.form.itemTable.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._item_chosen(current)
        )
        self.catalog.modelReset.connect(
            lambda: self._item_chosen(self.form.itemTable.currentIndex())
        )
        #: what edits changed since the findings panel last caught up
        self._stale_items: set[str] = set()
        self._stale_domains: set[str] = set()
        self._findings_timer = QTimer(self, singleShot=True, interval=300)
        self._findings_timer.timeout.connect(self._refresh_findings)

    def _item_chosen(self, index: QModelIndex) -> None:
        if self.workspace is None or not index.isValid():
            self.editor.commit_texts()
            self.editor.show_item(None, [])
            return
        self._show_in_editor(self.catalog.item_id(index.row()))

    def _show_in_editor(self, item_id: str) -> None:
        assert self.workspace is not None
        self.editor.commit_texts()  # text being typed is saved before the item is re-read
        item = self.workspace.item(item_id)
        findings = self.live.findings_for(item_id) if self.live is not None else []
        self.editor.show_item(item, findings)

    def edit_item(self, item_id: str, key: str, value: object) -> None:
        """An edit from the editor: one undoable command, committed at once."""
        assert self.workspace is not None
        before = {key: getattr(self.workspace.item(item_id), key)}
        self.undo_stack.push(EditItemCommand(self.apply_edit, item_id, before, {key: value}))

    def apply_edit(self, item_id: str, changes: dict[str, object]) -> None:
        """Commit changes to one item, then bring the table, findings and editor up to date."""
        if self.workspace is None:
            return
        try:
            result = self.workspace.update_item(item_id, **changes)
        except GkmlError as exc:
            QMessageBox.warning(self, self.tr("没有保存"), exc.message)
            return
        self._after_change(result.item)

    def selected_ids(self) -> list[str]:
        """The selected rows' items, in table order (the current row when none is selected)."""
        table = self.form.itemTable
        rows = {index.row() for index in table.selectionModel().selectedRows()}
        if not rows and table.currentIndex().isValid():
            rows = {table.currentIndex().row()}
        return [self.catalog.item_id(row) for row in sorted(rows)]

    def set_status_selected(self, status: str) -> None:
        """Mark the selected items (e.g. 已审 after review), as one undoable step."""
        if self.workspace is None:
            return
        self.editor.commit_texts()
        before = {}
        for item_id in self.selected_ids():
            current = self.workspace.item(item_id).status
            if current != status:
                before[item_id] = current
        if before:
            self.undo_stack.push(SetStatusCommand(self._apply_statuses, before, status))

    def _apply_statuses(self, statuses: dict[str, str]) -> None:
        assert self.workspace is not None
        with self.workspace.atomic():
            items = [
                self.workspace.update_item(item_id, status=status).item
                for item_id, status in statuses.items()
            ]
        touched = self._revalidate(items) if self.live is not None else set(statuses)
        self._findings_timer.start()
        if self.catalog.status:  # the status filter may hide them now
            self.catalog.refresh()
        else:
            self.catalog.refresh_items(touched | set(statuses))
        current = self.form.itemTable.currentIndex()
        if current.isValid():
            self._show_in_editor(self.catalog.item_id(current.row()))

    def _after_change(self, item) -> None:
        touched = self._revalidate([item]) if self.live is not None else {item.id}
        for touched_id in touched:
            found = self.live.findings_for(touched_id) if self.live is not None else []
            self.catalog.set_item_problem(touched_id, found[0].severity if found else None)
        self._findings_timer.start()
        self.catalog.refresh_items(touched)
        current = self.form.itemTable.currentIndex()
        if current.isValid() and self.catalog.item_id(current.row()) == item.id:
            self._show_in_editor(item.id)

    def _revalidate(self, items: list[Item]) -> set[str]:
        """Re-check changed items; the findings panel catches up when typing pauses."""
        assert self.live is not None
        touched: set[str] = set()
        for item in items:
            old = self.live.item(item.id)
            touched |= self.live.update(item)
            self._stale_domains.update({item.domain, *([old.domain] if old else [])})
        self._stale_items |= touched
        return touched

    def _refresh_findings(self) -> None:
        """Swap in the findings of what changed since the last refresh (not a full report)."""
        live = self.live
        ids, domains = self._stale_items, self._stale_domains
        self._stale_items, self._stale_domains = set(), set()
        if live is None or not (ids or domains):
            return
        found = [f for item_id in ids for f in live.findings_for(item_id)]
        found += [f for domain in domains for f in live.domain_findings(domain)]
        names, units = {}, {}
        for item_id in ids:
            item = live.item(item_id)
            if item is not None:
                names[item_id] = _item_title(item.seq, item.name)
                units[item_id] = item.unit_id
        bar = self.form.findingsTable.verticalScrollBar()
        position = bar.value()
        self.findings.replace(ids, domains, found, names, units)
        bar.setValue(position)
        self._show_counts(live.item_count)

    def fix_item(self, item_id: str) -> None:
        """Apply every safe fix the rules offer for this item, as one undoable step."""
        if self.live is None or self.workspace is None:
            return
        self.undo_stack.beginMacro(self.tr("一键修正"))
        try:
            for _ in range(20):  # each fix may reveal the next (e.g. spaces after a control char)
                fixes = [f.fix for f in self.live.findings_for(item_id) if f.fix]
                if not fixes:
                    break
                field, value = fixes[0]
                self.edit_item(item_id, field, value)
        finally:
            self.undo_stack.endMacro()

    def confirm_item(self, item_id: str) -> None:
        """Record that the item was checked today (clears the freshness reminder)."""
        if self.workspace is None:
            return
        self.workspace.confirm_items([item_id])
        self._after_change(self.workspace.item(item_id))
        self.statusBar().showMessage(self.tr("已记下今天核对过这一事项。"), 3000)

    # -- templates and completeness ---------------------------------------------------

    def add_from_template(self) -> AddFromTemplate | None:
        """The add-from-template dialog for the current domain; adds what the user ticks."""
        if self.workspace is None:
            return None
        home = self.workspace.home_unit
        from .add_from_template import AddFromTemplate

        dialog = AddFromTemplate(
            workspace_templates(self.workspace),
            home,
            self.workspace.items(unit_id=home.id),
            domain=self.catalog.domain or None,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._add_chosen(dialog.items()))
        dialog.open()
        return dialog

    def _add_chosen(self, items: list[Item]) -> None:
        if items:
            self.undo_stack.push(AddItemsCommand(self._add_items, self._set_deleted, items))

    def _add_items(self, items: list[Item]) -> list[Item]:
        assert self.workspace is not None
        added = self.workspace.add_items(items)
        self._after_bulk_change(added)
        return added

    def _set_deleted(self, item_ids: list[str], deleted: bool) -> None:
        assert self.workspace is not None
        with self.workspace.atomic():
            for item_id in item_ids:
                if deleted:
                    self.workspace.delete_item(item_id)
                else:
                    self.workspace.restore_item(item_id)
        self._after_bulk_change([self.workspace.item(item_id) for item_id in item_ids])

    def _after_bulk_change(self, items: list[Item]) -> None:
        assert self.workspace is not None
        domain, unit = self.catalog.domain, self.catalog.unit
        self._load_domains()
        self._select_domain(domain, unit)
        self.catalog.refresh()
        if self.live is not None:
            touched = self._revalidate(items)
            for touched_id in touched:
                found = self.live.findings_for(touched_id)
                self.catalog.set_item_problem(touched_id, found[0].severity if found else None)
            self._refresh_findings()

    def new_item(self, domain: str | None = None) -> str | None:
        """A unit's own item in the current domain, selected with its name ready to type."""
        if self.workspace is None:
            return None
        code = domain or self.catalog.domain
        if not code:
            names = [domain_label(d.code) for d in ALL_DOMAINS]
            name, ok = QInputDialog.getItem(
                self, self.tr("新增事项"), self.tr("事项所属的领域："), names, 0, False
            )
            if not ok:
                return None
            code = ALL_DOMAINS[names.index(name)].code
        home = self.workspace.home_unit
        item = Item(
            domain=code,
            name="新事项",
            subject=home.name,
            method="主动",
            audience="全社会",
            levels=(home.level,),
            unit_id=home.id,
        )
        self.undo_stack.push(AddItemsCommand(self._add_items, self._set_deleted, [item]))
        self._select_domain(code)
        self.show_item(item.id, code)
        self.editor.form.nameEdit.setFocus()
        self.editor.form.nameEdit.selectAll()
        return item.id

    def delete_selected(self) -> None:
        """Selected items to the recycle bin, as one undoable step."""
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(DeleteItemsCommand(self._set_deleted, ids))
            self.statusBar().showMessage(
                self.tr("已删除 {count} 个事项（可以撤销）。").format(count=len(ids)), 4000
            )

    def show_recycle_bin(self) -> RecycleBin | None:
        """Deleted items, restored as one undoable step each time 恢复 is pressed."""
        if self.workspace is None:
            return None
        from .recycle_bin import RecycleBin

        dialog = RecycleBin(self.workspace.items(deleted=True), self)
        dialog.restore_requested.connect(self._restore_items)
        dialog.open()
        return dialog

    def _restore_items(self, item_ids: list[str]) -> None:
        self.undo_stack.push(DeleteItemsCommand(self._set_deleted, item_ids, restore=True))
        item = self.live.item(item_ids[0]) if self.live is not None else None
        if item is not None:
            self.show_item(item.id, item.domain)
        self.statusBar().showMessage(
            self.tr("已恢复 {count} 个事项（可以撤销）。").format(count=len(item_ids)), 4000
        )

    def print_preview(self):
        """The catalog (or the current domain) page by page, then to a printer: what a
        clerk pins on the 公开栏. Returns the preview dialog (open, not modal)."""
        if self.workspace is None:
            return None
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from .printing import page_layout, paint_catalog

        home = self.workspace.home_unit
        today = date.today().isoformat()
        items = self.workspace.items(domain=self.catalog.domain or None, unit_id=home.id)
        sheets = official_sheets(items, home, today)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"{home.name}-公开目录")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印预览"))
        dialog.paintRequested.connect(
            lambda device: paint_catalog(device, device.resolution(), sheets, home, today)
        )
        dialog.resize(1100, 760)
        dialog.open()
        return dialog

    def print_catalog(self) -> Path | None:
        """The catalog (or the current domain) as an A4-landscape PDF for the 公开栏."""
        if self.workspace is None:
            return None
        from .printing import print_catalog

        home = self.workspace.home_unit
        code = self.catalog.domain or None
        suggested = str(Path.home() / f"{home.name}-公开目录.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), suggested, "PDF (*.pdf)")
        if not path:
            return None
        today = date.today().isoformat()
        items = self.workspace.items(domain=code, unit_id=home.id)
        result = print_catalog(official_sheets(items, home, today), home, today, Path(path))
        done = self.tr("已生成 {path}（{pages} 页）")
        self.statusBar().showMessage(done.format(path=result.path, pages=result.pages), 6000)
        return result.path

    def _resolve_undeclared(self, code: str) -> None:
        """A pilot domain with no items: add its guideline items, or declare it 未涉及."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("领域未编制"))
        box.setText(
            self.tr("“{domain}”领域还没有事项，也没有说明不涉及的原因。").format(
                domain=domain_label(code)
            )
        )
        add = box.addButton(self.tr("从标准指引添加事项"), QMessageBox.ButtonRole.AcceptRole)
        declare = box.addButton(self.tr("声明本单位未涉及"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is add:
            dialog = self.add_from_template()
            if dialog is not None:
                dialog.form.domainCombo.setCurrentIndex(dialog.form.domainCombo.findData(code))
        elif box.clickedButton() is declare:
            self.declare_out_of_scope(code)

    def declare_out_of_scope(self, code: str, reason: str | None = None) -> bool:
        """Record 未涉及 with a reason (asked for when not given); validation follows."""
        if self.workspace is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("未涉及领域说明"),
                self.tr("本单位不涉及“{domain}”领域的原因：").format(domain=domain_label(code)),
                text="本单位无此领域的职责和事项",
            )
            if not ok:
                return False
        try:
            self.workspace.declare_out_of_scope(code, reason)
        except GkmlError as exc:
            QMessageBox.warning(self, self.tr("没有记下"), exc.message)
            return False
        self.statusBar().showMessage(
            self.tr("已记下：本单位不涉及“{domain}”。").format(domain=domain_label(code)), 4000
        )
        self.validate()
        self._show_page()
        return True

    def show_template_updates(self) -> TemplateUpdateDialog | None:
        """Newer template versions in this workspace, applied item by item as one undo step."""
        if self.workspace is None:
            return None
        home = self.workspace.home_unit
        items = self.workspace.items(unit_id=home.id)
        choices = {}
        for code in {item.domain for item in items if item.template_item_id}:
            versions = template_versions(self.workspace, code)
            if len(versions) < 2:
                continue
            newest = versions[-1]
            used = {i.template_version for i in items if i.domain == code and i.template_item_id}
            older = [v for v in versions if v.version in used and v.version != newest.version]
            if not older:
                continue
            updates = template_updates(items, older[-1], newest, home)
            if updates:
                title = self.tr("{domain}：版本 {old} → {new}").format(
                    domain=domain_label(code), old=older[-1].version, new=newest.version
                )
                choices[code] = (title, updates)
        from .template_update import TemplateUpdateDialog

        dialog = TemplateUpdateDialog(choices, self)
        dialog.accepted.connect(lambda: self._apply_updates(dialog))
        dialog.open()
        return dialog

    def _apply_updates(self, dialog: TemplateUpdateDialog) -> None:
        chosen = dialog.model.chosen()
        if not chosen or dialog.domain is None:
            return
        version = template_versions(self.workspace, dialog.domain)[-1].version
        self.undo_stack.beginMacro(self.tr("采用模板更新"))
        try:
            for update in chosen:
                if update.kind == "changed" and update.item_id:
                    after = {key: new for key, (_old, new) in update.changes.items()}
                    after["template_version"] = version
                    before = {key: old for key, (old, _new) in update.changes.items()}
                    before["template_version"] = self.workspace.item(
                        update.item_id
                    ).template_version
                    self.undo_stack.push(
                        EditItemCommand(self.apply_edit, update.item_id, before, after)
                    )
            added = [u.new_item for u in chosen if u.kind == "added" and u.new_item]
            if added:
                self.undo_stack.push(AddItemsCommand(self._add_items, self._set_deleted, added))
        finally:
            self.undo_stack.endMacro()

    def progress(self, unit_id: str | None = None):
        """Per-domain completeness of one unit's catalog (the home unit's by default)."""
        assert self.workspace is not None
        units = {unit.id: unit for unit in self.workspace.units()}
        unit = units.get(unit_id or "") or self.workspace.home_unit
        return completeness(
            self.workspace.items(unit_id=unit.id),
            workspace_templates(self.workspace),
            unit.level,
            self.findings.findings_of(unit.id),
            self.workspace.out_of_scope(unit.id),
        )

    def show_dashboard(self) -> Dashboard | None:
        if self.workspace is None:
            return None
        from .dashboard import Dashboard

        dashboard = Dashboard(self)
        home = self.workspace.home_unit
        with_items = {unit for unit, _domain in self.workspace.unit_domain_counts()}
        others = [u for u in self.workspace.units() if u.id != home.id and u.id in with_items]
        dashboard.set_units([home, *others])

        def show(unit_id: str) -> None:
            dashboard.show_progress(self.progress(unit_id), self.findings.unit_errors(unit_id))

        show(home.id)
        dashboard.unit_chosen.connect(show)
        dashboard.domain_chosen.connect(lambda code: self._select_domain(code, dashboard.unit))
        dashboard.domain_chosen.connect(lambda _code: dashboard.accept())
        dashboard.open()
        return dashboard

    # -- filters ----------------------------------------------------------------------

    def _setup_item_menu(self) -> None:
        """目录 › 标为 and the table's right-click menu (new, delete, mark as)."""
        self.status_menu = QMenu(self.tr("标为(&S)"), self)
        for status in REVIEW_STATUSES:
            action = self.status_menu.addAction(data_text(status))
            action.triggered.connect(
                lambda _checked=False, status=status: self.set_status_selected(status)
            )
        self.form.menuCatalog.insertMenu(self.form.actionRecycleBin, self.status_menu)
        table = self.form.itemTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._item_menu)

    def _item_menu(self, position) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.form.actionNewItem)
        menu.addAction(self.form.actionDeleteItem)
        menu.addMenu(self.status_menu)
        menu.popup(self.form.itemTable.viewport().mapToGlobal(position))
        return menu

    def _setup_filters(self) -> None:
        form = self.form
        form.statusFilter.addItem(self.tr("全部状态"), None)
        for status in STATUSES:
            form.statusFilter.addItem(data_text(status), status)
        form.problemFilter.addItem(self.tr("全部事项"), None)
        form.problemFilter.addItem(self.tr("有错误的"), "error")
        form.problemFilter.addItem(self.tr("有错误或警告的"), "warning")
        form.severityFilter.addItem(self.tr("全部结果"), None)
        for key, label in (
            ("error", self.tr("只看错误")),
            ("warning", self.tr("只看警告")),
            ("info", self.tr("只看提示")),
        ):
            form.severityFilter.addItem(label, key)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.catalog.set_search(form.searchEdit.text()))
        form.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        form.statusFilter.currentIndexChanged.connect(
            lambda _i: self.catalog.set_status(form.statusFilter.currentData())
        )
        form.problemFilter.currentIndexChanged.connect(
            lambda _i: self.catalog.set_problems_only(form.problemFilter.currentData())
        )
        form.severityFilter.currentIndexChanged.connect(
            lambda _i: self.findings.set_severity(form.severityFilter.currentData())
        )

    def _focus_search(self) -> None:
        self.form.searchEdit.setFocus()
        self.form.searchEdit.selectAll()

    def _setup_tables(self) -> None:
        # The application's font, not the window's: right after the large-font switch the
        # window has not yet been told of the new one.
        metrics = QFontMetrics(QApplication.font())
        char = metrics.averageCharWidth() * 2  # CJK glyphs are double width
        table = self.form.itemTable
        for column, key in enumerate(("problem", *TABLE_FIELDS)):
            table.setColumnWidth(column, COLUMN_CHARS[key] * char // 2 + 16)
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
            findings.setColumnWidth(column, chars * char // 2 + 16)
        findings.horizontalHeader().setStretchLastSection(True)
        findings.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.resizeDocks([self.form.findingsDock], [220], Qt.Orientation.Vertical)

    # -- view -------------------------------------------------------------------------

    def _setup_start_page(self) -> None:
        """A stack: the start page while no workspace is open, the catalog otherwise."""
        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_workspace)
        self.start_page.open_requested.connect(self._choose_workspace)
        self.start_page.demo_requested.connect(self._open_demo)
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
        open_ = self.workspace is not None
        self.pages.setCurrentIndex(1 if open_ else 0)
        for dock in (self.editor_dock, self.form.findingsDock):
            dock.setVisible(open_)
        for menu in (self.form.menuCatalog,):
            menu.setEnabled(open_)
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

    def _setup_recent_menu(self) -> None:
        self.recent_menu = QMenu(self.tr("最近打开(&R)"), self)
        self.form.menuFile.insertMenu(self.form.actionOpenDemo, self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_workspaces()
        if not paths:
            self.recent_menu.addAction(self.tr("（还没有）")).setEnabled(False)
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, path=path: self.open(Path(path)))

    def _setup_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.large_font_action = menu.addAction(self.tr("关怀模式（大字体）(&L)"))
        self.large_font_action.setCheckable(True)
        self.large_font_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_font_action.setChecked(large_font())
        self.large_font_action.toggled.connect(self.set_large_font)
        languages = menu.addMenu("语言 / Language")
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == language())
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.set_language(action.data()))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = help_menu.addAction(self.tr("用户指南(&G)"))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_help)

    def show_help(self) -> HelpWindow:
        """The user guide, F1 from anywhere in the window."""
        from .help import HelpWindow

        window = HelpWindow(self)
        window.show()
        return window

    def set_language(self, code: str) -> None:
        set_language(code)
        self.statusBar().showMessage(
            "语言将在下次启动时切换。The language changes the next time the app starts.", 8000
        )

    def set_large_font(self, on: bool) -> None:
        set_large_font(on)
        self._setup_tables()

    # -- files ------------------------------------------------------------------------

    def import_file(self) -> ImportDialog | None:
        """The import dialog; the catalog reloads and re-validates after an import."""
        if self.workspace is None:
            return None
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.workspace, self.workers, parent=self)
        dialog.imported.connect(lambda _result: self._reload())
        dialog.open()
        return dialog

    def _reload(self) -> None:
        assert self.workspace is not None
        domain, unit = self.catalog.domain, self.catalog.unit
        self._load_domains()
        self._select_domain(domain, unit)
        self.catalog.refresh()
        self.validate()

    def export(self) -> ExportDialog | None:
        """The export dialog; statuses change when an upload batch goes out."""
        if self.workspace is None:
            return None
        report = self.live.report() if self.live is not None else None
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.workspace, report, self.workers, parent=self)
        dialog.finished.connect(lambda _code: self.catalog.refresh())
        dialog.open()
        return dialog

    def new_workspace(self) -> NewWorkspaceWizard:
        """The first-run wizard; the new workspace opens here when it is created."""
        from ..store.demo import data_dir

        folder = Path.home() / "Documents"
        from .new_workspace import NewWorkspaceWizard

        wizard = NewWorkspaceWizard(folder if folder.is_dir() else data_dir(), self)
        wizard.accepted.connect(lambda: wizard.created and self.open(wizard.created))
        wizard.open()
        return wizard

    def _choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开工作区"), "", self.tr("工作区 (*.gkml)")
        )
        if path:
            self.open(Path(path))

    def _open_demo(self) -> None:
        from ..store.demo import ensure_demo_workspace

        self.open(ensure_demo_workspace())
