"""User actions as small functions over the session: the store's work, and what changed.

Each one runs its store (or exchange) work through :class:`WorkspaceSession`, which
commits it on the connection's owner and sends the returned :class:`Changes` to
every view on one signal. No widget is touched here, so undo commands, menus and
tests all call the same functions (Anki's ``aqt/operations``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..domain.model import Item, Unit
from ..exchange.exporting import ExportResult, export_catalog
from ..exchange.importing import ImportPlan, ImportResult, apply_import
from ..store import Backup, Workspace
from ..store.batches import Decision, decide_batch
from ..store.changes import Changes
from ..store.checking import set_freshness_days
from ..store.opening import restore_open_workspace
from ..store.units import remove_unit as remove_unit_items
from .session import WorkspaceSession
from .workers import Worker


def edit_item(session: WorkspaceSession, item_id: str, changes: dict[str, object]) -> None:
    """Set fields of one item; one commit."""
    session.edit(item_id, changes)


def set_statuses(session: WorkspaceSession, statuses: dict[str, str]) -> None:
    """Give each item its status (a reviewer marking items 已审), in one transaction."""

    def write(workspace: Workspace) -> Changes:
        with workspace.atomic():
            for item_id, status in statuses.items():
                workspace.update_item(item_id, status=status)
        return Changes.of_items(statuses)

    session.write(write)


def add_items(session: WorkspaceSession, items: list[Item]) -> None:
    """Add items (ids are the items' own, known before the commit)."""

    def write(workspace: Workspace) -> Changes:
        workspace.add_items(items)
        return Changes.of_items((item.id for item in items), rows=True)

    session.write(write)


def set_deleted(session: WorkspaceSession, item_ids: Iterable[str], deleted: bool) -> None:
    """To the recycle bin (``deleted``) or back out of it, in one transaction."""
    ids = list(item_ids)

    def write(workspace: Workspace) -> Changes:
        with workspace.atomic():
            for item_id in ids:
                if deleted:
                    workspace.delete_item(item_id)
                else:
                    workspace.restore_item(item_id)
        return Changes.of_items(ids, rows=True)

    session.write(write)


def remove_unit(session: WorkspaceSession, unit_id: str) -> list[str]:
    """A sub-unit's items to the recycle bin (one transaction); returns their ids, to
    put back with :func:`set_deleted` (undo), or [] when the store refused."""
    removed: list[str] = []

    def write(workspace: Workspace) -> Changes:
        removed.extend(remove_unit_items(workspace, unit_id))
        return Changes.of_items(removed, rows=True) | Changes(units=True)

    session.write(write)
    return removed


def restore_backup(session: WorkspaceSession, backup_path) -> Backup | None:
    """Bring the workspace back to a backup (e.g. undo an import), on the UI's connection.

    Chosen over closing and reopening the window's workspace: the lock is never let
    go (no other program can open the file in between), and the views, which hold
    the session, reload from ``Changes.everything()`` as after an import. Nothing
    happens (None) while a long write runs or when the store refuses the backup
    (the session says why); the undo history is cleared, since what it
    would put back belongs to the content that was replaced. Returns the backup of
    that content (so the restore itself can be undone the same way).
    """
    if session.busy:
        return None
    taken: list[Backup] = []

    def write(workspace: Workspace) -> Changes:
        taken.append(restore_open_workspace(workspace, backup_path))
        return Changes.everything()

    session.write(write)
    if taken:
        session.undo_stack.clear()
    return taken[0] if taken else None


def confirm_items(session: WorkspaceSession, item_ids: Iterable[str]) -> None:
    """Record that items were checked today and are still true (动态调整)."""
    ids = list(item_ids)

    def write(workspace: Workspace) -> Changes:
        workspace.confirm_items(ids)
        return Changes.of_items(ids)

    session.write(write)


def decide_batch_state(session: WorkspaceSession, batch_id: int, accepted: bool) -> Decision | None:
    """The province's answer to an upload batch; accepted turns its items 已上传 (the
    catalog shows the new statuses). None while a long write runs or when refused
    (the session says why: not an upload, already decided)."""
    decided: list[Decision] = []

    def write(workspace: Workspace) -> Changes:
        decided.append(decide_batch(workspace, batch_id, accepted=accepted))
        return Changes.of_items(decided[0].uploaded)

    session.write(write)
    return decided[0] if decided else None


def update_unit(session: WorkspaceSession, unit: Unit, freshness: int) -> None:
    """本单位信息: name, division code, contact and the review period."""

    def write(workspace: Workspace) -> Changes:
        with workspace.atomic():
            workspace.update_unit(
                unit.id, name=unit.name, division_code=unit.division_code, contact=unit.contact
            )
            set_freshness_days(workspace, freshness)
        return Changes(units=True, settings=True)

    session.write(write)


def declare_out_of_scope(session: WorkspaceSession, code: str, reason: str) -> bool:
    """未涉及 with a reason; False when the store refused it (an empty reason)."""

    def write(workspace: Workspace) -> Changes:
        workspace.declare_out_of_scope(code, reason)
        return Changes(domains=frozenset({code}), settings=True)

    changes = session.write(write)
    return changes is None or bool(changes)


def import_plan(
    session: WorkspaceSession,
    plan: ImportPlan,
    done: Callable[[ImportResult], None],
    failed: Callable[[str], None],
) -> Worker:
    """Write a previewed import (a backup, then one transaction) on a worker's writer.

    Edits the clerk makes meanwhile wait and commit after it, succeeded or failed;
    they can never join its transaction. Every view reloads when it has landed.
    """

    def landed(result: ImportResult) -> None:
        session.notify(Changes.everything())
        done(result)

    return session.background(
        lambda workspace, worker: apply_import(workspace, plan, cancelled=lambda: worker.cancelled),
        landed,
        failed,
        write=True,
    )


def export(
    session: WorkspaceSession,
    profile: str,
    folder,
    *,
    domain: str | None,
    changed_only: bool,
    done: Callable[[ExportResult], None],
    failed: Callable[[str], None],
    progress: Callable[[int, int], None] | None = None,
    confirm_missing: int | None = None,
) -> Worker:
    """Export in a worker (its batch record is a write); statuses change only when the
    clerk confirms the batch was accepted (:func:`decide_batch_state`).

    ``confirm_missing``: the number of missing guideline items the clerk accepted."""

    def work(workspace: Workspace, worker: Worker) -> ExportResult:
        return export_catalog(
            workspace,
            profile,
            folder,
            domain=domain,
            changed_only=changed_only,
            confirm_missing=confirm_missing,
            progress=worker.report,
            cancelled=lambda: worker.cancelled,
        )

    worker = session.background(work, done, failed, write=True)
    if progress is not None:
        worker.signals.progress.connect(progress)
    return worker
