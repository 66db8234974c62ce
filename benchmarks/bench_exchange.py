"""Import and export benchmarks. Run: ``.venv/bin/python benchmarks/bench_exchange.py``.

- import of a 10,000-item xlsx into a workspace (bar: 1.5 s): plan (read, map,
  validate) + apply (backup, one transaction);
- export of 10,000 items with the upload and full profiles (bar: 1.5 s);
- peak memory of each as a whole ``python main.py`` process.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import median_of  # noqa: E402
from data import county, write_upload_xlsx  # noqa: E402

from desktop.domain import Unit  # noqa: E402
from desktop.exchange.exporting import export_catalog, missing_items  # noqa: E402
from desktop.exchange.importing import apply_import, plan_import  # noqa: E402
from desktop.store import create_workspace, open_workspace  # noqa: E402

HOME = Unit(name="示范县人民政府", level="县级", division_code="990100000000")


def fresh_workspace(folder: Path, name: str) -> Path:
    path = folder / f"{name}.gkml"
    create_workspace(path, HOME).close()
    return path


def peak_mb(command: list[str]) -> tuple[float, float]:
    """(seconds, peak resident MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=False, capture_output=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(after, before) / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        units, items = county(10_000)
        xlsx = write_upload_xlsx(folder / "county-10000.xlsx", units, items)
        counter = iter(range(1000))

        def import_once() -> None:
            path = fresh_workspace(folder, f"import-{next(counter)}")
            with open_workspace(path, daily_backup=False) as workspace:
                plan = plan_import(workspace, xlsx)
                plan.add_new_units = True  # a county's first gathering: asked, and ticked
                apply_import(workspace, plan)

        print(f"import 10,000-row xlsx (plan + backup + write): {median_of(5, import_once):.2f} s")
        path = fresh_workspace(folder, "cli-import")
        seconds, peak = peak_mb(
            [
                sys.executable,
                "main.py",
                "import",
                str(xlsx),
                "--workspace",
                str(path),
                "--add-units",
            ]
        )
        print(f"  as a process: {seconds:.2f} s, peak memory {peak:.0f} MB")

        with open_workspace(path, daily_backup=False) as workspace:
            count = len(workspace.items())
            for profile in ("upload", "full"):
                out = folder / f"out-{profile}"

                # A generated catalog leaves guideline items out: confirmed, as a clerk would.
                gaps = missing_items(workspace, profile).count

                def export_once(profile: str = profile, out: Path = out, gaps: int = gaps) -> None:
                    export_catalog(workspace, profile, out, confirm_missing=gaps)

                print(f"export {count:,} items, {profile}: {median_of(5, export_once):.2f} s")
        for profile in ("full",):
            seconds, peak = peak_mb(
                [
                    sys.executable,
                    "main.py",
                    "export",
                    "--workspace",
                    str(path),
                    "--profile",
                    profile,
                    "--out",
                    str(folder / "cli"),
                ]
            )
            print(f"  export {profile} as a process: {seconds:.2f} s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
