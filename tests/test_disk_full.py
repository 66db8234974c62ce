"""A full disk during import or export (issue 15, point 11): nothing is lost, the clerk
reads 磁盘空间不足 with the path (exit 2, or the same sentence in the window), and the temp
files a killed write left behind are cleaned up on the next write."""

from __future__ import annotations

import errno
import os
import time

from catalog_files import upload_row, write_csv
from conftest import make_item, tree_state

from desktop.cli import main
from desktop.exchange import xlsx_stream
from desktop.store import files, open_workspace


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_an_export_on_a_full_disk_keeps_the_old_file_and_says_so(
    workspace, tmp_path, capsys, monkeypatch
):
    workspace.add_items([make_item(name=f"事项{n}") for n in range(20)])
    target = str(workspace.path)
    workspace.close()
    out = tmp_path / "out"
    assert main(["export", "--workspace", target, "--profile", "full", "--out", str(out)]) == 0
    assert len(list(out.iterdir())) == 1
    before = tree_state(out)
    capsys.readouterr()
    monkeypatch.setattr(xlsx_stream.StreamWorkbook, "add_sheet", _no_space)
    assert main(["export", "--workspace", target, "--profile", "full", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "磁盘空间不足" in err and str(out) in err and "Traceback" not in err
    assert tree_state(out) == before  # the old export whole, no temp file left


def test_a_full_disk_at_the_fsync_is_told_the_same_way(workspace, tmp_path, capsys, monkeypatch):
    workspace.add_item(make_item())
    target = str(workspace.path)
    workspace.close()
    monkeypatch.setattr(files, "fsync_file", _no_space)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "--workspace", target, "--profile", "full", "--out", str(out)]) == 2
    assert "磁盘空间不足" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_an_import_that_fills_the_disk_stores_nothing(workspace, tmp_path, capsys, monkeypatch):
    """SQLite's "database or disk is full" (SQLITE_FULL), made real by capping the
    workspace's pages at what it has: the import's transaction rolls back."""
    workspace.add_item(make_item())
    target = workspace.path
    workspace.close()
    real = files.connect

    def capped(path, *, read_only=False, worker=False):
        conn = real(path, read_only=read_only, worker=worker)
        if not read_only:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count={pages}")
        return conn

    monkeypatch.setattr(files, "connect", capped)
    monkeypatch.setattr("desktop.store.opening.connect", capped, raising=False)
    monkeypatch.setattr("desktop.store.workspace.connect", capped, raising=False)
    rows = [
        upload_row("社会救助", "最低生活保障", f"指南{n}", content="长" * 3000) for n in range(200)
    ]
    source = write_csv(tmp_path / "a.csv", rows)
    assert main(["import", str(source), "--workspace", str(target)]) == 2
    err = capsys.readouterr().err
    assert "磁盘空间不足" in err and str(target) in err and "Traceback" not in err
    monkeypatch.undo()
    with open_workspace(target, daily_backup=False) as reopened:
        assert [item.name for item in reopened.items()] == ["办事指南"]


def test_a_worker_on_a_full_disk_tells_the_window(qtbot, workspace):
    from desktop.ui.session import WorkspaceSession
    from desktop.ui.workers import Workers

    path = workspace.path
    workspace.close()
    session = WorkspaceSession.open(path, Workers())
    messages: list[str] = []
    session.background(lambda _workspace, _worker: _no_space(), print, messages.append)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0].startswith("磁盘空间不足") and str(path) in messages[0]
    session.close()


def test_an_edit_on_a_full_disk_is_refused_with_the_sentence(qtbot, workspace):
    from desktop.ui.session import WorkspaceSession
    from desktop.ui.workers import Workers

    path = workspace.path
    workspace.close()
    session = WorkspaceSession.open(path, Workers())
    refused: list[str] = []
    session.refused.connect(refused.append)
    assert not session.write(lambda _workspace: _no_space())
    assert refused and refused[0].startswith("磁盘空间不足") and str(path) in refused[0]
    session.close()


def test_temp_files_of_a_killed_write_are_removed_by_the_next(workspace, tmp_path):
    workspace.add_item(make_item())
    out = tmp_path / "out"
    out.mkdir()
    from desktop.exchange.exporting import export_catalog

    [first] = export_catalog(workspace, "full", out).files
    stale = out / f".幸福镇-上传格式-20261101-093000-k1ll3d{files.TEMP_SUFFIX}"
    running = out / f".{first.stem}-st1ll{files.TEMP_SUFFIX}"
    someone_elses = out / ".draft-k1ll3d.tmp"
    for path in (stale, running, someone_elses):
        path.write_bytes(b"half an export")
    old = time.time() - files.STALE_TEMP_SECONDS - 60
    for path in (stale, someone_elses):
        os.utime(path, (old, old))
    export_catalog(workspace, "full", out)
    assert not stale.exists()
    assert running.exists()  # another write may still be filling it
    assert someone_elses.exists()  # not ours to delete


def test_half_backups_of_a_killed_backup_are_removed_by_the_next(workspace):
    from desktop.store.backup import backup_dir

    folder = backup_dir(workspace.path)
    folder.mkdir(exist_ok=True)
    half = folder / "幸福镇-000007-20261101-093000-000000-open.tmp"
    half.write_bytes(b"half a backup")
    old = time.time() - files.STALE_TEMP_SECONDS - 60
    os.utime(half, (old, old))
    workspace.backup("manual")
    assert not half.exists()
    assert len(list(folder.glob("*.gkml"))) == 1
