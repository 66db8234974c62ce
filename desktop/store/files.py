"""Recognising a workspace file before SQLite touches it, and connecting to it.

SQLite happily "opens" an xlsx or an empty file and only fails later, or worse,
turns an empty file into a new database. So the header is read first: a real
workspace starts with the SQLite magic, carries our application id and is as long
as its header says.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import CorruptWorkspace, DiskFull, NotAWorkspace
from .schema import APPLICATION_ID

SUFFIX = ".gkml"
_log = logging.getLogger(__name__)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
#: What a file system answers when it cannot sync a directory (EOPNOTSUPP differs from
#: ENOTSUP on macOS and BSD).
_FSYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})
#: No space left on the device, or over the user's quota (network shares).
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
#: A temp file untouched this long was left by a write that was killed: every write of
#: ours (a county's export, a backup) is done in seconds, and touches its file meanwhile.
STALE_TEMP_SECONDS = 15 * 60
#: How our temp files end, so a later write finds those a killed one left (export names
#: carry a time, so the next export's own name never matches the last one's).
TEMP_SUFFIX = ".gkml-part.tmp"


def check_workspace_file(path: Path) -> None:
    """Raise a clear error unless ``path`` looks like a whole workspace file."""
    if not path.exists():
        raise NotAWorkspace(f"找不到工作区文件：{path}。请检查路径，或用“新建”创建工作区。")
    if path.is_dir():
        raise NotAWorkspace(f"{path} 是一个文件夹，不是工作区文件（.gkml）。")
    size = path.stat().st_size
    if size == 0:
        raise NotAWorkspace(f"{path} 是空文件（0 字节），不是工作区。")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(_SQLITE_MAGIC):
        if header.startswith(_ZIP_MAGIC):
            kind = "这是一个 Excel（xlsx）或其他压缩格式的文件"
            hint = "如需把表格中的事项导入工作区，请使用“导入”。"
        elif header.startswith(_OLE_MAGIC):
            kind = "这是一个旧版 Office（xls/doc/et）文件"
            hint = "请先另存为 .xlsx，再用“导入”。"
        else:
            kind = "文件内容不是工作区格式"
            hint = "请确认选择的是 .gkml 工作区文件。"
        raise NotAWorkspace(f"{path} 不是工作区：{kind}。{hint}")
    if len(header) < 100:
        raise CorruptWorkspace(f"{path} 已损坏（文件头不完整）。")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkspace(f"{path} 是一个 SQLite 数据库，但不是本工具的工作区。")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if size < page_size * pages:
        raise CorruptWorkspace(
            f"{path} 已损坏：文件被截断（应有 {page_size * pages} 字节，实有 {size} 字节）。"
        )


#: How long a connection waits for another's lock before it gives up, in seconds.
#: Each connection has one owner thread; with a rollback journal a reader waits while a
#: writer commits, and a writer's commit waits for readers to finish their statement.
#: Readers fetch in one statement and let go (< 0.5 s at county size), edits commit in
#: ~1 ms, and a long write holds only RESERVED (readers go on) until its commit; so the
#: UI thread's connection waits at most a commit, and never for the length of an import.
UI_BUSY_TIMEOUT = 5.0
#: Workers may wait for the UI's edits and for each other far longer without anyone noticing.
WORKER_BUSY_TIMEOUT = 60.0
#: A long write (an import, a merge) keeps its pages in memory until it commits (64 MiB),
#: so it does not spill to the file early and lock readers out for its whole length.
_LONG_WRITE_CACHE_KIB = 65536


def connect(path: Path, *, read_only: bool = False, worker: bool = False) -> sqlite3.Connection:
    """A connection for one thread (sqlite3 refuses use from any other thread: no connection
    is ever handed from one thread to another).

    - ``journal_mode=DELETE`` (rollback journal), not WAL: workspaces live on office
      PCs, USB sticks and network shares, where WAL's shared memory does not work,
      and a rollback journal needs no side files when a user copies the workspace.
    - ``synchronous=FULL``: every commit reaches the disk before the UI reports the
      edit as saved; at ~1 ms a commit it costs nothing a clerk can notice.
    - ``read_only``: SQLite refuses every write on it (``mode=ro``), for workers that
      validate, plan an import or back up while the UI edits.
    - ``worker``: a worker's connection waits longer for locks (see the timeouts above)
      and, when it writes, keeps a long transaction in memory until it commits.
    - ``trusted_schema=OFF``: the file is untrusted, so its views and triggers may not call
      functions with side effects (``schema_check`` refuses any view or trigger of its own).
    """
    timeout = WORKER_BUSY_TIMEOUT if worker else UI_BUSY_TIMEOUT
    if read_only:
        conn = open_untrusted(path, timeout=timeout)
        conn.execute("PRAGMA query_only=ON")
        return conn
    conn = sqlite3.connect(str(path), timeout=timeout)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        if worker:
            conn.execute(f"PRAGMA cache_size=-{_LONG_WRITE_CACHE_KIB}")
    except sqlite3.DatabaseError as exc:
        # A damaged first page fails already here (setting the journal mode reads it).
        conn.close()
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        raise CorruptWorkspace(f"{path} 已损坏。请从备份恢复。") from exc
    return conn


def open_untrusted(path: Path, *, timeout: float = UI_BUSY_TIMEOUT) -> sqlite3.Connection:
    """A read-only connection to a file nobody has vouched for (a backup, a worker's reader).

    Example::

        conn = open_untrusted(Path("幸福镇.gkml.backups/幸福镇-….gkml"))
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check`` (ms on a 12 MB file); a damaged file may raise instead of answer.

    SQLite's own words (page numbers, "database disk image is malformed") go to the log
    for whoever repairs it; the clerk reads that the file is damaged.
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        _log.warning("quick_check of %s failed: %s", path, exc)
        raise CorruptWorkspace(f"{path} 已损坏，内容无法读取。") from exc
    if [tuple(row) for row in rows] != [("ok",)]:
        _log.warning("quick_check of %s: %s", path, "; ".join(str(row[0]) for row in rows[:3]))
        raise CorruptWorkspace(f"{path} 已损坏，其中的数据前后不一致。")


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk before it is renamed into place.

    The handle is opened for writing: on Windows ``os.fsync`` is ``FlushFileBuffers``,
    which refuses a read-only handle, so every new workspace, backup and export would
    fail there.
    """
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync.

    A directory can only be opened read-only, which POSIX fsync accepts; some file
    systems (network shares, FAT on USB sticks) refuse to sync a directory at all, and
    then the rename is as durable as that file system makes it.
    """
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc``, or an error it was raised from (XlsxWriter wraps the OSError in its
    own), says the disk is full: an OSError's errno, or SQLite's SQLITE_FULL.

    >>> is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    True
    """
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
            return True
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def disk_full(path: Path | str) -> DiskFull:
    """The sentence for a write to ``path`` that found no room."""
    return DiskFull(
        f"磁盘空间不足，无法写入 {path}。原有的文件和工作区都没有改动；"
        "请清理这个磁盘（或换一个有空间的位置）后重试。"
    )


def remove_stale_temps(folder: Path, pattern: str) -> list[Path]:
    """Delete the temp files matching ``pattern`` in ``folder`` that a killed write left
    behind (untouched for ``STALE_TEMP_SECONDS``); a write still running keeps its own."""
    removed = []
    deadline = time.time() - STALE_TEMP_SECONDS
    for path in Path(folder).glob(pattern):
        try:
            if path.is_file() and path.stat().st_mtime < deadline:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone meanwhile, or not ours to delete: it is only clutter
    return removed


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temp path beside ``target``; when the block succeeds it is fsynced and renamed over
    ``target``, so a crash or kill mid-write leaves the old file whole (and no half file).

    A full disk, in the block or at the fsync, raises :class:`DiskFull` naming ``target``;
    temp files that killed writes left in the folder are deleted first. The temp file
    gets the mode any new file gets (0666 less the umask, e.g. 0644), not ``mkstemp``'s
    0600: an exported catalog on a shared folder is for colleagues to read.

    Example::

        with atomic_output(Path("幸福镇-上传.xlsx")) as temp:
            temp.write_bytes(data)
    """
    target = Path(target)
    remove_stale_temps(target.parent, f".*{TEMP_SUFFIX}")
    try:
        temp = _new_temp(target)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(target) from exc
        raise
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
        fsync_dir(target.parent)
    except Exception as exc:
        if is_disk_full(exc):
            raise disk_full(target) from exc
        raise
    finally:
        temp.unlink(missing_ok=True)


def _new_temp(target: Path) -> Path:
    """A new, empty, uniquely named file beside ``target``, created with the umask's mode."""
    for _ in range(100):
        temp = target.parent / f".{target.stem}-{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(errno.EEXIST, "没有可用的临时文件名", str(target.parent))
