"""``python main.py templates list|show|import|export|unused|diff``: templates from the shell."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from .domain.errors import GkmlError
from .domain.model import FIELD_LABELS
from .domain.templates import Template, TemplateSet
from .domain.vocab import LEVELS

LEVEL_CHOICES = list(LEVELS)
_LIST_SEPARATORS = re.compile(r"[,，、;；\s]+")


class UnknownDomain(GkmlError):
    code = "unknown-domain"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("templates", help="领域标准指引模板：列出、查看、导入、比较版本")
    actions = parser.add_subparsers(
        dest="action", metavar="操作", required=True, parser_class=type(parser)
    )
    listing = actions.add_parser("list", help="列出全部模板：事项数、各层级适用数、覆盖情况、版本")
    listing.add_argument("--workspace", type=Path, help="列出该工作区中生效的模板版本")
    listing.set_defaults(run=_list)
    show = actions.add_parser("show", help="显示一个领域模板的事项和九要素")
    show.add_argument("domain", help="领域：代码、中文名称或其他名称（如 卫生健康）")
    show.add_argument("--level", choices=LEVEL_CHOICES, help="只显示适用于该层级的事项")
    show.add_argument("--workspace", type=Path, help="显示该工作区中生效的版本")
    show.set_defaults(run=_show)
    load = actions.add_parser(
        "import", help="把新版本的模板导入工作区：模板文件，或收到的标准指引表格"
    )
    load.add_argument(
        "file", type=Path, help="模板文件（JSON），或标准指引表格（.xlsx、.csv、.docx）"
    )
    load.add_argument("--workspace", type=Path, help="工作区文件（.gkml）")
    load.add_argument(
        "--install", action="store_true", help="装入本机的模板文件夹，以后新建的工作区都使用它"
    )
    load.add_argument("--domain", help="表格所属的领域（表格标题中没有领域名称时）")
    load.add_argument(
        "--new-domain", metavar="代码", help="表格属于程序中还没有的领域：它的代码（小写英文）"
    )
    load.add_argument("--name", help="与 --new-domain 一起：新领域的中文名称（如 旅游）")
    load.set_defaults(run=_import)
    export = actions.add_parser("export", help="把本单位一个领域的目录导出为模板，发给下级单位")
    export.add_argument("domain", help="领域：代码、中文名称或其他名称")
    export.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    export.add_argument("--out", type=Path, required=True, help="导出的模板文件（.json）")
    export.set_defaults(run=_export)
    unused = actions.add_parser(
        "unused", help="标记本省（本县）目录不使用的领域：校验不再要求其“未涉及”说明"
    )
    unused.add_argument("domain", help="领域：代码、中文名称或其他名称（如 交通运输）")
    unused.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    unused.add_argument("--undo", action="store_true", help="取消标记，恢复为使用")
    unused.set_defaults(run=_unused)
    diff = actions.add_parser("diff", help="比较工作区中一个领域模板的两个版本")
    diff.add_argument("domain", help="领域：代码、中文名称或其他名称")
    diff.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    diff.add_argument("--from", dest="old", help="旧版本（默认：随程序提供的版本）")
    diff.add_argument("--to", dest="new", help="新版本（默认：最新导入的版本）")
    diff.set_defaults(run=_diff)


def resolve(templates: TemplateSet, name: str) -> Template:
    """The template a code, name or other name refers to; else the closest name, or all.

    Example::

        resolve(load_templates(), "卫生健康").code  # "health"
        resolve(load_templates(), "社会求助")  # UnknownDomain: …是不是 社会救助？
    """
    template = templates.resolve(name)
    if template is not None:
        return template
    closest = templates.closest(name)
    if closest is not None:
        raise UnknownDomain(f"找不到领域“{name}”。是不是 {closest.name}？")
    names = "、".join(t.name for t in templates)
    raise UnknownDomain(f"找不到领域“{name}”。可用的领域：{names}。")


def resolve_list(templates: TemplateSet, names: str) -> list[str]:
    """Domain codes of a list typed as 社会救助,户籍管理 or 社会救助、户籍管理 (codes too).

    Example::

        resolve_list(load_templates(), "社会救助、household-registration")
        # ["social-assistance", "household-registration"]
    """
    parts = [part.strip() for part in _LIST_SEPARATORS.split(names)]
    return list(dict.fromkeys(resolve(templates, part).code for part in parts if part))


def domain_code(name: str | None) -> str | None:
    """The code of a --domain argument (a code, name or other name), or None when not given."""
    if not name:
        return None
    from .domain.templates import load_templates

    return resolve(load_templates(), name).code


def _templates(workspace_path: Path | None) -> TemplateSet:
    if workspace_path is None:
        from .domain.templates import load_templates

        return load_templates()
    from .store import open_workspace
    from .store.template_versions import workspace_templates

    with open_workspace(workspace_path, daily_backup=False) as workspace:
        return workspace_templates(workspace)


def _list(args: argparse.Namespace) -> int:
    templates = _templates(args.workspace)
    print(f"{'领域':　<12}{'事项':>5}{'县级':>5}{'乡级':>5}{'村级':>5}  覆盖  版本  代码")
    for t in templates:
        counts = [len(t.items_for_level(level)) for level in LEVEL_CHOICES]
        print(
            f"{t.name:　<12}{len(t.items):>6}{counts[0]:>6}{counts[1]:>6}{counts[2]:>6}  "
            f"{t.coverage.label}  {t.version:>4}  {t.code}"
        )
    partial = [t for t in templates if not t.coverage.complete]
    total = sum(len(t.items) for t in templates)
    print(
        f"共 {len(templates)} 个模板，{total} 个事项；覆盖不完整的 {len(partial)} 个"
        "（缺少的内容用 templates show 领域 查看）。"
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    template = resolve(_templates(args.workspace), args.domain)
    g = template.guideline
    print(f"{template.name}（{template.code}）模板版本 {template.version}")
    print(f"指引：《{g.title.strip('《》')}》 {g.issuer} {g.doc_no}".rstrip())
    if template.other_names:
        print(f"其他名称：{'、'.join(template.other_names)}")
    print(
        f"覆盖：{template.coverage.label}"
        + (f" — {template.coverage.missing}" if template.coverage.missing else "")
    )
    items = template.items_for_level(args.level) if args.level else list(template.items)
    scope = f"适用于{args.level}的" if args.level else "全部"
    print(f"\n{scope}事项 {len(items)} 项：")
    for number, item in enumerate(items, start=1):
        print(
            f"\n{number:>3}. {item.level1} / {item.name}"
            if item.level1
            else f"\n{number:>3}. {item.name}"
        )
        for key in ("content", "basis", "time_limit", "subject"):
            print(f"     {FIELD_LABELS[key]}：{getattr(item, key) or '（空）'}")
        print(f"     {FIELD_LABELS['channels']}：{'、'.join(item.channels)}")
        print(
            f"     {FIELD_LABELS['audience']}：{item.audience}  {FIELD_LABELS['method']}："
            f"{item.method}  {FIELD_LABELS['levels']}：{'、'.join(item.levels)}"
        )
        for key, why in item.notes.items():
            if key in FIELD_LABELS:
                print(f"     说明（{FIELD_LABELS[key]}）：{why}")
    return 0


def _import(args: argparse.Namespace) -> int:
    if args.workspace is None and not args.install:
        raise UnknownDomain("请用 --workspace 指明导入到哪个工作区，或用 --install 装入本机。")
    from .cli_template_import import import_file

    if bool(args.new_domain) != bool(args.name):
        raise UnknownDomain("--new-domain 和 --name 要一起使用：新领域的代码和它的中文名称。")
    return import_file(
        args.file,
        args.workspace,
        install=args.install,
        domain=args.domain,
        new_domain=(args.new_domain, args.name) if args.new_domain else None,
    )


def _export(args: argparse.Namespace) -> int:
    from .exchange.template_files import export_catalog_template
    from .store import open_workspace
    from .store.template_versions import workspace_templates

    with open_workspace(args.workspace, daily_backup=False) as workspace:
        code = resolve(workspace_templates(workspace), args.domain).code
        built = export_catalog_template(workspace, code, args.out)
    counts = "，".join(f"{level} {n}" for level, n in built.level_counts().items())
    print(
        f"已导出“{built.data['name']}”模板版本 {built.data['version']}："
        f"{len(built.data['items'])} 个事项（{counts}） → {args.out}"
    )
    print("下级单位用 templates import 该文件 --workspace 工作区 导入后，即按此版本检查完整性。")
    return 0


def _unused(args: argparse.Namespace) -> int:
    from .store import open_workspace
    from .store.template_versions import set_domain_used, workspace_templates

    with open_workspace(args.workspace, daily_backup=False) as workspace:
        template = resolve(workspace_templates(workspace), args.domain)
        set_domain_used(workspace, template.code, args.undo)
    if args.undo:
        print(f"已恢复“{template.name}”：校验会要求本单位有该领域的事项或“未涉及”说明。")
    else:
        print(f"已标记“{template.name}”为本地不使用：校验不再要求该领域的“未涉及”说明。")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from .store import open_workspace
    from .store.template_versions import template_versions, workspace_templates

    with open_workspace(args.workspace, daily_backup=False) as workspace:
        code = resolve(workspace_templates(workspace), args.domain).code
        versions = {t.version: t for t in template_versions(workspace, code)}
    ordered = list(versions.values())
    old = versions.get(args.old) if args.old else ordered[0]
    new = versions.get(args.new) if args.new else ordered[-1]
    if old is None or new is None:
        raise UnknownDomain(f"没有这个版本。可用的版本：{'、'.join(versions)}。")
    print_diff(old, new)
    return 0


def print_diff(old: Template, new: Template) -> None:
    """What ``new`` changes against ``old``, one line per item (``templates diff``, import)."""
    from .domain.templates import diff_templates

    diff = diff_templates(old, new)
    print(f"{new.name}：版本 {old.version} → {new.version}")
    if diff.empty:
        print("两个版本的事项相同。")
    for item in diff.added:
        print(f"  新增  {item.level1} / {item.name}")
    for item in diff.removed:
        print(f"  删除  {item.level1} / {item.name}")
    for change in diff.changed:
        labels = "、".join(FIELD_LABELS.get(key, key) for key in change.fields)
        print(f"  修改  {change.new.level1} / {change.new.name}：{labels}")
