"""The 校验结果 dock: every finding, its summary line, and the severity filter.

A whole-workspace validation fills it at once; after that, edits only swap in
the findings of what they touched, once typing pauses (``REFRESH_DELAY_MS``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..store.changes import Changes
from .findings_model import FindingsModel
from .forms.main_window_ui import Ui_MainWindow
from .session import ReportView, WorkspaceSession, item_title

REFRESH_DELAY_MS = 300


class FindingsPanel(QObject):
    #: the error counts per (unit, domain) changed: the domain badges follow
    errors_changed = Signal(object)
    #: a worst severity per item changed: item id -> severity or None
    problems_changed = Signal(object)

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
        #: what edits changed since the panel last caught up
        self._stale_items: set[str] = set()
        self._stale_domains: set[str] = set()
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.catch_up)

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        self._stale_items, self._stale_domains = set(), set()
        if session is None:
            self.model.load([], {})
            return
        self.form.findingsSummary.setText(self.tr("正在校验…"))
        session.changed.connect(self._changed)
        session.validated.connect(self.show_report)

    def show_report(self, view: ReportView) -> None:
        """A whole report (after opening, or a full re-check)."""
        session = self.session
        home = session.workspace.home_unit.id if session and session.workspace else ""
        self._stale_items, self._stale_domains = set(), set()
        self.model.load(view.report.findings, view.names, view.units, home)
        self.problems_changed.emit(None)
        self._show_counts(view.report.items)

    def _changed(self, changes: Changes) -> None:
        session = self.session
        if session is None or session.live is None:
            return
        if changes.context:
            self.form.findingsSummary.setText(self.tr("正在校验…"))
            return
        self._stale_items |= changes.items
        self._stale_domains |= changes.domains
        live = session.live
        worst: dict[str, str | None] = {}
        for item_id in changes.items:
            found = live.findings_for(item_id)
            worst[item_id] = found[0].severity if found else None
        if worst:
            self.problems_changed.emit(worst)
        self.timer.start()

    def catch_up(self) -> None:
        """Swap in the findings of what changed since the last refresh (not a full report)."""
        self.timer.stop()
        session = self.session
        live = session.live if session is not None else None
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
                names[item_id] = item_title(item.seq, item.name)
                units[item_id] = item.unit_id
        bar = self.form.findingsTable.verticalScrollBar()
        position = bar.value()
        self.model.replace(ids, domains, found, names, units)
        bar.setValue(position)
        self._show_counts(live.item_count)

    def _show_counts(self, items: int) -> None:
        """The summary line and the domain badges, from the model's own counts."""
        counts = self.model.counts
        self.errors_changed.emit(+self.model.errors)
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
