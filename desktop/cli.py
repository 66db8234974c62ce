"""Headless commands over the same core as the app: ``python main.py <command> …``.

Exit codes: 0 success, 2 unusable input (message on stderr, in Chinese, with the
path); an unexpected error is logged (``desktop.logs``), told on stderr with the log
file's path, and exits 1 as Python does. Heavy modules are imported inside the
commands so ``--help`` and quick commands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .domain.errors import GkmlError
from .domain.vocab import LEVELS

#: Subcommand names; ``main.py`` runs the GUI for anything else (a workspace path).
COMMANDS: tuple[str, ...] = (
    "new",
    "info",
    "backups",
    "restore",
    "templates",
    "validate",
    "export",
    "batches",
    "import",
    "profile-from-template",
    "print",
    "submit",
    "merge",
    "review",
    "return",
    "status",
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in Chinese and exit code 2 (unusable input)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"错误：命令参数不正确（{message}）。用 -h 查看帮助。\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python main.py",
        description="公开目录编制工具：基层政务公开事项标准目录的编制、校验与导出。"
        "不带命令时打开图形界面。",
    )
    commands = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    new = commands.add_parser("new", help="新建工作区（.gkml 文件）")
    new.add_argument("workspace", type=Path, help="新工作区的文件路径，如 幸福镇.gkml")
    new.add_argument("--unit-name", required=True, help="本单位名称，如 幸福镇人民政府")
    new.add_argument("--level", required=True, choices=list(LEVELS), help="单位层级")
    new.add_argument("--division-code", default="", help="12 位统计用区划代码（可选）")
    new.add_argument("--contact", default="", help="联系人和电话（可选）")
    scope = new.add_mutually_exclusive_group()
    scope.add_argument(
        "--domains",
        help="编制的领域，用逗号或顿号分隔，如 社会救助,户籍管理（中文名称或代码）；"
        "不给出时编制本级有事项的全部领域",
    )
    scope.add_argument("--empty", action="store_true", help="建一个空目录，不从标准指引加入事项")
    new.add_argument(
        "--reason",
        help="没有选择的试点领域记为“未涉及”的原因（默认：本单位无此领域的职责和事项）",
    )
    new.set_defaults(run=_new)

    info = commands.add_parser("info", help="显示工作区概况：单位、各领域事项数、结构版本")
    info.add_argument("workspace", type=Path, help="工作区文件（.gkml）")
    info.set_defaults(run=_info)

    listing = commands.add_parser("backups", help="列出工作区的备份")
    listing.add_argument("workspace", type=Path, help="工作区文件（.gkml）")
    listing.set_defaults(run=_backups)

    restore = commands.add_parser("restore", help="用备份恢复工作区（恢复前会先备份当前内容）")
    restore.add_argument("workspace", type=Path, help="工作区文件（.gkml）")
    restore.add_argument("--backup", type=Path, help="备份文件路径；不给出时使用最新的备份")
    restore.set_defaults(run=_restore)

    from . import cli_batches, cli_exchange, cli_packages, cli_templates, cli_validate

    cli_templates.add_parser(commands)
    cli_validate.add_parser(commands)
    cli_exchange.add_parsers(commands)
    cli_batches.add_parser(commands)
    cli_exchange.add_import_parser(commands)
    cli_exchange.add_profile_parser(commands)
    cli_exchange.add_print_parser(commands)
    cli_packages.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        build_parser().print_help()
        return EXIT_OK
    from .logs import install_exception_hook, setup_logging

    log_path = setup_logging("命令行")
    install_exception_hook(lambda details: _tell_unexpected(details, log_path))
    try:
        return run(args)
    except GkmlError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:
        # The reader (e.g. `| head`) has had enough; that is not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stdout must stay open until exit)
        return EXIT_OK
    except Exception as exc:
        from .store.files import disk_full, is_disk_full

        if not is_disk_full(exc):
            raise
        # SQLite says "database or disk is full" without a path: it is the workspace's.
        path = getattr(exc, "filename", None) or getattr(args, "workspace", None) or "磁盘"
        print(f"错误：{disk_full(path)}", file=sys.stderr)
        return EXIT_UNUSABLE


def _tell_unexpected(details: str, log_path: Path) -> None:
    """The last line of the traceback and where the whole of it is, on stderr."""
    last = details.rstrip().splitlines()[-1]
    print(
        f"意外错误：{last}\n详细信息已记入日志文件 {log_path}，请把这个文件发给技术支持。",
        file=sys.stderr,
    )


def _new(args: argparse.Namespace) -> int:
    from .cli_templates import resolve_list
    from .domain.model import Unit
    from .domain.templates import load_templates
    from .store import DEFAULT_OUT_OF_SCOPE_REASON, create_workspace, seed_catalog
    from .store.seeding import domains_with_items

    unit = Unit(
        name=args.unit_name,
        level=args.level,
        division_code=args.division_code,
        contact=args.contact,
    )
    # Every name is checked before the file exists: a typo must not leave a workspace behind.
    templates = load_templates()
    if args.domains is not None:
        domains = resolve_list(templates, args.domains)
        if not domains:
            print("错误：--domains 没有给出任何领域。", file=sys.stderr)
            return EXIT_UNUSABLE
    else:
        domains = domains_with_items(templates, unit.level)
    reason = (DEFAULT_OUT_OF_SCOPE_REASON if args.reason is None else args.reason).strip()
    if not reason and not args.empty:
        print("错误：--reason 不能为空，请写明本单位不涉及其余领域的原因。", file=sys.stderr)
        return EXIT_UNUSABLE
    with create_workspace(args.workspace, unit) as workspace:
        print(f"已创建工作区：{workspace.path}（本单位：{unit.name}，{unit.level}）")
        if args.empty:
            return EXIT_OK
        seeded = seed_catalog(workspace, domains, reason)
    print(
        f"从标准指引加入 {len(seeded.items)} 个事项（{len(domains)} 个领域），"
        f"公开主体填为本单位；{len(seeded.out_of_scope)} 个领域记为未涉及（{reason}）。"
    )
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    from .domain.domains import domain_name
    from .store.snapshot import open_snapshot

    with open_snapshot(args.workspace) as workspace:  # also while the app has it open
        unit = workspace.home_unit
        counts = workspace.item_counts()
        code = f"，区划代码 {unit.division_code}" if unit.division_code else ""
        print(f"工作区：{workspace.path}")
        print(f"本单位：{unit.name}（{unit.level}{code}）")
        print(f"结构版本：{workspace.schema_version}")
        print(f"事项：共 {sum(counts.values())} 项，{len(counts)} 个领域")
        width = max((len(domain_name(code)) for code in counts), default=0)
        for code_, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {domain_name(code_).ljust(width, '　')}  {count:>5}")
        deleted = len(workspace.items(deleted=True))
        if deleted:
            print(f"回收站：{deleted} 项（可恢复）")
        backups = workspace.backups()
        latest = f"，最新 {backups[0].label}" if backups else ""
        print(f"备份：{len(backups)} 个{latest}")
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    from .store import list_backups
    from .store.files import check_workspace_file

    check_workspace_file(args.workspace)
    backups = list_backups(args.workspace)
    if not backups:
        print(f"{args.workspace} 还没有备份。")
    for backup in backups:
        print(f"{backup.label}  {backup.path}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from .store import list_backups, restore_workspace

    source = args.backup
    if source is None:
        backups = list_backups(args.workspace)
        if not backups:
            print(f"错误：{args.workspace} 没有可用的备份。", file=sys.stderr)
            return EXIT_UNUSABLE
        source = backups[0].path
    kept = restore_workspace(args.workspace, source)
    print(f"已用备份 {source} 恢复工作区 {args.workspace}。")
    print(f"恢复前的内容已另存为：{kept}")
    return EXIT_OK
