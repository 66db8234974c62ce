"""Backups through SQLite's backup API, never a file copy.

Copying a live database file can miss its journal and produce a corrupt copy;
the backup API copies a consistent snapshot through the open connection. Each
backup is written to a temp name, fsynced, checked and renamed into place, so a
crash mid-backup never leaves a half file under a real backup's name.

Backups sit beside the workspace in ``<name>.gkml.backups/`` so they travel with it
on a USB stick and a clerk can find them; the newest ten are kept.

"Newest" is the order they were taken in, never the clock: a PC whose clock was set
back, or backups copied from another PC, name times in the future, and ordering by
them once made the rotation delete the backup it had just taken. So each name
carries a sequence number, one more than the highest in the folder:
``<stem>-000012-20261201-093000-123456-import.gkml`` (names from before had none and
count as older than every numbered one).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import CorruptWorkspace
from .files import (
    SUFFIX,
    check_workspace_file,
    fsync_dir,
    fsync_file,
    open_untrusted,
    quick_check,
    remove_stale_temps,
)
from .schema_check import check_schema

KEEP = 10
_PAGES_PER_STEP = 1024
#: A copy in steps starts over when another connection writes between two of them; after
#: this many restarts it is finished in one step, so edits cannot starve a backup.
_MAX_RESTARTS = 3


class _StartedOver(Exception):
    """The stepwise copy started over too often (edits kept landing between steps)."""


def _copy(conn: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Copy ``conn``'s database into ``target`` through the backup API.

    In steps of 4 MiB (1,024 pages of 4 KiB): the read lock is let go between steps, so
    an edit the clerk makes meanwhile commits at once instead of waiting for a county's
    whole file to be copied. SQLite restarts the copy after such an edit (the copy is
    always one committed state); if edits keep coming, the rest is copied in one step.
    """
    seen = {"remaining": -1, "restarts": 0}

    def progress(_status: int, remaining: int, _total: int) -> None:
        if remaining > seen["remaining"] >= 0:
            seen["restarts"] += 1
            if seen["restarts"] > _MAX_RESTARTS:
                raise _StartedOver
        seen["remaining"] = remaining

    try:
        conn.backup(target, pages=_PAGES_PER_STEP, progress=progress)
    except _StartedOver:
        conn.backup(target)


REASONS = {
    "open": "每日打开时",
    "import": "导入前",
    "merge": "合并前",
    "migrate": "升级前",
    "restore": "恢复前",
    "manual": "手动",
}


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    #: The clock of the PC that took it (for the clerk; order goes by ``sequence``).
    taken_at: datetime
    reason: str
    #: Its place in the order backups were taken (0 for unnumbered older names).
    sequence: int = 0

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S}（{REASONS.get(self.reason, self.reason)}）"


def backup_dir(workspace_path: Path) -> Path:
    """Beside the real file: a workspace opened through a link has the same backups."""
    real = workspace_path.resolve()
    return real.with_name(real.name + ".backups")


def take_backup(
    conn: sqlite3.Connection, workspace_path: Path, reason: str, *, keep: Path | None = None
) -> Backup:
    """Snapshot the open workspace into its backup folder and rotate old backups.

    The new backup is numbered after every backup in the folder, so it is the newest
    whatever the clock says; the rotation never deletes it, nor ``keep`` (the backup a
    restore is about to read).

    Example::

        backup = take_backup(workspace.conn, workspace.path, "import")
    """
    if conn.in_transaction:
        # sqlite3's backup() retries forever on a source with uncommitted writes.
        raise RuntimeError("a backup cannot be taken inside an open transaction")
    folder = backup_dir(workspace_path)
    folder.mkdir(exist_ok=True)
    remove_stale_temps(folder, "*.tmp")  # half backups of a run that was killed
    sequence = max((b.sequence for b in list_backups(workspace_path)), default=0) + 1
    taken_at = datetime.now()
    stem = f"{workspace_path.resolve().stem}-{sequence:06d}-{taken_at:%Y%m%d-%H%M%S-%f}-{reason}"
    final = folder / f"{stem}{SUFFIX}"
    temp = folder / f"{stem}.tmp"
    target = sqlite3.connect(str(temp))
    try:
        _copy(conn, target)
        quick_check(target, temp)
    finally:
        target.close()
    fsync_file(temp)
    os.replace(temp, final)
    fsync_dir(folder)
    _rotate(workspace_path, {final, *([keep.resolve()] if keep else [])})
    return Backup(final, taken_at, reason, sequence)


def list_backups(workspace_path: Path) -> list[Backup]:
    """Backups of a workspace, newest first: the order they were taken in.

    Example::

        latest = list_backups(Path("幸福镇.gkml"))[0]  # what ``restore`` uses by default
    """
    folder = backup_dir(workspace_path)
    if not folder.is_dir():
        return []
    backups = [_parse(path) for path in folder.glob(f"*{SUFFIX}")]
    return sorted((b for b in backups if b), key=lambda b: (b.sequence, b.taken_at), reverse=True)


def damaged(error: CorruptWorkspace, workspace_path: Path) -> CorruptWorkspace:
    """``error`` with what to do next: the newest backup by name and time, and the command
    that restores it (the damaged file is set aside, never deleted).

    Example::

        raise damaged(error, path) from error  # “…已损坏。最新的备份是 …恢复方法：…restore …”
    """
    newest = next(iter(list_backups(workspace_path)), None)
    command = f'python main.py restore "{workspace_path}"'
    if newest is None:
        advice = (
            "这个工作区还没有备份可以恢复；如有别处保存的副本（U 盘、共享文件夹），请用那份副本。"
        )
    else:
        advice = (
            f"最新的备份是 {newest.path.name}（{newest.taken_at:%Y-%m-%d %H:%M}，"
            f"{REASONS.get(newest.reason, newest.reason)}）。恢复方法：运行 {command}"
            "（用最新的备份；损坏的文件会改名保留，不会删除）。"
        )
    return CorruptWorkspace(f"{error.message}{advice}", error.location)


def backup_due_today(workspace_path: Path) -> bool:
    today = datetime.now().date()
    return not any(b.taken_at.date() == today for b in list_backups(workspace_path))


def check_backup(source_path: Path) -> None:
    """Refuse to restore from anything that is not a whole, healthy workspace file with
    exactly our schema (a backup folder travels with the workspace, and can be tampered
    with like it)."""
    check_workspace_file(source_path)
    source = open_untrusted(source_path)
    try:
        quick_check(source, source_path)
        check_schema(source, source_path)
    finally:
        source.close()


def copy_into(source_path: Path, conn: sqlite3.Connection) -> None:
    """Replace a database's content with a backup's, inside SQLite's own transaction."""
    check_backup(source_path)
    source = open_untrusted(source_path)
    try:
        source.backup(conn)
    finally:
        source.close()


def _rotate(workspace_path: Path, protected: set[Path]) -> None:
    """Delete all but the newest ``KEEP`` backups, oldest first, sparing ``protected``.

    Each deletion is one unlink of a whole file, so a kill midway leaves more backups
    than ``KEEP``, never a damaged one; the next backup finishes the rotation.
    """
    for old in reversed(list_backups(workspace_path)[KEEP:]):
        if old.path.resolve() not in protected:
            old.path.unlink(missing_ok=True)


def _parse(path: Path) -> Backup | None:
    # <stem>-NNNNNN-YYYYmmdd-HHMMSS-ffffff-<reason>.gkml, or without the sequence number
    # (older builds); the workspace stem may hold dashes.
    parts = path.stem.rsplit("-", 5)
    numbered = len(parts) == 6 and len(parts[1]) >= 6 and parts[1].isascii() and parts[1].isdigit()
    if not numbered:
        parts = path.stem.rsplit("-", 4)
        if len(parts) != 5:
            return None
    *_, day, time, micro, reason = parts
    try:
        taken_at = datetime.strptime(f"{day}{time}{micro}", "%Y%m%d%H%M%S%f")
    except ValueError:
        return None
    return Backup(path, taken_at, reason, int(parts[1]) if numbered else 0)


def take_daily_backup(workspace_path: Path) -> Backup | None:
    """The first-open-of-the-day backup, on a connection of its own.

    For the app, which opens without it and calls this from a worker thread: a
    100,000-item workspace takes ~1 s to back up, which must not hold up the window.
    """
    if not backup_due_today(workspace_path):
        return None
    conn = open_untrusted(workspace_path, timeout=30)
    try:
        return take_backup(conn, workspace_path, "open")
    finally:
        conn.close()
