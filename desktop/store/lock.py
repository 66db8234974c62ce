"""One process per workspace: an OS file lock next to the workspace file.

The lock is an OS-level lock (fcntl/msvcrt through ``filelock``), so it vanishes
with the process: a crash never leaves a workspace locked for good.
"""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import WorkspaceLocked


class WorkspaceLock:
    def __init__(self, workspace_path: Path) -> None:
        # Hidden, and left in place after release: deleting a lock file another process
        # has just opened would let two processes each lock a different file. Beside the
        # real file, never beside a link to it, for the same reason.
        real = workspace_path.resolve()
        self.path = real.with_name(f".{real.name}.lock")
        self.workspace_path = workspace_path
        self._lock = FileLock(self.path, timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
            hide(self.path)
        except Timeout as exc:
            raise WorkspaceLocked(
                f"工作区 {self.workspace_path} 已在另一个窗口或程序中打开。"
                "请先关闭那里的工作区，再在这里打开。"
            ) from exc
        except OSError as exc:
            raise WorkspaceLocked(
                f"无法锁定工作区 {self.workspace_path}（{exc.strerror}）。请确认文件夹可写。"
            ) from exc

    def release(self) -> None:
        self._lock.release()


#: Windows' FILE_ATTRIBUTE_HIDDEN: the dot in the name hides the lock file elsewhere.
_HIDDEN = 0x2


def hide(path: Path) -> None:
    """Hide the lock file on Windows too, where a leading dot hides nothing; a clerk who
    sees it in Explorer might delete or copy it. Elsewhere (and on failure) nothing."""
    if os.name != "nt":
        return
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is not None:
        windll.kernel32.SetFileAttributesW(str(path), _HIDDEN)
