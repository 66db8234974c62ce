"""Newer guideline templates a user imports into a workspace (provinces revise guidelines).

The file's text is kept in the workspace, so the workspace carries the exact version
its items came from and can show what a newer version changes, on any PC.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.template_updates import PendingUpdate, pending_updates
from ..domain.templates import Template, TemplateError, TemplateSet, load_templates, parse_template
from ..places import installed_templates_dir
from .files import atomic_output
from .workspace import Workspace, now_iso

_UNUSED = "unused_domains"


def import_template(workspace: Workspace, path: Path) -> Template:
    """Check a template file and keep it in the workspace; the same version twice is refused."""
    return keep_template(workspace, _read(path), path)


def keep_template(workspace: Workspace, text: str, path: Path | None = None) -> Template:
    """Keep a template version's JSON text in the workspace (a table read as a template, or
    a file); the same version twice is refused and nothing is stored.

    Example::

        keep_template(workspace, json.dumps(built.data, ensure_ascii=False)).version  # "2"
    """
    template = parse_template(json.loads(text), path)
    known = {t.version for t in template_versions(workspace, template.code)}
    if template.version in known:
        raise TemplateError(
            f"“{template.name}”模板的版本 {template.version} 已经在工作区中，无需再次导入。"
        )
    with workspace.atomic():
        workspace.db["template_import"].insert(
            {
                "domain": template.code,
                "version": template.version,
                "imported_at": now_iso(),
                "body": text,
            }
        )
        workspace.record(None, "template-import", template.code, None, template.version)
    return template


def install_template_file(path: Path) -> Template:
    """Install a template file (JSON) for every new workspace, checked first."""
    return install_template(_read(path))


def install_template(text: str) -> Template:
    """Put a template version in the user's template folder, for every new workspace.

    The file is named by its domain, so a newer version takes the older one's place; the
    same version as the one in use is refused. Written beside and renamed, so a crash
    never leaves half a template that would stop the program from starting.
    """
    template = parse_template(json.loads(text))
    in_use = load_templates().get(template.code)
    if in_use is not None and in_use.version == template.version:
        raise TemplateError(
            f"“{template.name}”模板的版本 {template.version} 已经在使用中，无需再次安装。"
        )
    folder = installed_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{template.code}.json"
    with atomic_output(target) as temp:
        temp.write_text(text, encoding="utf-8")
    return template


def unused_domains(workspace: Workspace) -> frozenset[str]:
    """Domains the workspace's province or county does not use (some 2022 lists drop 海关
    or 交通运输): validation then asks no 未涉及 of them."""
    return frozenset(json.loads(workspace.get_meta(_UNUSED, "[]") or "[]"))


def set_domain_used(workspace: Workspace, code: str, used: bool) -> None:
    """Mark a domain as used or not in this workspace's list, recorded in the history.

    Example::

        set_domain_used(workspace, "transport", False)  # 本县目录不含交通运输
    """
    before = unused_domains(workspace)
    after = before - {code} if used else before | {code}
    if after == before:
        return
    with workspace.atomic():
        workspace.set_meta(_UNUSED, json.dumps(sorted(after)))
        labels = ("本地使用", "本地不使用")
        workspace.record(None, "domain-unused", code, labels[code in before], labels[not used])


def imported_templates(workspace: Workspace) -> list[Template]:
    """Imported templates in the order they were imported."""
    rows = workspace.db["template_import"].rows_where(order_by="rowid")
    return [parse_template(json.loads(row["body"])) for row in rows]


def template_versions(workspace: Workspace, code: str) -> list[Template]:
    """Every version of one domain's template the workspace knows: bundled first."""
    bundled = load_templates().get(code)
    versions = [bundled] if bundled else []
    return versions + [t for t in imported_templates(workspace) if t.code == code]


def workspace_templates(workspace: Workspace) -> TemplateSet:
    """The templates in force in this workspace: the newest imported version of each domain."""
    return load_templates().with_versions(imported_templates(workspace))


def pending_template_updates(workspace: Workspace) -> dict[str, PendingUpdate]:
    """Per domain, the newer template version to offer the home unit's catalog, if any.

    Example::

        for code, (old, new, updates) in pending_template_updates(workspace).items():
            print(f"{domain_name(code)}：版本 {old} → {new}，{len(updates)} 处更新")
    """
    home = workspace.home_unit
    items = workspace.items(unit_id=home.id)
    codes = {item.domain for item in items if item.template_item_id}
    return pending_updates(
        items, {code: template_versions(workspace, code) for code in codes}, home
    )


def _read(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
        json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"模板文件 {path} 无法读取：{exc}") from exc
    return text
