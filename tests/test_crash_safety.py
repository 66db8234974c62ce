"""Killing the process at any moment loses no committed edit and never corrupts the file."""

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store import backup as backups
from desktop.store import open_workspace
from tests.conftest import ROOT, make_item

WRITER = """
import sys
from desktop.store import open_workspace
ws = open_workspace(sys.argv[1], daily_backup=False)
item_id = sys.argv[2]
n = int(sys.argv[3])
while True:
    n += 1
    ws.update_item(item_id, content=f"第{n}次修改", status="草稿" if n % 2 else "待审")
    print(n, flush=True)  # reported only after the edit is committed
"""

KILLS = 50


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_no_reported_edit(workspace):
    item = workspace.add_item(make_item(content="第0次修改"))
    path = workspace.path
    workspace.close()
    rng = random.Random(20261125)
    reported = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), item.id, str(reported)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        target = rng.randint(1, 40)
        for _ in range(target):
            line = child.stdout.readline()
            assert line, "the writer stopped before it was killed"
            reported = int(line)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        with open_workspace(path, daily_backup=False) as ws:
            stored = ws.item(item.id)
            done = int(stored.content.removeprefix("第").removesuffix("次修改"))
            assert done >= reported  # the child may have committed more after its last line
            reported = done
            audit_rows = sum(1 for a in ws.audit(item.id) if a.field == "content")
            assert audit_rows == done


BACKER = """
import sys
from pathlib import Path
from desktop.domain import Item
from desktop.store import open_workspace
ws = open_workspace(sys.argv[1], daily_backup=False)
source = Path(sys.argv[2]) if len(sys.argv) > 2 else None
while True:
    if source is None:
        taken = ws.backup("manual")
    else:
        ws.add_item(Item(domain="social-assistance", name="恢复前新增"))
        taken = ws.restore(source)
    print(taken.path, flush=True)  # reported only once the backup (and restore) is complete
"""

BACKUP_KILLS = 25


def kill_during(path, rng, *source) -> list[str]:
    """Run BACKER and kill it at a random moment of a round, after a few reported rounds."""
    child = subprocess.Popen(
        [sys.executable, "-c", BACKER, str(path), *map(str, source)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    reported = [child.stdout.readline().strip()]
    started = time.monotonic()
    reported += [child.stdout.readline().strip() for _ in range(rng.randint(1, 3))]
    assert all(reported), "the child stopped before it was killed"
    round_time = (time.monotonic() - started) / (len(reported) - 1)
    # Anywhere in the next round: the snapshot, its rename, the rotation or the restore.
    time.sleep(rng.uniform(0, round_time))
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    return reported


def assert_no_complete_backup_lost(path, complete: list[Path]) -> None:
    """Every backup under a real name is whole, and a complete backup is gone only if
    ``KEEP`` newer ones are there (the rotation's rule; the child may have finished more
    backups than it reported before the kill)."""
    present = backups.list_backups(path)
    for backup in present:
        backups.check_backup(backup.path)
    names = {backup.path for backup in present}
    for lost in (known for known in complete if known not in names):
        sequence = backups._parse(lost).sequence
        assert sum(1 for backup in present if backup.sequence > sequence) >= backups.KEEP


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_backup_rotation_loses_no_complete_backup(workspace):
    workspace.add_items([make_item(name=f"事项{i}") for i in range(2000)])
    path = workspace.path
    workspace.close()
    rng = random.Random(20261201)
    complete: list[Path] = []
    for _ in range(BACKUP_KILLS):
        complete += [Path(line) for line in kill_during(path, rng)]
        assert_no_complete_backup_lost(path, complete)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_restore_loses_no_backup_and_leaves_one_whole_state(workspace):
    workspace.add_items([make_item(name=f"事项{i}") for i in range(2000)])
    source = workspace.backup("manual").path
    originals = sorted(item.name for item in workspace.items())
    path = workspace.path
    workspace.close()
    rng = random.Random(20261202)
    complete = [source]
    for _ in range(BACKUP_KILLS):
        complete += [Path(line) for line in kill_during(path, rng, source)]
        assert_no_complete_backup_lost(path, complete)
        assert source.exists()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        with open_workspace(path, daily_backup=False) as ws:
            # The backup's content whole, plus what was added since (a kill before the
            # restore committed), never part of each.
            names = [item.name for item in ws.items() if item.name != "恢复前新增"]
            assert sorted(names) == originals


MERGER = """
import sys
from desktop.exchange.merging import apply_merge, plan_merge
from desktop.exchange.packages import read_package
from desktop.store import open_workspace
ws = open_workspace(sys.argv[1], daily_backup=False)
print("start", flush=True)
apply_merge(ws, plan_merge(ws, read_package(sys.argv[2])))
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_a_merge_leaves_the_workspace_before_or_after_it(tmp_path):
    """A merge is one transaction after a backup: killed anywhere, the items are either
    all there or none of them, and the file is whole."""
    from desktop.domain import Unit
    from desktop.exchange.packages import Party, write_package
    from desktop.store import create_workspace

    village = Unit(name="幸福村村民委员会", level="村级", division_code="330102001001")
    with create_workspace(tmp_path / "村.gkml", village) as ws:
        ws.add_items([make_item(name=f"事项{n}", unit_id=village.id) for n in range(3000)])
        package = write_package(ws, tmp_path, Party("", "乡级", "330102001000"))
    township = tmp_path / "镇.gkml"
    town = Unit(name="幸福镇人民政府", level="乡级", division_code="330102001000")
    create_workspace(township, town).close()
    # How long a whole merge takes here, so the kills land all over it.
    start = time.monotonic()
    copy = tmp_path / "量时.gkml"
    copy.write_bytes(township.read_bytes())
    subprocess.run([sys.executable, "-c", MERGER, str(copy), str(package)], cwd=ROOT, check=True)
    span = time.monotonic() - start
    rng = random.Random(20261201)
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", MERGER, str(township), str(package)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline() == "start\n"
        time.sleep(rng.uniform(0, span))  # a random moment of the merge, not a wait
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        conn = sqlite3.connect(township)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count = conn.execute("SELECT count(*) FROM item").fetchone()[0]
        logged = conn.execute("SELECT count(*) FROM package_log").fetchone()[0]
        conn.close()
        assert (count, logged) in ((0, 0), (3000, 1))  # before, or after: never between
        if count:  # merged: start again from an empty township
            township.unlink()
            create_workspace(township, town).close()
