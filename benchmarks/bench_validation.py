"""Validation benchmarks. Run: ``.venv/bin/python benchmarks/bench_validation.py``.

- validating 100,000 generated items of a county (bar: 1 s), and the worst case
  where every name is unique and template blanks are left unfilled;
- re-validating one edited item in a live report (bar: 5 ms);
- ``python main.py validate`` of a 10,000-row xlsx as a whole process, against a
  process that only reads the file with python-calamine (bar: 4×, aim 1.5×);
- ``frictionless validate`` of the same file with an equivalent schema (required
  fields, enums, unique name), when ``frictionless`` is on PATH or in $FRICTIONLESS.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import median_of  # noqa: E402
from data import county, write_upload_xlsx  # noqa: E402

from desktop.domain.findings import Context  # noqa: E402
from desktop.domain.templates import load_templates  # noqa: E402
from desktop.domain.validation import LiveValidation, validate  # noqa: E402
from desktop.exchange.profiles import load_profile  # noqa: E402

TODAY = date(2026, 11, 25)


def context_for(units) -> Context:
    county_unit = dataclasses.replace(units[0], name="示范县人民政府", level="县级", id="county")
    return Context.for_unit(
        county_unit,
        templates=load_templates(),
        today=TODAY,
        known_unit_names=tuple(unit.name for unit in units),
    )


def in_memory() -> None:
    units, items = county(100_000)
    context = context_for(units)
    report = validate(items, context)
    seconds = median_of(5, lambda: validate(items, context))
    print(
        f"validate 100,000 items of {len(units)} units: {seconds * 1000:.0f} ms "
        f"({len(report.findings)} findings: {report.errors} errors, {report.warnings} warnings, "
        f"{report.infos} infos)"
    )

    units, raw = county(100_000, filled=False)
    for number, item in enumerate(raw):
        item.name = f"{item.name}{number}"
    report = validate(raw, context_for(units))
    seconds = median_of(3, lambda: validate(raw, context_for(units)))
    print(
        f"  worst case, every name unique and template blanks unfilled: {seconds * 1000:.0f} ms "
        f"({len(report.findings)} findings)"
    )

    live = LiveValidation(items, context)
    counter = iter(range(10**7))

    def edit_one() -> None:
        number = next(counter)
        item = items[number % len(items)]
        live.update(dataclasses.replace(item, content=f"{item.content}（改{number}）", basis=""))

    print(f"re-validate one edited item (live report): {median_of(501, edit_one) * 1000:.3f} ms")


def whole_process(folder: Path) -> None:
    units, items = county(10_000)
    xlsx = write_upload_xlsx(folder / "county-10000.xlsx", units, items)
    read_only = (
        "import sys; from python_calamine import CalamineWorkbook; "
        "wb = CalamineWorkbook.from_path(sys.argv[1]); "
        "[wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]"
    )

    def run(*command: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
        return subprocess.run(command, cwd=cwd, capture_output=True, text=True)

    calamine = median_of(7, lambda: run(sys.executable, "-c", read_only, str(xlsx)))
    ours = median_of(7, lambda: run(sys.executable, "main.py", "validate", str(xlsx), "--json"))
    result = run(sys.executable, "main.py", "validate", str(xlsx), "--json")
    payload = json.loads(result.stdout)
    print(
        f"process: calamine read only {calamine * 1000:.0f} ms; "
        f"python main.py validate (10,000 rows, {len(payload['findings'])} findings) "
        f"{ours * 1000:.0f} ms = {ours / calamine:.2f}×"
    )
    frictionless = os.environ.get("FRICTIONLESS") or shutil.which("frictionless")
    if not frictionless:
        print("frictionless: not installed (pip install 'frictionless[excel]' and put it on PATH)")
        return
    schema = folder / "schema.json"
    # The same checks in frictionless' terms: the nine elements required, the two
    # vocabularies as enums, and one row per unit, domain, 一级事项 and 事项名称.
    optional = {"区划代码", "精准链接"}
    enums = {"公开对象": ["全社会", "特定群体"], "公开方式": ["主动公开", "依申请公开"]}
    fields = []
    for column in load_profile("upload").columns:
        constraints: dict[str, object] = {"required": column.header not in optional}
        if column.header in enums:
            constraints["enum"] = enums[column.header]
        fields.append({"name": column.header, "type": "string", "constraints": constraints})
    schema.write_text(
        json.dumps(
            {"fields": fields, "primaryKey": ["单位名称", "所属领域", "一级事项", "事项名称"]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    # frictionless refuses absolute paths ("not safe"): run it beside the files.
    # All rows, all errors; empty trailing cells are absent in xlsx, which it calls errors.
    command = (
        frictionless,
        "validate",
        xlsx.name,
        "--schema",
        schema.name,
        "--json",
        "--limit-errors",
        "1000000",
        "--skip-errors",
        "missing-cell",
    )
    theirs = median_of(3, lambda: run(*command, cwd=folder))
    stats = json.loads(run(*command, cwd=folder).stdout)["tasks"][0]["stats"]
    print(
        f"frictionless validate, same file and equivalent schema ({stats['rows']} rows, "
        f"{stats['errors']} errors): {theirs * 1000:.0f} ms = {theirs / ours:.1f}× the time of ours"
    )


def main() -> None:
    in_memory()
    with tempfile.TemporaryDirectory() as tmp:
        whole_process(Path(tmp))


if __name__ == "__main__":
    main()
