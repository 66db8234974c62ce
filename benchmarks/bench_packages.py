"""Merging a county's township packages. Run: ``.venv/bin/python benchmarks/bench_packages.py``.

A generated county of 20 townships × 15 villages × ~150 items (≈ 47,000 items):
each village's package is merged into its township, each township's package
(its own items and its villages') into the county. Measured as the user waits:
reading and verifying each package, the preview, the backup and the one
transaction; medians of 5 runs with min and max, against a bare reference in
the same run (the same packages' items inserted with one ``executemany`` into a
fresh workspace: what a merge cannot go below).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain import Item, Unit  # noqa: E402
from desktop.exchange.merging import apply_merge, plan_merge  # noqa: E402
from desktop.exchange.packages import Party, read_package, write_package  # noqa: E402
from desktop.store import create_workspace, open_workspace  # noqa: E402

TOWNSHIPS, VILLAGES, ITEMS = 20, 15, 150
RUNS = 5
TEXT = "办理条件、申请材料、办理流程、办理时限、收费标准、咨询电话" * 2


def items_for(unit: Unit, count: int) -> list[Item]:
    return [
        Item(
            domain="village-affairs" if unit.level == "村级" else "social-assistance",
            level1=f"一级事项{n % 12}",
            name=f"{unit.name}事项{n}",
            content=TEXT,
            basis="《中华人民共和国政府信息公开条例》",
            time_limit="信息形成或变更之日起20个工作日内",
            subject=unit.name,
            channels=("政府网站", "公开查阅点"),
            audience="全社会",
            method="主动",
            levels=(unit.level,),
            unit_id=unit.id,
        )
        for n in range(count)
    ]


def county_packages(folder: Path) -> tuple[Path, list[Path]]:
    """The county's empty workspace and its 20 township packages (villages merged in)."""
    county = folder / "县.gkml"
    unit = Unit(name="示范县人民政府", level="县级", division_code="330102000000")
    create_workspace(county, unit).close()
    packages = []
    for t in range(1, TOWNSHIPS + 1):
        code = f"330102{t:03d}000"
        town_path = folder / f"镇{t}.gkml"
        town = Unit(name=f"第{t}镇人民政府", level="乡级", division_code=code)
        with create_workspace(town_path, town) as ws:
            ws.add_items(items_for(town, ITEMS))
            for v in range(1, VILLAGES + 1):
                village_code = f"{code[:9]}{v:03d}"
                village = Unit(name=f"第{t}镇第{v}村", level="村级", division_code=village_code)
                with create_workspace(folder / f"村{t}-{v}.gkml", village) as vws:
                    vws.add_items(items_for(village, ITEMS))
                    package = write_package(vws, folder, Party("", "乡级", code))
                plan = plan_merge(ws, read_package(package))
                apply_merge(ws, plan, backup=False)
            packages.append(write_package(ws, folder, Party("", "县级", "330102000000")))
    return county, packages


def merge_all(county: Path, packages: list[Path]) -> float:
    """As ``merge`` does with several files: one backup, then each package."""
    start = time.perf_counter()
    with open_workspace(county, daily_backup=False) as ws:
        ws.backup("merge")
        for package in packages:
            apply_merge(ws, plan_merge(ws, read_package(package)), backup=False)
    return time.perf_counter() - start


def bare_insert(folder: Path, packages: list[Path]) -> float:
    items = [item for package in packages for item in read_package(package).items]
    target = folder / "bare.gkml"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    with create_workspace(target, Unit(name="参照", level="县级")) as ws, ws.atomic():
        ws.conn.executemany(
            "INSERT INTO item (id, unit_id, domain, name, revision) VALUES (?, ?, ?, ?, 1)",
            [(i.id, ws.home_unit.id, i.domain, i.name) for i in items],
        )
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["GKML_DATA_DIR"] = tmp
        county, packages = county_packages(folder)
        total = len(read_package(packages[0]).items) * len(packages)
        whole, last, bare = [], [], []
        for _ in range(RUNS):
            fresh = folder / "run.gkml"
            fresh.unlink(missing_ok=True)
            shutil.rmtree(folder / "run.gkml.backups", ignore_errors=True)
            shutil.copy(county, fresh)
            whole.append(merge_all(fresh, packages))
            shutil.rmtree(folder / "run19.gkml.backups", ignore_errors=True)
            (folder / "run19.gkml").unlink(missing_ok=True)
            shutil.copy(county, folder / "run19.gkml")
            merge_all(folder / "run19.gkml", packages[:-1])
            last.append(merge_all(folder / "run19.gkml", packages[-1:]))
            bare.append(bare_insert(folder, packages))
    for label, runs in (
        (f"merge 20 township packages ({total:,} items) into the county", whole),
        ("merge the 20th township into a county holding the other 19", last),
        ("bare reference: insert the same items with one executemany", bare),
    ):
        print(
            f"{label}: median {statistics.median(runs):.2f} s "
            f"(min {min(runs):.2f}, max {max(runs):.2f})"
        )


if __name__ == "__main__":
    main()
