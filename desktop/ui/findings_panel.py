"""The 校验结果 dock: every finding, its summary line, and the severity filter.

A whole-workspace validation fills it at once; after that the session keeps its
finding index current with every edit, and the panel re-reads its rows once
typing pauses (``REFRESH_DELAY_MS``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.finding_index import FindingIndex
from ..store.changes import Changes
from .findings_model import FindingsModel
from .forms.main_window_ui import Ui_MainWindow
from .session import ReportView, WorkspaceSession, item_title

REFRESH_DELAY_MS = 300


class FindingsPanel(QObject):
    #: the error counts per (unit, domain) changed: the domain badges follow
    errors_changed = Signal(object)

    def __init__(self, form: Ui_MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.model = FindingsModel(self)
        form.findingsTable.setModel(self.model)
        form.severityFilter.addItem(self.tr("全部结果"), None)
        for key, label in (
            ("error", self.tr("只看错误")),
            ("warning", self.tr("只看警告")),
            ("info", self.tr("只看提示")),
        ):
            form.severityFilter.addItem(label, key)
        form.severityFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_severity(form.severityFilter.currentData())
        )
        self.session: WorkspaceSession | None = None
        #: items edits changed since the panel last caught up
        self._stale_items: set[str] = set()
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.catch_up)

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        self._stale_items = set()
        if session is None:
            empty = FindingIndex()
            self.model.show(lambda: empty, {})
            return
        self.form.findingsSummary.setText(self.tr("正在校验…"))
        session.changed.connect(self._changed)
        session.validated.connect(self.show_report)

    def show_report(self, view: ReportView) -> None:
        """A whole report (after opening, or a full re-check)."""
        assert self.session is not None
        self._stale_items = set()
        session = self.session
        self.model.show(lambda: session.findings, view.names)
        self._show_counts(view.report.items)

    def _changed(self, changes: Changes) -> None:
        if self.session is None or self.session.live is None:
            return
        if changes.context:
            self.form.findingsSummary.setText(self.tr("正在校验…"))
            return
        self._stale_items |= changes.items
        self.timer.start()

    def catch_up(self) -> None:
        """Show what the session's index holds since the last refresh (not a full report)."""
        self.timer.stop()
        session = self.session
        live = session.live if session is not None else None
        ids, self._stale_items = self._stale_items, set()
        if live is None or not ids:
            return
        names = {
            item_id: item_title(item.seq, item.name)
            for item_id in ids
            if (item := live.item(item_id)) is not None
        }
        bar = self.form.findingsTable.verticalScrollBar()
        position = bar.value()
        self.model.refilter(names)
        bar.setValue(position)
        self._show_counts(live.item_count)

    def _show_counts(self, items: int) -> None:
        """The summary line and the domain badges, from the model's own counts."""
        found = self.model.found
        counts = found.counts
        self.errors_changed.emit(+found.errors)
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
