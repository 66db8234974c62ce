"""Every fsync of a file is on a handle opened for writing.

Windows' fsync (FlushFileBuffers) refuses read-only handles, and this machine is not
Windows, so the test checks each handle's access mode where POSIX would not complain.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from conftest import make_item

from desktop.exchange.exporting import export_catalog
from desktop.store import create_workspace
from desktop.store.files import fsync_dir

fcntl = pytest.importorskip("fcntl")


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every fsync's kind (file or dir); a file handle that cannot write fails the test."""
    seen: list[str] = []
    real_fsync = os.fsync

    def checked_fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            seen.append("dir")
        else:
            mode = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE
            assert mode in (os.O_WRONLY, os.O_RDWR), "fsync on a read-only handle"
            seen.append("file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", checked_fsync)
    return seen


def test_creating_backing_up_and_exporting_sync_writable_handles(
    tmp_path: Path, township, synced: list[str]
):
    with create_workspace(tmp_path / "幸福镇.gkml", township) as workspace:
        workspace.add_items([make_item()])
        workspace.backup()
        export_catalog(workspace, "full", tmp_path / "out")
    assert synced.count("file") >= 3  # the new workspace, its backup, the export
    assert "dir" in synced


@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOTSUP])
def test_a_file_system_that_cannot_sync_folders_is_tolerated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
):
    def refuse(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", refuse)
    fsync_dir(tmp_path)


def test_a_failing_disk_is_not_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def fail(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        fsync_dir(tmp_path)
