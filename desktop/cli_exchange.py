"""``python main.py export|import|profile-from-template``: catalogs in and out of files."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE


def add_parsers(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="按导出格式导出目录（upload 上传、official 标准指引格式、full 完整备份，或自建格式）",
        description="导出前会校验；上传和标准指引格式在有错误、没有事项时拒绝导出（退出码 1），"
        "标准指引中还有缺项时须用 --confirm-missing 确认缺项数。"
        "每次导出都记入批次；省级系统接收上传文件后，用 batches confirm 确认，"
        "批次中的事项状态才变为“已上传”。",
    )
    export.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    export.add_argument(
        "--profile", required=True, help="导出格式：upload、official、full 或自建格式名称"
    )
    export.add_argument("--out", type=Path, required=True, help="输出文件夹")
    export.add_argument("--domain", help="只导出这个领域（代码、中文名称或其他名称）")
    export.add_argument(
        "--changed-only", action="store_true", help="只导出上次确认被接收的上传以来新增或修改的事项"
    )
    export.add_argument(
        "--confirm-missing",
        type=int,
        metavar="个数",
        help="标准指引中还有缺项时仍然导出：写上缺项数（不加此项时会先报出缺项数）",
    )
    export.set_defaults(run=_export)


def _export(args: argparse.Namespace) -> int:
    from .cli_templates import domain_code
    from .exchange.exporting import ExportIncomplete, ExportRefused, export_catalog
    from .exchange.profiles import load_profile
    from .store import WorkspaceLocked, open_workspace
    from .store.snapshot import open_snapshot

    domain = domain_code(args.domain)
    profile = load_profile(args.profile)
    try:
        opened = open_workspace(args.workspace, daily_backup=False)
        unrecorded = False
    except WorkspaceLocked:
        if profile.kind != "backup":
            raise  # an upload is a batch to record: only the workspace's one writer may
        # A full backup while the app has the workspace open: from a snapshot, and the
        # batch it would record cannot be written (the app holds the file).
        opened, unrecorded = open_snapshot(args.workspace), True
    with opened as workspace:
        try:
            result = export_catalog(
                workspace,
                profile,
                args.out,
                domain=domain,
                changed_only=args.changed_only,
                today=date.today(),
                confirm_missing=args.confirm_missing,
            )
        except ExportRefused as refused:
            print(f"错误：{refused.message}", file=sys.stderr)
            return EXIT_FINDINGS
        except ExportIncomplete as incomplete:
            print(f"错误：{incomplete.message}", file=sys.stderr)
            count = incomplete.missing.count
            print(f"确实要导出，请加上：--confirm-missing {count}", file=sys.stderr)
            return EXIT_FINDINGS
    if result.nothing:
        print(result.nothing)
        return EXIT_OK
    for path in result.files:
        print(f"已导出：{path}")
    waiting = [batch.id for batch in result.batches if batch.awaits_decision]
    if waiting:
        print(
            f"已记为批次 {'、'.join(map(str, waiting))}（待确认）。省级系统接收后请运行 "
            f"python main.py batches confirm {args.workspace} {waiting[0]}，事项才记为“已上传”。"
        )
    print(f"共 {result.items} 个事项，{len(result.files)} 个文件。")
    if unrecorded:
        print("说明：工作区正在程序中打开，这次完整备份导出没有记入批次记录。")
    for where in result.removed_characters:
        print(f"  注意：{where} 含有 Excel 无法保存的控制字符，已去掉。")
    return EXIT_OK


def add_import_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="从 .xlsx/.csv 目录文件导入事项（先预览和校验，导入前自动备份）",
        description="领域取自 --domain、工作表标题或名称、或“所属领域”列。"
        "被拒绝的行会逐行列出（文件、工作表、行、列和原因），其余的行一次全部导入。"
        "有被拒绝的行或导入的事项有错误时退出码为 1；文件无法读取时为 2。",
    )
    parser.add_argument("file", type=Path, help="目录文件（.xlsx 或 .csv）")
    parser.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    parser.add_argument("--domain", help="文件中事项的领域（代码、中文名称或其他名称）")
    parser.add_argument("--dry-run", action="store_true", help="只预览和校验，不写入工作区")
    parser.add_argument(
        "--add-units",
        action="store_true",
        help="把属于其他单位的行作为下级单位导入（只有本单位的工作区默认不导入）",
    )
    parser.set_defaults(run=_import)


def _import(args: argparse.Namespace) -> int:
    from .cli_templates import domain_code
    from .domain.rule_catalog import SEVERITY_LABELS
    from .exchange.importing import apply_import, plan_import
    from .store import open_workspace

    domain = domain_code(args.domain)
    with open_workspace(args.workspace, daily_backup=False) as workspace:
        plan = plan_import(workspace, args.file, domain=domain)
        plan.add_new_units = plan.add_new_units or args.add_units
        for note in plan.notes:
            print(f"说明：{note}")
        for rejected in plan.rejected:
            print(f"未导入：{rejected.location}：{rejected.reason}")
        report = plan.report
        if report is not None:
            for finding in report.findings:
                if finding.severity != "info":
                    where = f"{finding.location}：" if finding.location else ""
                    print(f"[{SEVERITY_LABELS[finding.severity]}] {where}{finding.message}")
        for update in plan.updated:
            changes = "；".join(
                f"{c.label}：{_shown(c.old)} → {_KEPT if c.kept else _shown(c.new)}"
                for c in update.changes
            )
            print(f"更新：{update.row.location}：{update.current.name}：{changes}")
        summary = (
            f"新增 {len(plan.to_add)} 项，更新 {len(plan.updated)} 项，"
            f"相同未变 {plan.unchanged} 项，未导入 {len(plan.rejected)} 行"
        )
        if plan.new_units and not plan.add_new_units:
            for unit, count in plan.new_unit_counts():
                print(
                    f"说明：文件中“{unit.name}”的 {count} 个事项没有导入：它不是本工作区的单位。"
                    "如要把它作为下级单位加入，请加 --add-units 再导入一次。"
                )
        elif plan.new_units:
            names = "、".join(unit.name for unit in plan.new_units[:5])
            more = f"等 {len(plan.new_units)} 个" if len(plan.new_units) > 5 else ""
            summary += f"，新单位 {len(plan.new_units)} 个（{names}{more}）"
        if args.dry_run:
            print(f"预览（未写入）：{summary}。")
        else:
            result = apply_import(workspace, plan)
            backup = (
                f"导入前的备份：{result.backup.path}" if result.backup else "没有需要写入的内容"
            )
            print(f"已导入：{summary}。{backup}")
    errors = report.errors if report is not None else 0
    return EXIT_FINDINGS if plan.rejected or errors else EXIT_OK


_KEPT = "（文件中为空，保留原值）"


def _shown(value: object) -> str:
    """A field's value as the preview prints it (lists 、-joined, blanks named)."""
    text = "、".join(value) if isinstance(value, tuple) else str(value or "")
    return text or "（空）"


def add_profile_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "profile-from-template",
        help="用本省空白上传模板（.xlsx）生成导出格式，之后 export --profile 名称 即可使用",
    )
    parser.add_argument("file", type=Path, help="空白上传模板（.xlsx 或 .csv）")
    parser.add_argument("--name", required=True, help="格式名称，如 浙江上传")
    parser.add_argument("--title", default="", help="显示的标题（默认同名称）")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="表头=栏目",
        help="手工指定列，如 --map 事项类型=五公开类别；栏目写列表中显示的名称（或代码），"
        "“留空”表示这一列不填",
    )
    parser.set_defaults(run=_profile_from_template)


def _profile_from_template(args: argparse.Namespace) -> int:
    from .exchange.profiles import COLUMN_LABELS, ProfileError, save_user_profile
    from .exchange.template_profiles import profile_from_template

    choices = {}
    for pair in args.map:
        heading, _, field = pair.partition("=")
        if not field:
            raise ProfileError(f"--map 应写成 表头=栏目（如 备注=五公开类别），这里是“{pair}”。")
        choices[heading.strip()] = field.strip()
    mapping = profile_from_template(args.file, args.name, title=args.title, choices=choices)
    for number, column in enumerate(mapping.profile.columns, start=1):
        label = COLUMN_LABELS.get(column.field, column.field)
        print(f"  第 {number} 列“{column.header}” → {label}")
    path = save_user_profile(mapping.profile)
    print(f"已保存导出格式“{mapping.profile.name}”：{path}")
    if mapping.profile.title_rows:
        print(f"模板表头上方的 {len(mapping.profile.title_rows)} 行（标题等）导出时照原样保留。")
    if mapping.unmapped:
        print("以下列没有认出，导出时留空；如需填写请用 --map 表头=栏目 重新生成：")
        for letter, heading in mapping.unmapped:
            print(f"  {letter} 列“{heading}”")
        names = "、".join(label for key, label in COLUMN_LABELS.items() if key != "seq")
        print(f"可用的栏目：{names}")
    return EXIT_OK


def add_print_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "print",
        help="把目录排成 A4 横向的公开栏表格，输出 PDF（不需要显示器）",
    )
    parser.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    parser.add_argument("--out", type=Path, required=True, help="PDF 文件路径")
    parser.add_argument("--domain", help="只打印这个领域（代码、中文名称或其他名称）")
    parser.set_defaults(run=_print)


def _print(args: argparse.Namespace) -> int:
    from .cli_templates import domain_code
    from .exchange.layouts import official_sheets
    from .store.checking import validate_workspace
    from .store.snapshot import open_snapshot

    domain = domain_code(args.domain)
    with open_snapshot(args.workspace) as workspace:  # also while the app has it open
        unit = workspace.home_unit
        items = workspace.items(domain=domain)  # a county's: each unit in its own sections
        units = {each.id: each for each in workspace.units()}
        errors = validate_workspace(workspace).errors
    sheets = official_sheets(items, unit, date.today().isoformat(), units)
    if not sheets:
        print("错误：没有可以打印的事项。", file=sys.stderr)
        return EXIT_UNUSABLE
    from .ui.printing import print_catalog_headless

    result = print_catalog_headless(sheets, unit, date.today().isoformat(), args.out)
    print(f"已生成：{result.path}（{result.pages} 页，{sum(len(s.rows) for s in sheets)} 个事项）")
    if errors:
        print(f"注意：目录中还有 {errors} 个错误，这份 PDF 只宜作核对稿。")
    return EXIT_OK
