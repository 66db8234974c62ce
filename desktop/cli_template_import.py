"""``python main.py templates import FILE``: a template file or a guideline table, previewed.

What was read is shown before anything is stored (items per level, blank cells, rows left
out, what the reader noticed, the diff against the version in use), so a clerk sees what a
forwarded table gives before the workspace or the template folder takes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .cli_templates import UnknownDomain, print_diff, resolve
from .domain.model import FIELD_LABELS
from .domain.templates import TemplateSet, load_templates
from .exchange.template_files import TABLE_SUFFIXES, TableImport, read_guideline_table

_SHOWN = 20


def import_file(
    path: Path,
    workspace_path: Path | None,
    *,
    install: bool,
    domain: str | None,
    new_domain: tuple[str, str] | None = None,
) -> int:
    """Read, preview and store one template version; exit status 0.

    ``new_domain``: (code, name) the user confirmed for a domain the program does not know.
    """
    if path.suffix.lower() not in TABLE_SUFFIXES:
        return _import_json(path, workspace_path, install=install)
    from .store import open_workspace
    from .store.template_versions import (
        install_template,
        keep_template,
        template_versions,
        workspace_templates,
    )

    if workspace_path is None:
        found = _read(path, load_templates(), lambda code: [], domain, new_domain)
        install_template(found.text)
    else:
        with open_workspace(workspace_path, daily_backup=False) as workspace:
            found = _read(
                path,
                workspace_templates(workspace),
                lambda code: [t.version for t in template_versions(workspace, code)],
                domain,
                new_domain,
            )
            keep_template(workspace, found.text, path)
        if install:
            install_template(found.text)
    where = "本机的模板文件夹（以后新建的工作区都使用它）" if install else "工作区"
    print(f"已把“{found.template.name}”模板版本 {found.template.version} 存入{where}。")
    return 0


def _import_json(path: Path, workspace_path: Path | None, *, install: bool) -> int:
    from .store import open_workspace
    from .store.template_versions import import_template, install_template_file

    if workspace_path is not None:
        with open_workspace(workspace_path, daily_backup=False) as workspace:
            template = import_template(workspace, path)
    if install:
        template = install_template_file(path)
    print(f"已导入“{template.name}”模板版本 {template.version}（{len(template.items)} 个事项）。")
    return 0


def _read(
    path: Path,
    templates: TemplateSet,
    versions: Callable[[str], Iterable[str]],
    domain: str | None,
    new_domain: tuple[str, str] | None,
) -> TableImport:
    if new_domain is None:
        code = resolve(templates, domain).code if domain else None
        found = read_guideline_table(path, templates, versions, code)
    else:
        code, name = new_domain
        known = templates.get(code) or templates.resolve(name)
        if known is not None:
            raise UnknownDomain(
                f"已有领域“{known.name}”（{known.code}），请用 --domain {known.name} 导入。"
            )
        found = read_guideline_table(path, templates, versions, code, new_name=name)
    _preview(found)
    return found


def _preview(found: TableImport) -> None:
    template, built = found.template, found.built
    counts = "，".join(f"{level} {n}" for level, n in built.level_counts().items())
    print(f"读到“{template.name}”{len(template.items)} 个事项（{counts}）；来源：{template.origin}")
    print(f"覆盖：{template.coverage.label}")
    if built.blanks:
        print(f"空白单元格 {len(built.blanks)} 个，模板中保留为空并注明“标准指引此栏未能取得”：")
        for place, key in built.blanks[:_SHOWN]:
            print(f"  {place}：{FIELD_LABELS.get(key, key)}")
        _more(len(built.blanks))
    if built.left_out:
        print(f"未能作为模板事项的行 {len(built.left_out)} 行：")
        for place, why in built.left_out[:_SHOWN]:
            print(f"  {place}：{why}")
        _more(len(built.left_out))
    for note in found.notes[:_SHOWN]:
        print(f"注意：{note}")
    _more(len(found.notes))
    if found.previous is not None:
        print_diff(found.previous, template)


def _more(count: int) -> None:
    if count > _SHOWN:
        print(f"  ……另有 {count - _SHOWN} 处未列出")
