"""The export dialog: profile, domain, changed-only, folder; progress, cancel, batch history.

Exporting is not uploading: the history says which upload batch awaits the
province's answer, and 已被省级系统接收 (or 被退回) on the selected one records it
(``operations.decide_batch_state``); only then do its items become 已上传.

It refuses up front with exactly what the export itself would refuse on
(``check_export``: errors, the chosen profile's own checks included, or nothing to
export), and when guideline items are missing it says how many and enables the
export only once the clerk ticks that they know; checked in a worker whenever the
choice changes; it runs the export in a worker with a
progress bar and a cancel button, and lists every batch so a clerk can see what
went to the province and when. The check reads on a connection of its own; the
export writes its batch on another (see ``operations.export``); choices are
locked while an export runs, and exporting waits for the check.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from ..domain.errors import GkmlError
from ..domain.findings import Finding
from ..domain.model import Item
from ..exchange.exporting import ExportCheck, ExportResult, check_export
from ..exchange.profiles import load_profile, profile_names
from ..places import documents_dir
from ..store.batches import Batch, batches
from . import operations
from .forms.export_dialog_ui import Ui_ExportDialog
from .labels import data_text, domain_label, finding_message
from .row_models import RowsModel
from .session import WorkspaceSession
from .workers import Worker

if TYPE_CHECKING:
    from .province_template import ProvinceTemplateDialog


class BatchHistoryModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "导出时间"),
        QT_TRANSLATE_NOOP("Headers", "格式"),
        QT_TRANSLATE_NOOP("Headers", "文件"),
        QT_TRANSLATE_NOOP("Headers", "事项数"),
        QT_TRANSLATE_NOOP("Headers", "范围"),
        QT_TRANSLATE_NOOP("Headers", "状态"),
        QT_TRANSLATE_NOOP("Headers", "SHA-256"),
    )
    #: The state column's words, translated like UI text (the store's are for the CLI).
    STATES: ClassVar[dict[str, str]] = {
        "exported": QT_TRANSLATE_NOOP("BatchHistoryModel", "已导出，待确认接收"),
        "accepted": QT_TRANSLATE_NOOP("BatchHistoryModel", "已被省级系统接收"),
        "rejected": QT_TRANSLATE_NOOP("BatchHistoryModel", "被省级系统退回"),
        "kept": QT_TRANSLATE_NOOP("BatchHistoryModel", "无需上传"),
    }

    def batch_at(self, row: int) -> Batch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, batch: Batch, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            batch.created_at.replace("T", " ")[:19],
            batch.profile,
            batch.file_name,
            batch.item_count,
            self.tr("仅修改部分") if batch.changed_only else self.tr("全部"),
            self.tr(self.STATES[batch.state]),
            batch.sha256 if role == Qt.ItemDataRole.ToolTipRole else batch.sha256[:12],
        )
        return values[column]


class ExportDialog(QDialog):
    """Choose, check, export: the window's report lacks the profile's own checks, so
    the dialog asks ``check_export``, the function the export itself refuses with."""

    # How many blocking errors the state line spells out.
    SHOWN_ERRORS = 3

    def __init__(
        self,
        session: WorkspaceSession,
        domain: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ExportDialog()
        self.form.setupUi(self)
        self.session = session
        workspace = session.workspace
        assert workspace is not None
        self.worker: Worker | None = None
        self.result: ExportResult | None = None
        # What stops the chosen export; None while it is being checked.
        self.blockers: list[Finding] | None = None
        self.check: ExportCheck | None = None
        self._checker: Worker | None = None
        self._check_again = False
        self.history = BatchHistoryModel(self)
        self.form.historyTable.setModel(self.history)
        self.form.historyTable.horizontalHeader().setStretchLastSection(True)
        self.form.historyTable.setColumnWidth(0, 150)
        self.form.historyTable.setColumnWidth(2, 260)
        self.form.historyTable.setColumnWidth(5, 150)
        self._fill_profiles()
        self.template_button = QPushButton(self.tr("用本省空白模板生成格式(&T)…"))
        self.template_button.clicked.connect(self.province_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        self.form.choices.insertRow(2, "", template_row)
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
        self.form.changedOnlyCheck.toggled.connect(lambda _on: self._update_state())
        self.form.confirmMissingCheck.toggled.connect(lambda _on: self._enable_export())
        self.form.historyTable.selectionModel().selectionChanged.connect(
            lambda *_: self._enable_decision()
        )
        self.form.acceptButton.clicked.connect(lambda: self.decide(accepted=True))
        self.form.rejectButton.clicked.connect(lambda: self.decide(accepted=False))
        self.history.load(batches(workspace))
        self._update_state()

    def selected_batch(self) -> Batch | None:
        rows = self.form.historyTable.selectionModel().selectedRows()
        return self.history.batch_at(rows[0].row()) if rows else None

    def _enable_decision(self) -> None:
        """The answer buttons act on an upload batch still awaiting one."""
        batch = self.selected_batch()
        waiting = batch is not None and batch.awaits_decision and self.worker is None
        self.form.acceptButton.setEnabled(waiting)
        self.form.rejectButton.setEnabled(waiting)

    def decide(self, *, accepted: bool) -> None:
        """Record the province's answer to the selected batch and say what it changed."""
        batch = self.selected_batch()
        if batch is None or not batch.awaits_decision:
            return
        decision = operations.decide_batch_state(self.session, batch.id, accepted)
        if decision is None:
            return
        self._reload_history()
        if accepted:
            text = self.tr("批次 {id} 已记为已被省级系统接收：{count} 个事项的状态改为“已上传”。")
        else:
            text = self.tr("批次 {id} 已记为被省级系统退回：事项状态不变，改正后请再导出上传。")
        text = text.format(id=batch.id, count=len(decision.uploaded))
        if decision.skipped:
            text += self.tr("{count} 个事项在导出后修改或删除过，状态未改，请再导出上传。").format(
                count=decision.skipped
            )
        self.form.stateLabel.setStyleSheet("")
        self.form.stateLabel.setText(text)

    def _reload_history(self) -> None:
        if self.session.workspace is not None:
            self.history.load(batches(self.session.workspace))
        self._enable_decision()

    def _fill_profiles(self, chosen: str | None = None) -> None:
        combo = self.form.profileCombo
        combo.blockSignals(True)
        combo.clear()
        for name in profile_names():
            try:
                profile = load_profile(name)
            except GkmlError:
                continue
            combo.addItem(f"{data_text(profile.title)}（{name}）", name)
        combo.blockSignals(False)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))

    def province_template(self) -> ProvinceTemplateDialog:
        """导出 › 用本省空白模板生成格式: the new profile is listed and chosen once saved."""
        from .province_template import ProvinceTemplateDialog

        dialog = ProvinceTemplateDialog(parent=self)
        dialog.saved.connect(self._fill_profiles)
        dialog.open()
        return dialog

    def _update_state(self) -> None:
        """Check the chosen export again; a change during a check is checked after it."""
        profile = load_profile(self.form.profileCombo.currentData())
        self.form.profileAbout.setText(data_text(profile.about))
        self.blockers = None
        self.check = None
        self.form.confirmMissingCheck.setVisible(False)
        self.form.confirmMissingCheck.setChecked(False)
        self.export_button.setEnabled(False)
        self.form.stateLabel.setStyleSheet("")
        self.form.stateLabel.setText(self.tr("正在检查能否导出…"))
        if self._checker is not None:
            self._check_again = True
            return
        name = profile.name
        domain = self.form.domainCombo.currentData()
        changed = self.form.changedOnlyCheck.isChecked()
        shown = self.SHOWN_ERRORS

        def work(reader, _worker: Worker) -> tuple[ExportCheck, dict[str, Item]]:
            check = check_export(reader, name, domain=domain, changed_only=changed)
            found = check.blockers[:shown]
            named = reader.items_by_id(f.item_id for f in found if f.item_id)
            return check, {item.id: item for item in named}

        self._checker = self.session.background(work, self._checked, self._check_failed)

    def _checked(self, result: tuple[ExportCheck, dict[str, Item]]) -> None:
        self._checker = None
        if self._check_again:
            self._check_again = False
            self._update_state()
            return
        self.check, items = result
        self.blockers = self.check.blockers
        if self.check.unchanged:
            self.form.stateLabel.setStyleSheet("")
            self.form.stateLabel.setText(self.check.unchanged)
        elif self.check.empty:
            self.form.stateLabel.setStyleSheet("color: #c62828;")
            self.form.stateLabel.setText(self.check.empty)
        elif self.blockers:
            self._show_blockers(items)
        elif self.check.missing.count:
            self._show_missing()
        else:
            self.form.stateLabel.setStyleSheet("")
            self.form.stateLabel.setText(self.tr("可以导出。导出会记入下方的批次记录。"))
        self._enable_export()

    def _enable_export(self) -> None:
        """Export once checked and not refused; with items missing, once the clerk says so."""
        if self.worker is not None:
            return  # the button is 取消 while an export runs
        check = self.check
        ready = check is not None and not check.refused
        if ready and check.missing.count:
            ready = self.form.confirmMissingCheck.isChecked()
        self.export_button.setEnabled(ready)

    def _show_missing(self) -> None:
        """Guideline items left out: said with their number, and confirmed by a tick."""
        assert self.check is not None
        missing = self.check.missing
        self.form.stateLabel.setStyleSheet("color: #b26a00;")
        self.form.stateLabel.setText(
            self.tr(
                "标准指引中还有 {count} 个适用事项既未编入也未标为不适用（{where}），"
                "导出的文件将缺少这些事项。请补齐，或标为不适用并写明原因。"
            ).format(count=missing.count, where=self._missing_where())
        )
        confirm = self.form.confirmMissingCheck
        confirm.setText(
            self.tr("我知道缺少这 {count} 个事项，仍然导出(&M)").format(count=missing.count)
        )
        confirm.setVisible(True)

    def _missing_where(self, shown: int = 3) -> str:
        assert self.check is not None
        largest = sorted(self.check.missing.by_domain, key=lambda entry: -entry[1])
        where = self.tr("、").join(
            self.tr("{domain} {count} 个").format(domain=domain_label(code), count=count)
            for code, count in largest[:shown]
        )
        if len(largest) > shown:
            where += self.tr("等 {count} 个领域").format(count=len(largest))
        return where

    def _check_failed(self, message: str) -> None:
        self._checker = None
        if self._check_again:
            self._check_again = False
            self._update_state()
            return
        self.form.stateLabel.setStyleSheet("color: #c62828;")
        self.form.stateLabel.setText(message)

    def _show_blockers(self, items: dict[str, Item]) -> None:
        """The first few blockers with the item each is on, as the CLI's refusal names them."""
        blockers = self.blockers or []
        shown = self.tr(
            "；"
        ).join(
            self._blocker_text(f, items[f.item_id])  # type: ignore[index]
            for f in blockers[: self.SHOWN_ERRORS]
        )
        profile = load_profile(self.form.profileCombo.currentData())
        self.form.stateLabel.setStyleSheet("color: #c62828;")
        self.form.stateLabel.setText(
            self.tr(
                "目录中还有 {count} 个错误，不能导出“{profile}”：{shown}{more}。"
                "请先在“校验结果”中改正。"
            ).format(
                count=len(blockers),
                profile=data_text(profile.title),
                shown=shown,
                more="……" if len(blockers) > self.SHOWN_ERRORS else "",
            )
        )

    def _blocker_text(self, finding: Finding, item: Item) -> str:
        return self.tr("{domain}第 {seq} 项“{name}”：{message}").format(
            domain=domain_label(item.domain),
            seq=item.seq,
            name=item.name,
            message=finding_message(finding).rstrip("。."),
        )

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
        if not self.export_button.isEnabled():
            return
        check = self.check
        assert check is not None
        folder = Path(self.form.folderEdit.text().strip())
        QSettings().setValue("export/folder", str(folder))
        profile = self.form.profileCombo.currentData()
        domain = self.form.domainCombo.currentData()
        changed = self.form.changedOnlyCheck.isChecked()
        self._lock_choices(True)
        self.form.progress.setVisible(True)
        self.form.progress.setRange(0, 0)
        self.export_button.setText(self.tr("取消(&C)"))
        self.form.stateLabel.setText(self.tr("正在导出…"))
        self.worker = operations.export(
            self.session,
            profile,
            folder,
            domain=domain,
            changed_only=changed,
            confirm_missing=check.missing.count or None,
            done=self._done,
            failed=self._failed,
            progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.form.progress.setRange(0, total)
        self.form.progress.setValue(done)

    def _lock_choices(self, locked: bool) -> None:
        form = self.form
        for widget in (
            form.profileCombo,
            form.domainCombo,
            form.changedOnlyCheck,
            form.confirmMissingCheck,
        ):
            widget.setEnabled(not locked)

    def _finish(self) -> None:
        self.worker = None
        self._lock_choices(False)
        self.form.progress.setVisible(False)
        self.export_button.setText(self.tr("导出(&E)"))
        self._reload_history()

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
        waiting = any(batch.awaits_decision for batch in result.batches)
        upload = (
            self.tr("\n省级系统接收后，请在下方选中这一批次，点“已被省级系统接收”。")
            if waiting
            else ""
        )
        self.form.stateLabel.setText(
            self.tr("已导出 {count} 个事项：\n{files}{removed}").format(
                count=result.items, files=files, removed=removed
            )
            + upload
        )

    def _failed(self, message: str) -> None:
        self._finish()
        self.form.stateLabel.setStyleSheet("color: #c62828;")
        self.form.stateLabel.setText(message)
