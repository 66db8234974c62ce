import subprocess
import sys
from datetime import datetime

from desktop.store import backup as backups
from desktop.store import open_workspace, restore_workspace
from tests.conftest import ROOT, make_item


def dump(ws) -> list[str]:
    """The whole database as SQL text: equal dumps mean identical workspaces."""
    return list(ws.conn.iterdump())


def test_backup_restores_to_an_identical_workspace(workspace):
    workspace.add_items([make_item(name=f"事项{i}") for i in range(5)])
    snapshot = dump(workspace)
    taken = workspace.backup()
    item = workspace.items()[0]
    workspace.update_item(item.id, name="改过的名称")
    workspace.delete_item(workspace.items()[1].id)
    assert dump(workspace) != snapshot
    safety = workspace.restore(taken.path)
    assert dump(workspace) == snapshot
    # What was replaced is itself kept as a backup.
    with open_workspace(safety.path, daily_backup=False) as before_restore:
        assert before_restore.items()[0].name == "改过的名称"


def test_backups_are_rotated_to_the_newest_ten(workspace):
    for _ in range(12):
        workspace.backup("import")
    kept = workspace.backups()
    assert len(kept) == backups.KEEP == 10
    assert kept == sorted(kept, key=lambda b: b.taken_at, reverse=True)
    assert not list(backups.backup_dir(workspace.path).glob("*.tmp"))


def test_opening_backs_up_at_most_once_a_day(workspace):
    path = workspace.path
    workspace.close()
    for _ in range(3):
        with open_workspace(path) as ws:
            pass
    with open_workspace(path) as ws:
        assert [b.reason for b in ws.backups()] == ["open"]
        assert ws.backups()[0].taken_at.date() == datetime.now().date()


def test_a_damaged_workspace_is_restored_and_the_damaged_file_kept_aside(workspace):
    workspace.add_item(make_item(name="要找回的事项"))
    taken = workspace.backup()
    path = workspace.path
    workspace.close()
    path.write_bytes(path.read_bytes()[:2048])  # truncated, e.g. by a failing USB stick
    aside = restore_workspace(path, taken.path)
    assert aside.exists() and aside.stat().st_size == 2048
    with open_workspace(path) as ws:
        assert [i.name for i in ws.items()] == ["要找回的事项"]


def test_restore_command_uses_the_newest_backup(workspace):
    workspace.add_item(make_item(name="备份时已有"))
    workspace.backup()
    workspace.add_item(make_item(name="备份后新增"))
    path = workspace.path
    workspace.close()
    listing = subprocess.run(
        [sys.executable, "main.py", "backups", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0 and "手动" in listing.stdout
    result = subprocess.run(
        [sys.executable, "main.py", "restore", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "已用备份" in result.stdout
    with open_workspace(path) as ws:
        assert [i.name for i in ws.items()] == ["备份时已有"]


def test_restore_refuses_a_backup_that_is_not_a_workspace(workspace, tmp_path):
    bogus = tmp_path / "bogus.gkml"
    bogus.write_text("not a database")
    before = dump(workspace)
    path = workspace.path
    workspace.close()
    result = subprocess.run(
        [sys.executable, "main.py", "restore", str(path), "--backup", str(bogus)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "不是工作区" in result.stderr
    with open_workspace(path) as ws:
        assert dump(ws) == before


class _SetBack(datetime):
    """The clock of a PC set back to 2020 (or one a backup folder came from)."""

    @classmethod
    def now(cls, tz=None):
        return cls(2020, 1, 2, 3, 4, 5)


def test_a_clock_set_back_never_loses_the_backup_just_taken(workspace, monkeypatch):
    for _ in range(backups.KEEP):
        workspace.backup("import")
    workspace.add_item(make_item(name="时钟回拨后"))
    monkeypatch.setattr(backups, "datetime", _SetBack)
    taken = workspace.backup("manual")
    kept = workspace.backups()
    assert taken.path.exists() and kept[0] == taken and len(kept) == backups.KEEP
    assert kept[0].taken_at < kept[1].taken_at  # newest by the order taken, not by the clock
    path = workspace.path
    workspace.close()
    result = subprocess.run(
        [sys.executable, "main.py", "restore", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert taken.path.name in result.stdout


def test_unnumbered_backups_dated_in_the_future_count_as_older(workspace):
    folder = backups.backup_dir(workspace.path)
    first = workspace.backup("manual")
    future = folder / "幸福镇-20991231-235959-000000-import.gkml"
    first.path.rename(future)
    taken = workspace.backup("import")
    assert [b.path for b in workspace.backups()] == [taken.path, future]


def test_restoring_the_oldest_of_a_full_folder_keeps_it_until_it_is_read(workspace):
    workspace.add_item(make_item(name="最早的备份"))
    oldest = workspace.backup("manual")
    workspace.add_item(make_item(name="之后新增"))
    for _ in range(backups.KEEP - 1):
        workspace.backup("import")
    workspace.restore(oldest.path)
    assert [i.name for i in workspace.items()] == ["最早的备份"]
