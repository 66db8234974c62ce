"""Creating and opening workspaces: every check happens before anything is written."""

from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from .. import __version__
from ..domain.model import Unit
from . import backup as backups
from . import schema
from .errors import (
    CorruptWorkspace,
    NotAWorkspace,
    UnexpectedSchema,
    WorkspaceError,
    WorkspaceExists,
)
from .files import SUFFIX, check_workspace_file, connect, fsync_dir, fsync_file, quick_check
from .item_rows import unit_row
from .lock import WorkspaceLock
from .schema_check import check_schema
from .workspace import Workspace, now_iso


class MigrationFailed(WorkspaceError):
    code = "migration-failed"


def open_workspace(path: str | Path, *, daily_backup: bool = True) -> Workspace:
    """Open an existing workspace, upgrading its schema if this build is newer.

    Refuses, with a Chinese message and without writing a byte: a missing path, a
    folder, an empty or truncated file, a non-workspace file, a damaged file, a file
    from a newer build, and a workspace open in another process. At most once a day
    it takes a backup (``daily_backup``), so a bad day can always be undone.
    """
    try:
        check_workspace_file(Path(path))
    except CorruptWorkspace as error:
        raise backups.damaged(error, Path(path)) from error
    # A symbolic link (or a Windows junction) names the same file another process may
    # hold: the lock, the backups and the connection all go by the real file.
    path = Path(path).resolve()
    lock = WorkspaceLock(path)
    lock.acquire()
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = connect(path)
            quick_check(conn, path)
        except CorruptWorkspace as error:
            raise backups.damaged(error, path) from error
        applied = check_schema(conn, path)
        db = Database(conn)
        _upgrade(db, path, applied)
        workspace = Workspace(path, db, lock)
        if daily_backup and backups.backup_due_today(path):
            workspace.backup("open")
        return workspace
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        raise


def create_workspace(path: str | Path, unit: Unit) -> Workspace:
    """Create a new workspace for ``unit`` (the home unit) and open it.

    The file is built under a temporary name and renamed into place, so a crash
    leaves either no workspace or a complete one.
    """
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    if path.exists():
        raise WorkspaceExists(f"{path} 已存在。请换一个文件名，或直接打开它。")
    if not path.parent.is_dir():
        raise NotAWorkspace(f"文件夹 {path.parent} 不存在，无法在那里创建工作区。")
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.creating")
    try:
        conn = connect(temp)
        try:
            db = Database(conn)
            schema.MIGRATIONS.apply(db)
            with db.atomic():
                db["unit"].insert({**unit_row(unit), "is_home": 1})
                db["meta"].insert_all(
                    [
                        {"key": "created_at", "value": now_iso()},
                        {"key": "created_by_version", "value": __version__},
                    ]
                )
        finally:
            conn.close()
        fsync_file(temp)
        os.replace(temp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise NotAWorkspace(f"无法创建工作区 {path}：{exc.strerror or exc}。") from exc
    finally:
        temp.unlink(missing_ok=True)
    return open_workspace(path, daily_backup=False)


def _upgrade(db: Database, path: Path, applied: list[str]) -> None:
    """Apply the migrations a file (already checked against ``applied``) still lacks."""
    if not schema.MIGRATIONS.pending(db):
        return
    if applied:
        backups.take_backup(db.conn, path, "migrate")
    try:
        # One outer transaction: an upgrade over several versions is all or nothing,
        # each migration a savepoint inside it.
        with db.atomic():
            schema.MIGRATIONS.apply(db)
    except sqlite3.Error as exc:
        raise MigrationFailed(
            f"升级工作区 {path} 的结构时出错（{exc}），文件保持原样未被修改。请联系技术支持。"
        ) from exc


def restore_open_workspace(workspace: Workspace, backup_path: str | Path) -> backups.Backup:
    """Bring an open workspace back to a backup on its own connection (the app's 备份与恢复).

    What it holds now is backed up first (reason ``restore``), so a restore is itself
    undone by restoring that backup; a backup taken before a structure upgrade is
    upgraded again at once. Returns the backup of what was replaced.

    Example::

        safety = restore_open_workspace(ws, ws.backups()[0].path)
    """
    safety = workspace.restore(Path(backup_path))
    _upgrade(workspace.db, workspace.path, check_schema(workspace.conn, workspace.path))
    return safety


def restore_workspace(path: str | Path, backup_path: str | Path) -> Path:
    """Bring a workspace back to a backup, even when the workspace itself is damaged.

    A healthy workspace is backed up first and then overwritten through the backup
    API. A damaged or tampered one cannot be opened, so it is renamed aside
    (``….damaged-…``) and the backup copied into its place. Returns where the replaced content went.
    """
    path, backup_path = Path(path).resolve(), Path(backup_path)
    backups.check_backup(backup_path)
    try:
        workspace = open_workspace(path, daily_backup=False)
    except (CorruptWorkspace, NotAWorkspace, UnexpectedSchema):
        # A tampered file is set aside like a damaged one: its own SQL never runs.
        if not path.is_file():
            raise
    else:
        with workspace:
            return workspace.restore(backup_path).path
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        aside = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        os.replace(path, aside)
        temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.restoring")
        conn = sqlite3.connect(str(temp))
        try:
            backups.copy_into(backup_path, conn)
        finally:
            conn.close()
        fsync_file(temp)
        os.replace(temp, path)
        fsync_dir(path.parent)
    finally:
        lock.release()
    return aside
