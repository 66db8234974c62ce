"""Newer guideline templates a user imports into a workspace (provinces revise guidelines).

The file's text is kept in the workspace, so the workspace carries the exact version
its items came from and can show what a newer version changes, on any PC.
"""

from __future__ import annotations

import json
import zipfile
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


#: The bundled templates are ~100 KB each; a file far bigger is not one of them.
MAX_TEMPLATE_BYTES = 8 * 1024 * 1024
_NOT_A_TEMPLATE = (
    "，不是标准指引模板。模板是程序提供的 .json 文件（如新版本的 social-assistance.json）；"
)
#: What a file is, by its first bytes, when it is not a template: what a clerk picks by
#: mistake is a spreadsheet, a Word/PDF copy of the guideline, or something else entirely.
_KINDS = (
    (
        b"\xd0\xcf\x11\xe0",
        "这是旧版 Office 文件（.xls/.doc/.et）",
        "要把表格中的事项加入目录，请另存为 .xlsx 后用“文件 › 导入目录文件”导入。",
    ),
    (
        b"%PDF",
        "这是 PDF 文件",
        "PDF 中的指引要先整理成模板文件才能导入；要核对事项，请对照 PDF 逐项修改目录。",
    ),
)


_IMPORT_ADVICE = "要把表格中的事项加入目录，请用“文件 › 导入目录文件”或 python main.py import。"


def _zip_kind(path: Path) -> str:
    """A zip's kind by the part only that kind has (the names list only, nothing unpacked)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist()[:10_000])
    except (OSError, zipfile.BadZipFile):
        return "这是一个压缩包（可能已损坏）"
    if "xl/workbook.xml" in names:
        return "这是表格文件（.xlsx）"
    if "word/document.xml" in names:
        return "这是 Word 文档（.docx）"
    return "这是一个压缩包（.zip）"


def _read(path: Path) -> str:
    """The template's JSON text; anything else is refused saying what the file is."""
    name = Path(path).name
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise TemplateError(f"模板文件“{name}”无法打开（{exc.strerror or exc}）。") from exc
    if data.startswith(b"PK\x03\x04"):
        raise TemplateError(f"“{name}”：{_zip_kind(path)}{_NOT_A_TEMPLATE}{_IMPORT_ADVICE}")
    for magic, what, advice in _KINDS:
        if data.startswith(magic):
            raise TemplateError(f"“{name}”：{what}{_NOT_A_TEMPLATE}{advice}")
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"“{name}”超过 8 MB{_NOT_A_TEMPLATE}请检查选的文件。")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError(
            f"“{name}”不是文本文件（可能是图片、压缩包或损坏的文件）{_NOT_A_TEMPLATE}"
            "请检查选的文件。"
        ) from None
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip()[:1] not in ("{", "["):
            raise TemplateError(
                f"“{name}”是文本文件，但不是模板的格式（JSON）{_NOT_A_TEMPLATE}"
                "目录表格（.csv）请用“文件 › 导入目录文件”导入。"
            ) from None
        raise TemplateError(
            f"模板文件“{name}”第 {exc.lineno} 行第 {exc.colno} 列格式有误，"
            "文件可能被改动或没有下载完整，请重新取得这个模板文件。"
        ) from None
    return text
