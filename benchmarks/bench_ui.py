"""Main-window benchmarks on a 100,000-item workspace. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py``.

- open to a drawn window with the first page of the catalog (bar: 1 s);
- a jump to the middle and to the end of the table, each repainted (bar: no stall);
- the background validation of the whole workspace, which fills the findings panel.
"""

from __future__ import annotations

import os
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


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GKML_DATA_DIR"] = tmp
        path = workspace_with(Path(tmp), 100_000)
        opens, jumps, validations = [], [], []
        for _ in range(5):
            window = MainWindow()
            window.resize(1280, 800)
            start = time.perf_counter()
            window.open(path)
            window.show()
            window.grab()
            opens.append(time.perf_counter() - start)
            table = window.form.itemTable
            bar = table.verticalScrollBar()
            for position in (bar.maximum() // 2, bar.maximum()):
                start = time.perf_counter()
                bar.setValue(position)
                table.viewport().grab()
                jumps.append(time.perf_counter() - start)
            start = time.perf_counter()
            while window.workers.busy:
                app.processEvents()
                time.sleep(0.005)
            validations.append(time.perf_counter() - start + opens[-1])
            window.close()
        print(f"open 100,000-item workspace to a drawn window: {statistics.median(opens):.2f} s")
        print(
            f"jump in the table and repaint: median {statistics.median(jumps) * 1000:.0f} ms, "
            f"worst {max(jumps) * 1000:.0f} ms"
        )
        print(f"validation in the background done after: {statistics.median(validations):.2f} s")


if __name__ == "__main__":
    main()
