"""A consistent copy of a workspace in memory, for commands that only read.

`info`, `validate`, `print` and a full-backup `export` must work while the app has
the workspace open (a clerk checks a file from the command line, a county's script
exports every night). They cannot take the one-writer lock, and they must not hold
a read lock on the file for their whole run either: with a rollback journal that
would make the app's next edit wait. So the file is copied through SQLite's backup
API, in steps that each let go of the lock (a change made meanwhile restarts the
copy, so the copy is always one committed state), and the command reads the copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from . import schema
from .backup import damaged
from .errors import CorruptWorkspace
from .files import check_workspace_file, connect, quick_check
from .schema_check import check_schema
from .workspace import Workspace

#: Pages copied per step (4 MiB at 4 KiB pages): the lock is let go between steps.
_PAGES_PER_STEP = 1024


def open_snapshot(path: str | Path) -> Workspace:
    """The workspace at ``path`` as one committed state, in memory, without its lock.

    Refuses what :func:`open_workspace` refuses (not a workspace, damaged, newer, a
    schema not exactly ours), but not a workspace that is open elsewhere. An older
    workspace is upgraded in the copy only; the file is never written. Writes to the
    copy are lost when it is closed, which is what a read-only command wants.

    Example::

        with open_snapshot("幸福镇.gkml") as snapshot:  # while the app has it open
            print(len(snapshot.items()))
    """
    path = Path(path)
    try:
        check_workspace_file(path)
    except CorruptWorkspace as error:
        raise damaged(error, path) from error
    copy = sqlite3.connect(":memory:")
    copy.execute("PRAGMA trusted_schema=OFF")
    try:
        source = connect(path, read_only=True, worker=True)
        try:
            source.backup(copy, pages=_PAGES_PER_STEP)
        except sqlite3.DatabaseError as exc:
            raise damaged(CorruptWorkspace(f"{path} 已损坏，内容无法读取。"), path) from exc
        finally:
            source.close()
        try:
            quick_check(copy, path)
        except CorruptWorkspace as error:
            raise damaged(error, path) from error
        # The copy is the file's schema too: its triggers would fire on the upgrade below.
        check_schema(copy, path)
        db = Database(copy)
        if schema.MIGRATIONS.pending(db):
            with db.atomic():
                schema.MIGRATIONS.apply(db)
    except BaseException:
        copy.close()
        raise
    return Workspace(path, db, None)
