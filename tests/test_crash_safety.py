"""Killing the process at any moment loses no committed edit and never corrupts the file."""

import random
import signal
import sqlite3
import subprocess
import sys

import pytest

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
