"""The import dialog: preview first (nothing written), then import all at once after a backup.

The preview lists every row that will not be imported (file, sheet, row, column
and why), the reader's notes (hidden sheets and rows, value-less formulas,
columns it does not know) and the errors found in what would come in.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ..domain.errors import Location
from ..domain.templates import load_templates
from ..exchange.importing import ImportPlan, ImportResult, plan_import
from . import operations
from .forms.import_dialog_ui import Ui_ImportDialog
from .labels import domain_label, finding_message, severity_label
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
        report = plan.report
        errors = report.errors if report is not None else 0
        units = (
            self.tr("，新单位 {count} 个").format(count=len(plan.new_units))
            if plan.new_units
            else ""
        )
        self.form.summaryLabel.setStyleSheet("")
        text = self.tr(
            "预览（尚未写入）：新增 {added} 项，更新 {updated} 项，相同未变 {unchanged} 项，"
            "未导入 {rejected} 行{units}。"
        ).format(
            added=len(plan.added),
            updated=len(plan.updated),
            unchanged=plan.unchanged,
            rejected=len(plan.rejected),
            units=units,
        )
        if errors:
            text += self.tr("导入的事项中有 {errors} 个错误，导入后可在校验结果中改正。").format(
                errors=errors
            )
        self.form.summaryLabel.setText(text)
        self.import_button.setEnabled(not plan.empty)

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
            self.tr("已导入：新增 {added} 项，更新 {updated} 项。{backup}").format(
                added=result.added, updated=result.updated, backup=backup
            )
        )
        self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self.form.summaryLabel.setStyleSheet("color: #c62828;")
        self.form.summaryLabel.setText(message)
