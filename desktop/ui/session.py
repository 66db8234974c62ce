"""The open workspace as the UI holds it: one connection owner, live validation, undo.

Not a widget (Anki's collection + task manager, small). The window and its docks
only read from here and listen to two signals:

- ``changed(Changes)``: after every write, once live validation has re-checked what
  the write touched; each view refreshes only the part it shows;
- ``validated(ReportView)``: a whole-workspace validation has landed.

Connections: the workspace's own connection belongs to the UI thread, which makes
every short write on it (an edit commits in ~1 ms) and pages the table from it.
Workers never touch it: each opens a connection of its own in its own thread
(:meth:`Workspace.opener`), read-only for validation, previews and backups, a
writer for long writes (an import, an export's batch record). A long write's
transaction is therefore never one the clerk's edits could join or lose with a
rollback; edits made while it runs wait in order in :attr:`_pending` and commit on
the UI connection the moment it ends, whether it succeeded or failed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.errors import GkmlError
from ..domain.finding_index import FindingIndex
from ..domain.findings import Report
from ..domain.rule_catalog import SEVERITY_ORDER
from ..domain.templates import TemplateSet
from ..domain.validation import LiveValidation
from ..store import Workspace, open_workspace
from ..store.backup import take_daily_backup
from ..store.changes import Changes
from ..store.checking import validation_context
from ..store.files import disk_full, is_disk_full
from ..store.item_rows import read_items
from ..store.template_versions import workspace_templates
from .workers import Worker, Workers

T = TypeVar("T")
Write = Callable[[Workspace], Changes]


def item_title(seq: int, name: str) -> str:
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
                    names[item_id] = item_title(item.seq, item.name) if item else ""
                    units[item_id] = item.unit_id if item else ""
        return cls(report, names, units, worst)


class WorkspaceSession(QObject):
    changed = Signal(object)
    validated = Signal(object)
    #: True while a long write runs (edits then wait for it), False when it ends.
    busy_changed = Signal(bool)
    #: background work that did not finish, as a sentence for the clerk.
    failed = Signal(str)
    #: a short write the store refused (nothing was written), as a sentence.
    refused = Signal(str)
    #: the daily backup, when one was taken.
    backed_up = Signal(object)

    def __init__(
        self, workspace: Workspace, workers: Workers, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = workspace
        self.path: Path = workspace.path
        self.live: LiveValidation | None = None
        #: see :attr:`findings`; what edits touched since it was last brought up to date
        self._findings = FindingIndex()
        self._stale_items: set[str] = set()
        self._stale_domains: set[str] = set()
        self.templates: TemplateSet = workspace_templates(workspace)
        self.undo_stack = QUndoStack(self)
        self.workers = workers
        self._pending: list[Write] = []
        #: (item id, field) -> value, for edits waiting in ``_pending``: what the clerk
        #: sees there now, so the next edit's undo puts back that, not the stored value
        self._pending_values: dict[tuple[str, str], object] = {}
        self._long_writes = 0
        #: which whole-workspace validation is current, whether one runs, and what was
        #: edited while it ran (it read the file before those edits)
        self._validation_run = 0
        self._validating = False
        self._edited_meanwhile: set[str] = set()

    @classmethod
    def open(cls, path: Path, workers: Workers, parent: QObject | None = None) -> WorkspaceSession:
        """Open ``path`` (raises the store's GkmlError); :meth:`start` the work behind it."""
        return cls(open_workspace(path, daily_backup=False), workers, parent)

    def start(self) -> None:
        """The daily backup and the whole-workspace validation, in workers: started once
        the views have read what they show first, so they do not compete with it."""
        target = self.path
        self.workers.start(
            lambda _worker: take_daily_backup(target), self.backed_up.emit, self.failed.emit
        )
        self.validate()

    @property
    def findings(self) -> FindingIndex:
        """Every finding by what it is about, with the counts the views show.

        Filled when a whole-workspace validation lands; edits mark what they touched,
        and the index swaps those findings in when it is next asked for (a few ms per
        domain, which an edit need not wait for when nobody is looking).
        """
        if self.live is not None and (self._stale_items or self._stale_domains):
            items, self._stale_items = self._stale_items, set()
            domains, self._stale_domains = self._stale_domains, set()
            live = self.live
            found = [f for item_id in items for f in live.findings_for(item_id)]
            found += [f for domain in domains for f in live.domain_findings(domain)]
            units = {i: item.unit_id for i in items if (item := live.item(i)) is not None}
            self._findings.replace(items, domains, found, units)
        return self._findings

    def close(self) -> None:
        """Let running work end, commit what waits for it, and let the file go."""
        if self.workspace is None:
            return
        self.workers.wait(-1)
        self._long_writes = 0
        self._flush()
        self.undo_stack.clear()
        self.workspace.close()
        self.workspace = None
        self.live = None

    @property
    def busy(self) -> bool:
        """Whether a long write runs (an edit made now commits when it ends)."""
        return self._long_writes > 0

    # -- writing -------------------------------------------------------------------

    def write(self, action: Write) -> Changes | None:
        """Run one short write on the UI thread's connection and tell the views.

        While a long write runs, the action waits (in order) and commits when it
        ends; None is returned then, and ``changed`` follows at that moment.
        """
        if self.workspace is None:
            return None
        if self._long_writes:
            self._pending.append(action)
            return None
        changes = self._run(action)
        self.notify(changes)
        return changes

    def value(self, item_id: str, key: str) -> object:
        """A field as the clerk last set it: an edit still waiting counts, not yet stored."""
        assert self.workspace is not None
        if (item_id, key) in self._pending_values:
            return self._pending_values[(item_id, key)]
        return getattr(self.workspace.item(item_id), key)

    def edit(self, item_id: str, changes: dict[str, object]) -> None:
        """Set fields of one item (see :meth:`write`); remembered while it waits."""

        def write(workspace: Workspace) -> Changes:
            result = workspace.update_item(item_id, **changes)
            return Changes.of_items([item_id]) if result.changed else Changes()

        if self.write(write) is None and self.workspace is not None:
            self._pending_values.update(((item_id, k), v) for k, v in changes.items())

    def _run(self, action: Write) -> Changes:
        """One write; a refusal (a GkmlError: nothing was written) is said, not raised."""
        assert self.workspace is not None
        try:
            return action(self.workspace)
        except GkmlError as exc:
            self.refused.emit(exc.message)
            return Changes()
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            self.refused.emit(disk_full(self.workspace.path).message)
            return Changes()

    def _flush(self) -> None:
        if self.workspace is None or not self._pending:
            return
        pending, self._pending = self._pending, []
        self._pending_values.clear()
        changes = Changes()
        for action in pending:
            changes = changes | self._run(action)
        self.notify(changes)

    def notify(self, changes: Changes) -> None:
        """Bring live validation up to date with ``changes``, then send them to the views."""
        if self.workspace is None or not changes:
            return
        if changes.context:
            self.templates = workspace_templates(self.workspace)
            self.validate()
        elif self.live is not None and changes.items:
            touched: set[str] = set()
            domains: set[str] = set()
            for item in self.workspace.items_by_id(changes.items):
                before = self.live.item(item.id)
                domains.update({item.domain, *([before.domain] if before else [])})
                touched |= self.live.update(item)
            changes = changes | Changes(items=frozenset(touched), domains=frozenset(domains))
            self._stale_items |= touched
            self._stale_domains |= domains
        if self._validating:
            self._edited_meanwhile |= changes.items
        self.changed.emit(changes)

    # -- background work -------------------------------------------------------------

    def background(
        self,
        work: Callable[[Workspace, Worker], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
        *,
        write: bool = False,
    ) -> Worker:
        """Run ``work(workspace, worker)`` in a worker on a connection of its own.

        ``write=False`` gives it a read-only connection; ``write=True`` a writer, and
        edits made meanwhile wait for it (see :meth:`write`). ``done`` and ``failed``
        run on the UI thread, after the waiting edits are committed.
        """
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        opener = self.workspace.opener(write=write)
        path = self.workspace.path

        def run(worker: Worker) -> T:
            workspace = opener()
            try:
                return work(workspace, worker)
            except Exception as exc:
                if is_disk_full(exc):
                    raise disk_full(getattr(exc, "filename", None) or path) from exc
                raise
            finally:
                workspace.close()

        def finished(result: T) -> None:
            if write:
                self._end_long_write()
            if self.workspace is not None:
                done(result)

        def refused(message: str) -> None:
            if write:
                self._end_long_write()
            (failed or self.failed.emit)(message)

        if write:
            self._long_writes += 1
            if self._long_writes == 1:
                self.busy_changed.emit(True)
        return self.workers.start(run, finished, refused)

    def _end_long_write(self) -> None:
        if self._long_writes == 0:  # closed meanwhile: close() committed what waited
            return
        self._long_writes -= 1
        if self._long_writes == 0:
            self._flush()
            self.busy_changed.emit(False)

    # -- validation ------------------------------------------------------------------

    def validate(self) -> None:
        """Validate the whole workspace in a worker; ``validated`` follows."""
        if self.workspace is None:
            return
        context = validation_context(self.workspace, today=date.today())
        path = self.path
        self._validation_run += 1
        run = self._validation_run
        self._validating = True
        self._edited_meanwhile = set()

        def work(_worker: Worker) -> tuple[LiveValidation, ReportView]:
            live = LiveValidation(read_items(path), context)
            return live, ReportView.of(live, live.report())

        self.workers.start(work, lambda result: self._validated(run, result), self.failed.emit)

    def _validated(self, run: int, result: tuple[LiveValidation, ReportView]) -> None:
        if self.workspace is None or run != self._validation_run:
            return  # closed, or a newer validation is on its way
        live, view = result
        edited, self._edited_meanwhile = self._edited_meanwhile, set()
        self._validating = False
        self.live = live
        assert self.workspace is not None
        self._stale_items, self._stale_domains = set(), set()
        self._findings.load(view.report.findings, view.units, self.workspace.home_unit.id)
        self.validated.emit(view)
        if edited:  # edits committed after the worker read the file
            self.notify(Changes.of_items(edited))

    @property
    def validating(self) -> bool:
        return self._validating
