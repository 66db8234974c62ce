"""``python main.py validate PATH``: check a workspace or a catalog file from the shell.

Exit codes: 0 no errors, 1 errors found (export would be refused), 2 the input
could not be read. The file path imports only the reader and the validator (no
Qt, no openpyxl, no SQLite layer) so a county can run it over many files fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE
from .cli_templates import LEVEL_CHOICES, resolve
from .domain.domains import domain_name
from .domain.findings import Finding, Report
from .domain.model import FIELD_LABELS
from .domain.rule_catalog import SEVERITY_LABELS, rule_catalog


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
    if args.path.suffix.lower() == ".gkml":
        report, describe = _validate_workspace(args, domain)
        notes: list[str] = []
    else:
        report, describe, notes = _validate_file(args, templates, domain)
    if args.json:
        out = report.to_json()
        out["notes"] = notes
        # One write: json.dump writes each token separately (seconds for 100,000 findings).
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        _print_report(args.path, report, describe, notes)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def _validate_workspace(args: argparse.Namespace, domain: str | None):
    from .store.checking import validate_workspace
    from .store.snapshot import open_snapshot

    # A snapshot: validating works while the app has the workspace open.
    with open_snapshot(args.path) as workspace:
        report = validate_workspace(workspace, today=args.today or date.today())
        items = {item.id: item for item in workspace.items(domain=domain)}
    if domain is not None:
        report = Report(len(items), [f for f in report.findings if f.domain == domain])

    def describe(item_id: str) -> str:
        item = items.get(item_id)
        if item is None:
            return item_id
        name = f"{item.level1} / {item.name}" if item.level1 else item.name
        return f"{domain_name(item.domain)} 第 {item.seq} 项“{name}”"

    return report, describe


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

    return report, describe, catalog.notes


def _print_report(path: Path, report: Report, describe, notes: Iterable[str]) -> None:
    print(f"校验：{path}（{report.items} 项）")
    for note in notes:
        print(f"  说明：{note}")
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
            print(f"  {_line(finding)}")
    if general:
        print("目录整体：")
        for finding in general:
            name = domain_name(finding.domain) if finding.domain else ""
            area = f"{name}：" if name and name not in finding.message else ""
            print(f"  [{SEVERITY_LABELS[finding.severity]}] {area}{finding.message}")
    print(
        f"合计：错误 {report.errors} 个，警告 {report.warnings} 个，提示 {report.infos} 个。"
        + ("有错误的目录不能导出上传。" if report.errors else "")
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
