"""The import dialog: preview first (nothing written), then import all at once after a backup.

The preview shows, before anything is written, each change a corrected file makes
to an item it matches (per item and field: the value now → the file's value), every
row that will not be imported (file, sheet, row, column and why), the reader's notes
(hidden sheets and rows, value-less formulas, columns it does not know) and the
errors found in what would come in. Rows of a unit the workspace does not hold are
counted and named, and imported only when the clerk ticks that they should be.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ..domain.errors import Location
from ..domain.templates import load_templates
from ..exchange.importing import ImportPlan, ImportResult, plan_import
from ..exchange.item_diff import FieldChange
from . import operations
from .forms.import_dialog_ui import Ui_ImportDialog
from .labels import domain_label, field_label, finding_message, severity_label
from .row_models import RowsModel
from .session import WorkspaceSession
from .workers import Worker


class ProblemsModel(RowsModel):
    """What the preview found: (kind, where, what) rows."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "类别"),
        QT_TRANSLATE_NOOP("Headers", "位置"),
        QT_TRANSLATE_NOOP("Headers", "说明"),
    )

    def load_plan(self, plan: ImportPlan) -> None:
        rejected, note_kind = self.tr("未导入"), self.tr("说明")
        rows = [(rejected, _where(r.location), r.reason) for r in plan.rejected]
        rows += [(note_kind, "", note) for note in plan.notes]
        if plan.report is not None:
            rows += [
                (severity_label(f.severity), _where(f.location), finding_message(f))
                for f in plan.report.findings
                if f.severity in ("error", "warning")
            ]
        self.load(rows)

    def cell(self, row: tuple[str, str, str], column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[column]
        return None


class ChangesModel(RowsModel):
    """What re-importing changes: one row per field of each matched item, old → new."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "位置"),
        QT_TRANSLATE_NOOP("Headers", "事项"),
        QT_TRANSLATE_NOOP("Headers", "栏目"),
        QT_TRANSLATE_NOOP("Headers", "原值"),
        QT_TRANSLATE_NOOP("Headers", "新值"),
    )

    def load_plan(self, plan: ImportPlan) -> None:
        rows = []
        for update in plan.updated:
            item = update.current
            title = f"{item.level1} / {item.name}" if item.level1 else item.name
            for change in update.changes:
                rows.append((_where(update.row.location), title, change))
        self.load(rows)

    def cell(self, row: tuple[str, str, FieldChange], column: int, role: int):
        where, title, change = row
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#757575") if change.kept else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return where
        if column == 1:
            return title
        if column == 2:
            return field_label(change.field)
        if column == 4 and change.kept:
            return self.tr("（文件中为空，保留原值）")
        return self._value(change.old if column == 3 else change.new)

    def _value(self, value: object) -> str:
        if isinstance(value, tuple):
            value = "、".join(value)
        return str(value) if value not in ("", None) else self.tr("（空）")


def _where(location: Location | None) -> str:
    """Sheet, row and column: the file is the one named above the table."""
    if location is None:
        return ""
    return str(dataclasses.replace(location, path=None))


class ImportDialog(QDialog):
    #: emitted after items were written (the session has told every view already)
    imported = Signal(object)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ImportDialog()
        self.form.setupUi(self)
        self.session = session
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.worker: Worker | None = None
        self.problems = ProblemsModel(self)
        self.form.problemsTable.setModel(self.problems)
        self.form.problemsTable.setColumnWidth(0, 70)
        self.form.problemsTable.setColumnWidth(1, 300)
        self.form.problemsTable.horizontalHeader().setStretchLastSection(True)
        self.changes = ChangesModel(self)
        self.form.changesTable.setModel(self.changes)
        for column, width in enumerate((150, 190, 110, 210)):
            self.form.changesTable.setColumnWidth(column, width)
        self.form.changesTable.horizontalHeader().setStretchLastSection(True)
        self.form.addUnitsCheck.toggled.connect(self._add_units_toggled)
        self.form.domainCombo.addItem(self.tr("自动识别"), None)
        for template in load_templates():
            self.form.domainCombo.addItem(domain_label(template.code), template.code)
        self.preview_button = self.form.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.preview_button.setText(self.tr("预览(&V)"))
        self.import_button = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("导入(&I)"))
        self.import_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.form.buttons.accepted.connect(self.start_import)
        self.form.browseButton.clicked.connect(self._browse)
        self.form.fileEdit.textChanged.connect(lambda _t: self._forget_plan())
        self.form.domainCombo.currentIndexChanged.connect(lambda _i: self._forget_plan())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择目录文件"),
            self.form.fileEdit.text(),
            self.tr("表格 (*.xlsx *.csv);;所有文件 (*)"),
        )
        if path:
            self.form.fileEdit.setText(path)

    def _forget_plan(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        self.form.addUnitsCheck.setVisible(False)

    def _busy(self, busy: bool, text: str = "") -> None:
        """While work runs the preview button is 取消 (a preview stops between steps; an
        import stops before its transaction starts)."""
        self.form.progress.setVisible(busy)
        self.form.progress.setRange(0, 0)
        self.preview_button.setText(self.tr("取消(&C)") if busy else self.tr("预览(&V)"))
        if text:
            self.form.summaryLabel.setText(text)

    def preview(self) -> None:
        """Read and check the file in a worker; nothing is written."""
        if self.worker is not None:
            self.worker.cancel()
            return
        path = Path(self.form.fileEdit.text().strip())
        domain = self.form.domainCombo.currentData()
        self._busy(True, self.tr("正在读取和检查…"))
        self.worker = self.session.background(
            lambda reader, worker: plan_import(
                reader, path, domain=domain, cancelled=lambda: worker.cancelled
            ),
            self._planned,
            self._failed,
        )

    def reject(self) -> None:
        """Closing stops a preview that is still reading (an import runs to its end)."""
        if self.worker is not None and self.plan is None:
            self.worker.cancel()
        super().reject()

    def _planned(self, plan: ImportPlan) -> None:
        self.worker = None
        self._busy(False)
        self.plan = plan
        self.problems.load_plan(plan)
        self.changes.load_plan(plan)
        if self.changes.rowCount() <= 500:  # whole values, wrapped; a county's file: one line each
            self.form.changesTable.resizeRowsToContents()
        tabs = self.form.tabs
        tabs.setTabText(0, self.tr("将要修改（{count}）").format(count=self.changes.rowCount()))
        tabs.setTabText(
            1, self.tr("未导入与说明（{count}）").format(count=self.problems.rowCount())
        )
        tabs.setCurrentIndex(0 if plan.updated or not self.problems.rowCount() else 1)
        check = self.form.addUnitsCheck
        check.blockSignals(True)
        check.setChecked(plan.add_new_units)
        check.blockSignals(False)
        check.setVisible(bool(plan.new_units))
        self._show_plan()

    def _add_units_toggled(self, checked: bool) -> None:
        if self.plan is not None:
            self.plan.add_new_units = checked
            self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        report = plan.report
        errors = report.errors if report is not None else 0
        self.form.summaryLabel.setStyleSheet("")
        text = self.tr(
            "预览（尚未写入）：新增 {added} 项，更新 {updated} 项，相同未变 {unchanged} 项，"
            "未导入 {rejected} 行。"
        ).format(
            added=len(plan.to_add),
            updated=len(plan.updated),
            unchanged=plan.unchanged,
            rejected=len(plan.rejected),
        )
        text += self._units_text(plan)
        if errors:
            text += self.tr("导入的事项中有 {errors} 个错误，导入后可在校验结果中改正。").format(
                errors=errors
            )
        self.form.summaryLabel.setText(text)
        self.import_button.setEnabled(not plan.empty)

    def _units_text(self, plan: ImportPlan) -> str:
        """Plainly: how many items of which other unit, and whether they come in."""
        if not plan.new_units:
            return ""
        names = self.tr("、").join(
            self.tr("“{name}”的 {count} 个事项").format(name=unit.name, count=count)
            for unit, count in plan.new_unit_counts()
        )
        if plan.add_new_units:
            return self.tr("文件中{names}将作为下级单位加入。").format(names=names)
        return self.tr(
            "文件中{names}不属于本单位：默认不导入；勾选下面的选项才会作为下级单位加入。"
        ).format(names=names)

    def start_import(self) -> None:
        """Write the previewed plan: a backup, then one transaction, on a worker's own
        connection (closing the dialog lets it finish; edits made meanwhile wait for it)."""
        if self.plan is None or self.plan.empty:
            return
        self._busy(True, self.tr("正在备份并导入…"))
        self.import_button.setEnabled(False)
        self.worker = operations.import_plan(self.session, self.plan, self._imported, self._failed)

    def _imported(self, result: ImportResult) -> None:
        self.worker = None
        self.result = result
        self._busy(False)
        self.plan = None
        backup = (
            self.tr("导入前的备份：{name}").format(name=result.backup.path.name)
            if result.backup
            else ""
        )
        self.form.summaryLabel.setText(
            self.tr(
                "已导入：新增 {added} 项，更新 {updated} 项。{backup}"
                "（要撤销这次导入：文件 › 备份与恢复）"
            ).format(added=result.added, updated=result.updated, backup=backup)
        )
        self.form.addUnitsCheck.setVisible(False)
        self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self.form.summaryLabel.setStyleSheet("color: #c62828;")
        self.form.summaryLabel.setText(message)
