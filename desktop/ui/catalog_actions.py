"""The 目录 menu and the editor's buttons: dialogs that read values and push commands.

Each handler opens a dialog or asks a question, then pushes an undoable command
(or calls an operation); none of them refreshes a view: the session's
``changed`` signal does that for every view at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from ..domain.completeness import completeness
from ..domain.domains import domains
from ..domain.editing import fixed_values, new_own_item, renamed_subjects
from ..domain.model import Item
from ..store.checking import freshness_days
from ..store.template_versions import pending_template_updates
from . import operations
from .commands import (
    AddItemsCommand,
    DeleteItemsCommand,
    EditItemCommand,
    RemoveUnitCommand,
    SetStatusCommand,
)
from .labels import domain_label

# Dialogs are imported where they open: the window comes up ~0.1 s sooner without them.
if TYPE_CHECKING:
    from .add_from_template import AddFromTemplate
    from .dashboard import Dashboard
    from .main_window import MainWindow
    from .recycle_bin import RecycleBin
    from .template_update import TemplateUpdateDialog
    from .unit_profile import UnitProfileDialog


class CatalogActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        form = window.form
        form.actionAddFromTemplate.triggered.connect(self.add_from_template)
        form.actionNewItem.triggered.connect(lambda: self.new_item())
        form.actionDeleteItem.triggered.connect(self.delete_selected)
        form.actionRecycleBin.triggered.connect(self.show_recycle_bin)
        form.actionDashboard.triggered.connect(self.show_dashboard)
        form.actionTemplateUpdates.triggered.connect(self.show_template_updates)
        form.actionUnitProfile.triggered.connect(self.show_unit_profile)
        view = window.catalog_view
        view.status_requested.connect(self.set_status_selected)
        form.menuCatalog.insertMenu(form.actionRecycleBin, view.status_menu)
        table = form.itemTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda position: view.context_menu((form.actionNewItem, form.actionDeleteItem)).popup(
                table.viewport().mapToGlobal(position)
            )
        )
        window.editor.fix_requested.connect(self.fix_item)
        window.domain_panel.remove_unit_requested.connect(self.remove_unit)
        window.editor.confirm_requested.connect(self.confirm_item)

    @property
    def session(self):
        return self.window.session

    def item_menu(self, position) -> QMenu:
        """The table's right-click menu (new, delete, mark as), at ``position``."""
        form = self.window.form
        menu = self.window.catalog_view.context_menu((form.actionNewItem, form.actionDeleteItem))
        menu.popup(form.itemTable.viewport().mapToGlobal(position))
        return menu

    # -- adding and removing ---------------------------------------------------------

    def add_from_template(self) -> AddFromTemplate | None:
        """The add-from-template dialog for the current domain; adds what the user ticks."""
        session = self.session
        if session is None or session.workspace is None:
            return None
        home = session.workspace.home_unit
        from .add_from_template import AddFromTemplate

        dialog = AddFromTemplate(
            session.templates,
            home,
            session.workspace.items(unit_id=home.id),
            domain=self.window.catalog.domain or None,
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._add(dialog.items()))
        dialog.open()
        return dialog

    def _add(self, items: list[Item]) -> None:
        if items and self.session is not None:
            self.session.undo_stack.push(AddItemsCommand(self.session, items))

    def new_item(self, domain: str | None = None) -> str | None:
        """A unit's own item in the current domain, selected with its name ready to type."""
        session, window = self.session, self.window
        if session is None or session.workspace is None:
            return None
        code = domain or window.catalog.domain
        if not code:
            listed = domains()
            names = [domain_label(d.code) for d in listed]
            name, ok = QInputDialog.getItem(
                window, self.tr("新增事项"), self.tr("事项所属的领域："), names, 0, False
            )
            if not ok:
                return None
            code = listed[names.index(name)].code
        item = new_own_item(session.workspace.home_unit, code)
        session.undo_stack.push(AddItemsCommand(session, [item]))
        window.domain_panel.select(code, window.catalog.unit)
        window.show_item(item.id, code)
        window.editor.form.nameEdit.setFocus()
        window.editor.form.nameEdit.selectAll()
        return item.id

    def delete_selected(self) -> None:
        """Selected items to the recycle bin, as one undoable step."""
        ids = self.window.catalog_view.selected_ids()
        if ids and self.session is not None:
            self.session.undo_stack.push(DeleteItemsCommand(self.session, ids))
            self.window.statusBar().showMessage(
                self.tr("已删除 {count} 个事项（可以撤销）。").format(count=len(ids)), 4000
            )

    def remove_unit(self, unit_id: str, name: str) -> None:
        """Remove a sub-unit after asking (取消 is the default): its items go to the
        recycle bin as one undoable step."""
        session = self.session
        if session is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("删除下级单位"),
            self.tr(
                "删除“{name}”？它的全部事项移到回收站（可以撤销，也可以从回收站恢复），"
                "本单位的目录不受影响。"
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        command = RemoveUnitCommand(session, unit_id, name)
        session.undo_stack.push(command)
        self.window.statusBar().showMessage(
            self.tr("已删除“{name}”：{count} 个事项移到回收站（可以撤销）。").format(
                name=name, count=len(command.ids)
            ),
            6000,
        )

    def show_recycle_bin(self) -> RecycleBin | None:
        """Deleted items, restored as one undoable step each time 恢复 is pressed."""
        session = self.session
        if session is None or session.workspace is None:
            return None
        from .recycle_bin import RecycleBin

        dialog = RecycleBin(session.workspace.items(deleted=True), self.window)
        dialog.restore_requested.connect(self._restore)
        dialog.open()
        return dialog

    def _restore(self, item_ids: list[str]) -> None:
        session = self.session
        if session is None:
            return
        session.undo_stack.push(DeleteItemsCommand(session, item_ids, restore=True))
        item = session.live.item(item_ids[0]) if session.live is not None else None
        if item is not None:
            self.window.show_item(item.id, item.domain)
        self.window.statusBar().showMessage(
            self.tr("已恢复 {count} 个事项（可以撤销）。").format(count=len(item_ids)), 4000
        )

    # -- reviewing and fixing ----------------------------------------------------------

    def set_status_selected(self, status: str) -> None:
        """Mark the selected items (e.g. 已审 after review), as one undoable step."""
        session = self.session
        if session is None or session.workspace is None:
            return
        self.window.editor.commit_texts()
        ids = self.window.catalog_view.selected_ids()
        before = {i.id: i.status for i in session.workspace.items_by_id(ids) if i.status != status}
        if before:
            session.undo_stack.push(SetStatusCommand(session, before, status))

    def fix_item(self, item_id: str) -> None:
        """Apply every safe fix the rules offer for this item, as one undoable step."""
        session = self.session
        item = session.live.item(item_id) if session is not None and session.live else None
        if item is None:
            return
        changes = fixed_values(item, session.live.validator.check_item)
        if changes:
            before = {key: getattr(item, key) for key in changes}
            command = EditItemCommand(session, item_id, before, changes)
            command.setText(self.tr("一键修正"))
            session.undo_stack.push(command)

    def confirm_item(self, item_id: str) -> None:
        """Record that the item was checked today (clears the freshness reminder)."""
        if self.session is None:
            return
        operations.confirm_items(self.session, [item_id])
        self.window.statusBar().showMessage(self.tr("已记下今天核对过这一事项。"), 3000)

    # -- domains and templates ---------------------------------------------------------

    def resolve_undeclared(self, code: str) -> None:
        """A pilot domain with no items: add its guideline items, or declare it 未涉及."""
        box = QMessageBox(self.window)
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
        session = self.session
        if session is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self.window,
                self.tr("未涉及领域说明"),
                self.tr("本单位不涉及“{domain}”领域的原因：").format(domain=domain_label(code)),
                text="本单位无此领域的职责和事项",
            )
            if not ok:
                return False
        if not operations.declare_out_of_scope(session, code, reason):
            return False
        self.window.statusBar().showMessage(
            self.tr("已记下：本单位不涉及“{domain}”。").format(domain=domain_label(code)), 4000
        )
        return True

    def show_template_updates(self) -> TemplateUpdateDialog | None:
        """Newer template versions in this workspace, applied item by item as one undo step."""
        session = self.session
        if session is None or session.workspace is None:
            return None
        pending = pending_template_updates(session.workspace)
        title = self.tr("{domain}：版本 {old} → {new}")
        choices = {
            code: (
                title.format(domain=domain_label(code), old=p.old_version, new=p.new_version),
                p.updates,
            )
            for code, p in pending.items()
        }
        from .template_update import TemplateUpdateDialog

        dialog = TemplateUpdateDialog(choices, self.window)
        dialog.accepted.connect(
            lambda: (
                dialog.domain in pending
                and self._apply_updates(dialog, pending[dialog.domain].new_version)
            )
        )
        dialog.open()
        return dialog

    def _apply_updates(self, dialog: TemplateUpdateDialog, version: str) -> None:
        session = self.session
        chosen = dialog.model.chosen()
        if session is None or session.workspace is None or not chosen:
            return
        workspace = session.workspace
        session.undo_stack.beginMacro(self.tr("采用模板更新"))
        try:
            for update in chosen:
                if update.kind == "changed" and update.item_id:
                    after = {key: new for key, (_old, new) in update.changes.items()}
                    after["template_version"] = version
                    before = {key: old for key, (old, _new) in update.changes.items()}
                    before["template_version"] = workspace.item(update.item_id).template_version
                    session.undo_stack.push(EditItemCommand(session, update.item_id, before, after))
            added = [u.new_item for u in chosen if u.kind == "added" and u.new_item]
            if added:
                session.undo_stack.push(AddItemsCommand(session, added))
        finally:
            session.undo_stack.endMacro()

    # -- the unit and its completeness ---------------------------------------------------

    def show_unit_profile(self) -> UnitProfileDialog | None:
        """本单位信息; a new name can be carried into the 公开主体 that still say the old."""
        session = self.session
        if session is None or session.workspace is None:
            return None
        from .unit_profile import UnitProfileDialog

        dialog = UnitProfileDialog(
            session.workspace.home_unit, freshness_days(session.workspace), parent=self.window
        )
        dialog.accepted.connect(lambda: self._apply_unit_profile(dialog))
        dialog.open()
        return dialog

    def _apply_unit_profile(self, dialog: UnitProfileDialog) -> None:
        session = self.session
        if session is None or session.workspace is None:
            return
        old, unit = dialog.original, dialog.unit
        operations.update_unit(session, unit, dialog.freshness_days)
        if dialog.rename_subjects:
            items = session.workspace.items(unit_id=unit.id)
            renamed = renamed_subjects(items, old.name, unit.name)
            if renamed:
                session.undo_stack.beginMacro(self.tr("公开主体改为新单位名称"))
                for item_id, subject in renamed.items():
                    self.window.editor_panel.edit(item_id, "subject", subject)
                session.undo_stack.endMacro()

    def progress(self, unit_id: str | None = None):
        """Per-domain completeness of one unit's catalog (the home unit's by default)."""
        session = self.session
        assert session is not None and session.workspace is not None
        workspace = session.workspace
        units = {unit.id: unit for unit in workspace.units()}
        unit = units.get(unit_id or "") or workspace.home_unit
        return completeness(
            workspace.items(unit_id=unit.id),
            session.templates,
            unit.level,
            session.findings.findings_of(unit.id),
            workspace.out_of_scope(unit.id),
        )

    def show_dashboard(self) -> Dashboard | None:
        session = self.session
        if session is None or session.workspace is None:
            return None
        from .dashboard import Dashboard

        workspace, window = session.workspace, self.window
        dashboard = Dashboard(window)
        home = workspace.home_unit
        with_items = {unit for unit, _domain in workspace.unit_domain_counts()}
        others = [u for u in workspace.units() if u.id != home.id and u.id in with_items]
        dashboard.set_units([home, *others])

        def show(unit_id: str) -> None:
            dashboard.show_progress(self.progress(unit_id), session.findings.unit_errors(unit_id))

        show(home.id)
        dashboard.unit_chosen.connect(show)
        dashboard.domain_chosen.connect(
            lambda code: window.domain_panel.select(code, dashboard.unit)
        )
        dashboard.domain_chosen.connect(lambda _code: dashboard.accept())
        dashboard.open()
        return dashboard
