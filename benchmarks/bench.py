"""Benchmarks of the foundation, on generated data. Run: ``.venv/bin/python benchmarks/bench.py``.

Prints the median of several runs for each measurement; compare with the floors
in ``shared/reference/engineering-facts.md``. Nothing here is a test: numbers go
into issue notes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain import Item, Unit  # noqa: E402
from desktop.store import create_workspace, open_workspace  # noqa: E402

CONTENT = "办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间、地点、联系方式" * 3


def median_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generated_items(count: int) -> list[Item]:
    domains = ("social-assistance", "elderly-care", "employment", "health", "taxation")
    return [
        Item(
            domain=domains[i % len(domains)],
            level1=f"一级事项{i % 37}",
            name=f"事项{i}",
            content=CONTENT,
            basis="《中华人民共和国政府信息公开条例》、《社会救助暂行办法》",
            time_limit="信息形成或变更之日起20个工作日内",
            subject="示范镇人民政府",
            channels=("政府网站", "公开查阅点", "社区/企事业单位/村公示栏(电子屏)"),
            audience="全社会",
            method="主动",
            levels=("县级", "乡级"),
        )
        for i in range(count)
    ]


def workspace_with(folder: Path, count: int) -> Path:
    path = folder / f"bench-{count}.gkml"
    with create_workspace(path, Unit(name="示范镇人民政府", level="乡级")) as ws:
        ws.add_items(generated_items(count))
    return path


def main() -> None:
    from desktop.domain import templates

    print("templates: load all bundled (cold, parse only)")
    load = median_of(7, lambda: templates.load_templates(templates.BUNDLED_DIR))
    print(f"  {load * 1000:.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counter = iter(range(10**6))

        def create() -> None:
            path = folder / f"new-{next(counter)}.gkml"
            create_workspace(path, Unit(name="示范镇人民政府", level="乡级")).close()

        print(f"create a workspace: {median_of(7, create) * 1000:.1f} ms")

        path = workspace_with(folder, 100)
        with open_workspace(path, daily_backup=False) as ws:
            item = ws.items()[0]
            n = iter(range(10**6))
            per_edit = median_of(200, lambda: ws.update_item(item.id, content=f"改{next(n)}"))
            print(f"one edit (update + audit, committed, FULL sync): {per_edit * 1000:.2f} ms")

        start = time.perf_counter()
        workspace_with(folder, 10_000)
        print(f"add 10,000 items in one transaction: {time.perf_counter() - start:.2f} s")

        big = workspace_with(folder, 100_000)
        size = big.stat().st_size / 2**20
        print(f"100,000-item workspace: {size:.0f} MB")
        print(
            "open it (checks + quick_check), no backup: "
            f"{median_of(5, lambda: open_workspace(big, daily_backup=False).close()) * 1000:.0f} ms"
        )
        with open_workspace(big, daily_backup=False) as ws:
            print(
                f"  its daily backup (backup API + fsync + check): "
                f"{median_of(3, lambda: ws.backup('open')) * 1000:.0f} ms"
            )
            fields = ("seq", "level1", "name", "content", "channels", "levels")
            print(
                f"  read the table columns of all items: "
                f"{median_of(5, lambda: ws.item_table(fields)) * 1000:.0f} ms"
            )

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GKML_DATA_DIR": str(folder / "d")}
        shot = folder / "shot.png"

        def start_gui() -> None:
            subprocess.run(
                [sys.executable, "main.py", "--screenshot", str(shot)],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
            )

        start_gui()  # builds the demo workspace once
        print(
            f"app start to a drawn window (demo, whole process): "
            f"{median_of(5, start_gui) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
