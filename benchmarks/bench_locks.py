"""How long a clerk's edit waits while a worker reads the workspace (the daily backup).

Run: ``.venv/bin/python benchmarks/bench_locks.py``. With a rollback journal, a
commit waits for every reader's lock to be let go. The backup copies the file in
steps (``backup._PAGES_PER_STEP``) and lets go between them; the reference in the
same run copies it in one step, as ``Connection.backup`` does by default. Edits
are made on the UI thread's connection every 200 ms while a 100,000-item
workspace is backed up; medians of 5 paired runs, with min and max.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import workspace_with  # noqa: E402

from desktop.store import backup, open_workspace  # noqa: E402

RUNS = 5


def worst_wait(path: Path, pages: int) -> float:
    """The longest an edit waited, in seconds, while one backup ran in a worker."""
    shutil.rmtree(backup.backup_dir(path), ignore_errors=True)
    backup._PAGES_PER_STEP = pages
    workspace = open_workspace(path, daily_backup=False)
    try:
        item_id = workspace.item_ids()[0]
        done = threading.Event()

        def work() -> None:
            backup.take_daily_backup(path)
            done.set()

        thread = threading.Thread(target=work)
        thread.start()
        waits, n = [], 0
        while not done.is_set():
            start = time.perf_counter()
            workspace.update_item(item_id, content=f"第{n}次修改")
            waits.append(time.perf_counter() - start)
            n += 1
            time.sleep(0.2)  # an edit as a clerk commits one: on a pause in typing
        thread.join()
        return max(waits)
    finally:
        workspace.close()


def main() -> None:
    shipped = backup._PAGES_PER_STEP
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GKML_DATA_DIR"] = tmp
        path = workspace_with(Path(tmp), 100_000)
        stepped, whole = [], []
        for _ in range(RUNS):
            stepped.append(worst_wait(path, shipped))
            whole.append(worst_wait(path, -1))
    for label, runs in (("in steps (shipped)", stepped), ("in one step (reference)", whole)):
        print(
            f"longest edit wait during the daily backup, {label}: median "
            f"{statistics.median(runs) * 1000:.0f} ms (min {min(runs) * 1000:.0f}, "
            f"max {max(runs) * 1000:.0f})"
        )


if __name__ == "__main__":
    main()
