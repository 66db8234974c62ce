"""The export dialog: profile, domain, changed-only, folder; progress, cancel, batch history.

It refuses up front while validation finds errors (and says which), runs the export
in a worker with a progress bar and a cancel button, and lists every batch so a
clerk can see what went to the province and when.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ..domain.errors import GkmlError
from ..domain.findings import Report
from ..exchange.exporting import ExportResult, export_catalog
from ..exchange.profiles import load_profile, profile_names
from ..places import documents_dir
from ..store import Workspace
from ..store.batches import Batch, batches
from .forms.export_dialog_ui import Ui_ExportDialog
from .labels import data_text, domain_label, finding_message
from .models import RowsModel
from .workers import Worker, Workers


class BatchHistoryModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "导出时间"),
        QT_TRANSLATE_NOOP("Headers", "格式"),
        QT_TRANSLATE_NOOP("Headers", "文件"),
        QT_TRANSLATE_NOOP("Headers", "事项数"),
        QT_TRANSLATE_NOOP("Headers", "范围"),
        QT_TRANSLATE_NOOP("Headers", "SHA-256"),
    )

    def cell(self, batch: Batch, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            batch.created_at.replace("T", " ")[:19],
            batch.profile,
            batch.file_name,
            batch.item_count,
            self.tr("仅修改部分") if batch.changed_only else self.tr("全部"),
            batch.sha256 if role == Qt.ItemDataRole.ToolTipRole else batch.sha256[:12],
        )
        return values[column]


class ExportDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        report: Report | None,
        workers: Workers,
        domain: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ExportDialog()
        self.form.setupUi(self)
        self.workspace, self.report, self.workers = workspace, report, workers
        self.worker: Worker | None = None
        self.result: ExportResult | None = None
        self.history = BatchHistoryModel(self)
        self.form.historyTable.setModel(self.history)
        self.form.historyTable.horizontalHeader().setStretchLastSection(True)
        self.form.historyTable.setColumnWidth(0, 150)
        self.form.historyTable.setColumnWidth(2, 260)
        for name in profile_names():
            try:
                profile = load_profile(name)
            except GkmlError:
                continue
            self.form.profileCombo.addItem(f"{data_text(profile.title)}（{name}）", name)
        self.form.domainCombo.addItem(self.tr("全部领域"), None)
        for code in workspace.item_counts():
            self.form.domainCombo.addItem(domain_label(code), code)
        if domain and self.form.domainCombo.findData(domain) >= 0:
            self.form.domainCombo.setCurrentIndex(self.form.domainCombo.findData(domain))
        settings = QSettings()
        default = documents_dir()
        self.form.folderEdit.setText(str(settings.value("export/folder", str(default))))
        self.export_button = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("导出(&E)"))
        self.form.buttons.accepted.connect(self.start)
        self.form.browseButton.clicked.connect(self._browse)
        self.form.profileCombo.currentIndexChanged.connect(lambda _i: self._update_state())
        self.form.domainCombo.currentIndexChanged.connect(lambda _i: self._update_state())
        self._update_state()
        self.history.load(batches(workspace))

    def _errors(self) -> list[str]:
        if self.report is None:
            return []
        domain = self.form.domainCombo.currentData()
        return [
            finding_message(f)
            for f in self.report.findings
            if f.severity == "error" and f.item_id and (domain is None or f.domain == domain)
        ]

    def _update_state(self) -> None:
        profile = load_profile(self.form.profileCombo.currentData())
        self.form.profileAbout.setText(data_text(profile.about))
        errors = self._errors() if profile.requires_valid else []
        self.export_button.setEnabled(not errors)
        if errors:
            shown = self.tr("；").join(message.rstrip("。.") for message in errors[:3])
            self.form.stateLabel.setStyleSheet("color: #c62828;")
            self.form.stateLabel.setText(
                self.tr(
                    "目录中还有 {count} 个错误，不能导出“{profile}”：{shown}{more}。"
                    "请先在“校验结果”中改正。"
                ).format(
                    count=len(errors),
                    profile=data_text(profile.title),
                    shown=shown,
                    more="……" if len(errors) > 3 else "",
                )
            )
        else:
            self.form.stateLabel.setStyleSheet("")
            self.form.stateLabel.setText(self.tr("可以导出。导出会记入下方的批次记录。"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("导出到"), self.form.folderEdit.text()
        )
        if folder:
            self.form.folderEdit.setText(folder)

    def start(self) -> None:
        """Export in a worker; the button becomes 取消 while it runs."""
        if self.worker is not None:
            self.worker.cancel()
            return
        folder = Path(self.form.folderEdit.text().strip())
        QSettings().setValue("export/folder", str(folder))
        profile = self.form.profileCombo.currentData()
        domain = self.form.domainCombo.currentData()
        changed = self.form.changedOnlyCheck.isChecked()
        workspace = self.workspace

        def work(worker: Worker) -> ExportResult:
            return export_catalog(
                workspace,
                profile,
                folder,
                domain=domain,
                changed_only=changed,
                progress=worker.report,
                cancelled=lambda: worker.cancelled,
            )

        self.form.progress.setVisible(True)
        self.form.progress.setRange(0, 0)
        self.export_button.setText(self.tr("取消(&C)"))
        self.form.stateLabel.setText(self.tr("正在导出…"))
        self.worker = self.workers.start(work, self._done, self._failed)
        self.worker.signals.progress.connect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.form.progress.setRange(0, total)
        self.form.progress.setValue(done)

    def _finish(self) -> None:
        self.worker = None
        self.form.progress.setVisible(False)
        self.export_button.setText(self.tr("导出(&E)"))
        self.history.load(batches(self.workspace))

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self._finish()
        files = "\n".join(str(path) for path in result.files)
        removed = (
            self.tr("\n注意：{count} 处 Excel 无法保存的控制字符已去掉。").format(
                count=len(result.removed_characters)
            )
            if result.removed_characters
            else ""
        )
        self.form.stateLabel.setStyleSheet("")
        self.form.stateLabel.setText(
            self.tr("已导出 {count} 个事项：\n{files}{removed}").format(
                count=result.items, files=files, removed=removed
            )
        )

    def _failed(self, message: str) -> None:
        self._finish()
        self.form.stateLabel.setStyleSheet("color: #c62828;")
        self.form.stateLabel.setText(message)
