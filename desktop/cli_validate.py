"""``python main.py validate PATH``: check a workspace or a catalog file from the shell.

Exit codes: 0 no errors, 1 errors found (export would be refused), 2 the input
could not be read. The file path imports only the reader and the validator (no
Qt, no openpyxl, no SQLite layer) so a county can run it over many files fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE
from .cli_templates import LEVEL_CHOICES, resolve
from .domain.domains import domain_name
from .domain.findings import Finding, Report
from .domain.model import FIELD_LABELS
from .domain.rule_catalog import SEVERITY_LABELS, rule_catalog

if TYPE_CHECKING:  # the reader is imported only when a file is validated
    from .domain.errors import Location
    from .exchange.catalog_reader import Rejected


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "validate",
        help="校验工作区或目录文件（.gkml / .xlsx / .csv），列出错误、警告和提示",
        description="校验九要素、规范用语、重复、缺项等。有错误时退出码为 1，"
        "文件无法读取时为 2。用 --rules 查看全部校验规则。",
    )
    parser.add_argument(
        "path", nargs="?", type=Path, help="工作区（.gkml）或目录文件（.xlsx/.csv）"
    )
    parser.add_argument(
        "--level", choices=LEVEL_CHOICES, help="目录的层级（校验文件时用于层级和缺项检查）"
    )
    parser.add_argument("--domain", help="领域：代码、中文名称或其他名称；只校验这个领域")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出结果（供其他程序使用）")
    parser.add_argument("--rules", action="store_true", help="列出全部校验规则及改正方法")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        help="按这一天计算核对周期（YYYY-MM-DD，默认今天）",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.rules:
        return _print_rules(args.json)
    if args.path is None:
        print("错误：请给出要校验的工作区或目录文件。", file=sys.stderr)
        return EXIT_UNUSABLE
    from .domain.templates import load_templates

    templates = load_templates()
    domain = resolve(templates, args.domain).code if args.domain else None
    units: dict[str, str] = {}
    if args.path.suffix.lower() == ".gkml":
        report, describe, units = _validate_workspace(args, domain)
        file = _FileNotes()
    else:
        report, describe, file = _validate_file(args, templates, domain)
    if args.json:
        out = report.to_json()
        if units:
            for finding, shown in zip(report.findings, out["findings"], strict=True):
                shown["unit"] = units.get(finding.unit_id or "", "")
        out["notes"] = file.notes
        out["rejected"] = [
            {**_where(rejected.location), "reason": rejected.reason} for rejected in file.rejected
        ]
        # One write: json.dump writes each token separately (seconds for 100,000 findings).
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        _print_report(args.path, report, describe, file, units)
    return EXIT_FINDINGS if report.errors or file.rejected else EXIT_OK


@dataclass(slots=True)
class _FileNotes:
    """What the reader said about a file besides its items' findings."""

    notes: list[str] = field(default_factory=list)
    #: rows ``import`` would refuse (a misspelt 所属领域 …), as the import preview lists them.
    rejected: list[Rejected] = field(default_factory=list)
    #: sheet -> fields no column holds: their "没有填写" findings point at the note.
    absent: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def from_absent_column(self, finding: Finding) -> bool:
        location = finding.location
        if finding.rule != "missing-element" or location is None:
            return False
        return finding.field in self.absent.get(location.sheet or "", ())


def _where(location: Location) -> dict[str, object]:
    return {"sheet": location.sheet, "row": location.row, "column": location.column}


def _validate_workspace(args: argparse.Namespace, domain: str | None):
    from .store.checking import validate_workspace
    from .store.snapshot import open_snapshot

    # A snapshot: validating works while the app has the workspace open.
    with open_snapshot(args.path) as workspace:
        report = validate_workspace(workspace, today=args.today or date.today())
        items = {item.id: item for item in workspace.items(domain=domain)}
        every_unit = {unit.id: unit.name for unit in workspace.units()}
    if domain is not None:
        report = Report(len(items), [f for f in report.findings if f.domain == domain])
    # A county's findings are about its townships' and villages' catalogs: each names its unit.
    units = every_unit if len(every_unit) > 1 else {}

    def describe(item_id: str) -> str:
        item = items.get(item_id)
        if item is None:
            return item_id
        name = f"{item.level1} / {item.name}" if item.level1 else item.name
        unit = f"{units[item.unit_id]} · " if item.unit_id in units else ""
        return f"{unit}{domain_name(item.domain)} 第 {item.seq} 项“{name}”"

    return report, describe, units


def _validate_file(args: argparse.Namespace, templates, domain: str | None):
    from .domain.findings import Context
    from .domain.validation import validate
    from .exchange.catalog_reader import read_catalog

    catalog = read_catalog(args.path, templates, domain=domain)
    rows = catalog.rows
    if domain is not None:
        rows = [row for row in rows if row.item.domain == domain]
    checked_domains = tuple(catalog.domains) if args.level else ()
    context = Context(
        level=args.level,
        templates=templates,
        domains=checked_domains,
        locations={row.item.id: row.location for row in rows},
    )
    report = validate((row.item for row in rows), context)
    where = {row.item.id: row.location for row in rows}

    def describe(item_id: str) -> str:
        location = where[item_id]
        return f"工作表“{location.sheet}”第 {location.row} 行"

    file = _FileNotes(catalog.notes, catalog.rejected, catalog.absent)
    return report, describe, file


def _print_report(
    path: Path, report: Report, describe, file: _FileNotes, units: dict[str, str]
) -> None:
    """Findings item by item, then those on the catalog as a whole; ``units`` (unit id ->
    name, in a workspace of several units) names the unit of each whole-catalog finding."""
    print(f"校验：{path}（{report.items} 项）")
    for note in file.notes:
        print(f"  说明：{note}")
    if file.rejected:
        print("不能导入的行：")
        for rejected in file.rejected:
            location = rejected.location
            column = f"“{location.column}”" if location.column else ""
            print(f"  工作表“{location.sheet}”第 {location.row} 行{column}：{rejected.reason}")
    by_item: dict[str, list[Finding]] = {}
    general: list[Finding] = []
    for finding in report.findings:
        if finding.item_id is None:
            general.append(finding)
        else:
            by_item.setdefault(finding.item_id, []).append(finding)
    for item_id, findings in by_item.items():
        print(describe(item_id))
        for finding in findings:
            why = "（表中没有这一列，见上面的说明）" if file.from_absent_column(finding) else ""
            print(f"  {_line(finding)}{why}")
    if general:
        print("目录整体：")
        for finding in general:
            name = domain_name(finding.domain) if finding.domain else ""
            area = f"{name}：" if name and name not in finding.message else ""
            unit = units.get(finding.unit_id or "")
            if unit:
                area = f"{unit} · {area}" if area else f"{unit}："
            print(f"  [{SEVERITY_LABELS[finding.severity]}] {area}{finding.message}")
    rejected = f"不能导入的行 {len(file.rejected)} 行，" if file.rejected else ""
    print(
        f"合计：{rejected}错误 {report.errors} 个，警告 {report.warnings} 个，"
        f"提示 {report.infos} 个。" + ("有错误的目录不能导出上传。" if report.errors else "")
    )
    if report.findings:
        print("各规则的说明和改正方法：python main.py validate --rules")


def _line(finding: Finding) -> str:
    label = FIELD_LABELS.get(finding.field or "", "")
    where = f"{label}：" if label and label not in finding.message else ""
    fix = "（可一键修正）" if finding.fix else ""
    return f"[{SEVERITY_LABELS[finding.severity]}] {where}{finding.message}{fix}"


def _print_rules(as_json: bool) -> int:
    rules = rule_catalog().values()
    if as_json:
        payload = [
            {
                "rule": rule.code,
                "severity": rule.severity,
                "title": rule.title,
                "description": rule.description,
                "fix": rule.fix,
                "message": rule.message,
            }
            for rule in rules
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    for rule in rules:
        print(f"{rule.code}  [{rule.severity_label}] {rule.title}")
        print(f"    {rule.description}")
        print(f"    改正：{rule.fix}")
    return EXIT_OK
