"""Main-window benchmarks on a 100,000-item workspace. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py``.

- open to a drawn window with the first page of the catalog (bar: 1 s);
- a jump to the middle and to the end of the table, each repainted (bar: no stall);
- the background validation of the whole workspace, which fills the findings panel;
- an edit: committed with its badge, then the findings panel catching up (it waits for
  a pause in typing, then swaps in the findings of what changed).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import workspace_with  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.session import ReportView  # noqa: E402


def open_window(path: Path) -> tuple[MainWindow, float]:
    """A window opened on ``path`` and drawn; the seconds that took."""
    window = MainWindow()
    window.resize(1280, 800)
    start = time.perf_counter()
    window.open(path)
    window.show()
    window.grab()
    return window, time.perf_counter() - start


def wait_idle(app: QApplication, window: MainWindow) -> None:
    while window.workers.busy:
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GKML_DATA_DIR"] = tmp
        path = workspace_with(Path(tmp), 100_000)
        with sqlite3.connect(path) as db:  # a catalog half-done: 50,000 findings to show
            db.execute("UPDATE item SET basis = '' WHERE rowid % 2 = 0")
        opens, jumps, validations, edits, catch_ups, full_reports = [], [], [], [], [], []
        for _ in range(5):
            window, seconds = open_window(path)
            opens.append(seconds)
            table = window.form.itemTable
            bar = table.verticalScrollBar()
            for position in (bar.maximum() // 2, bar.maximum()):
                start = time.perf_counter()
                bar.setValue(position)
                table.viewport().grab()
                jumps.append(time.perf_counter() - start)
            start = time.perf_counter()
            wait_idle(app, window)
            validations.append(time.perf_counter() - start + opens[-1])
            findings = window.findings.rowCount()
            for row in range(3):
                item_id = window.catalog.item_id(row * 1000)
                start = time.perf_counter()
                window.editor_panel.edit(item_id, "basis", "")
                edits.append(time.perf_counter() - start)
                start = time.perf_counter()
                window.findings_panel.timer.stop()
                window.findings_panel.catch_up()
                catch_ups.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.findings_panel.show_report(ReportView.of(window.live, window.live.report()))
            full_reports.append(time.perf_counter() - start)
            window.close()
        print(f"open 100,000-item workspace to a drawn window: {statistics.median(opens):.2f} s")
        print(
            f"jump in the table and repaint: median {statistics.median(jumps) * 1000:.0f} ms, "
            f"worst {max(jumps) * 1000:.0f} ms"
        )
        print(
            f"validation in the background done after: {statistics.median(validations):.2f} s "
            f"({findings:,} findings)"
        )
        print(
            f"an edit committed, re-checked and its badge shown: "
            f"median {statistics.median(edits) * 1000:.1f} ms, worst {max(edits) * 1000:.1f} ms"
        )
        print(
            f"the findings panel catching up after it: median "
            f"{statistics.median(catch_ups) * 1000:.0f} ms, worst {max(catch_ups) * 1000:.0f} ms"
        )
        print(
            f"(a full report shown instead, as before: median "
            f"{statistics.median(full_reports) * 1000:.0f} ms)"
        )


def county_tree() -> None:
    """A county's workspace: 100,000 items of ~800 townships and villages, as a tree."""
    from data import county

    from desktop.domain import Unit
    from desktop.store import create_workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GKML_DATA_DIR"] = tmp
        path = Path(tmp) / "county.gkml"
        units, items = county(100_000)
        with create_workspace(path, Unit(name="示范县人民政府", level="县级")) as ws:
            with ws.atomic():
                for unit in units:
                    ws.add_unit(unit)
            ws.add_items(items)
        opens = []
        for _ in range(3):
            window, seconds = open_window(path)
            opens.append(seconds)
            wait_idle(app, window)
            window.close()
        print(
            f"open a county of {len(units)} units, 100,000 items, as a tree: "
            f"{statistics.median(opens):.2f} s"
        )


if __name__ == "__main__":
    main()
    county_tree()
