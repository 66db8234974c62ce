"""Template versions from files and to files: a guideline table, or a catalog sent down.

Offices hold better tables than the public copies the program ships: the province's
forwarded guideline, the county's adapted 目录. ``read_guideline_table`` reads one in the
official layout (title row, two-row merged header, √ columns, merged 一级事项, 同上) with
the catalog reader and makes it a template version; ``export_catalog_template`` turns a
unit's own catalog of one domain into a version file its townships or villages import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.domains import domain_name
from ..domain.errors import Location
from ..domain.template_build import BuiltTemplate, Source, build_template, next_version
from ..domain.templates import Guideline, Template, TemplateError, TemplateSet, parse_template
from ..store.files import atomic_output
from ..store.template_versions import template_versions, workspace_templates
from ..store.workspace import Workspace
from .catalog_reader import read_catalog
from .errors import UnreadableFile

#: What ``templates import`` reads as a table rather than as a template's JSON.
TABLE_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".docx", ".doc", ".xls"})


@dataclass(slots=True)
class TableImport:
    """A table read as a template version, before it is stored: what the preview shows."""

    built: BuiltTemplate
    template: Template
    #: the version in use for that domain, to diff against (None for a new domain)
    previous: Template | None
    #: what the reader noticed (columns not read, hidden rows, rows it refused)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return json.dumps(self.built.data, ensure_ascii=False, indent=1) + "\n"


def read_guideline_table(
    path: Path,
    templates: TemplateSet,
    known_versions: Callable[[str], Iterable[str]],
    domain: str | None = None,
    new_name: str = "",
) -> TableImport:
    """The table at ``path`` (xlsx, csv, docx) as the next version of its domain's template.

    The domain comes from the table's title, sheet or file name, or from ``domain`` (a
    code), which also picks one table of a document that holds several domains' tables.
    ``known_versions(code)``: versions of that domain already known (in the workspace),
    so the new one follows them. ``new_name``: ``domain`` is a domain the program does
    not know yet (福建's 旅游), and this is the name the user confirmed for it. Nothing is
    stored here.

    Example::

        found = read_guideline_table(Path("水利.xlsx"), load_templates(), lambda code: ["1"])
        found.template.version, len(found.template.items)  # ("2", 12)
    """
    path = Path(path)
    where = Location(path=str(path))
    if path.suffix.lower() == ".doc":
        raise UnreadableFile(
            "这是旧版 Word（.doc）文件，无法读取其中的表格。"
            "请在 Word 或 WPS 中“另存为”.docx 格式后再导入。",
            where,
        )
    catalog = read_catalog(path, templates)
    if domain and domain not in catalog.domains:
        catalog = read_catalog(path, templates, domain=domain)
    code = domain or _one_domain(catalog.domains, where)
    previous = templates.get(code)
    if previous is None and not new_name:
        raise TemplateError(
            f"程序中没有代码为 {code} 的领域。请先用 templates list 查看可用的领域。", where
        )
    items = [item for item in catalog.items if item.domain == code]
    source = Source(
        code=code,
        name=previous.name if previous else new_name,
        version=next_version([*([previous.version] if previous else []), *known_versions(code)]),
        origin=f"{path.name}（{_file_date(path)}）",
        guideline=previous.guideline if previous else Guideline(title=path.stem, issuer=""),
        other_names=previous.other_names if previous else (),
    )
    places = {item_id: str(location) for item_id, location in catalog.locations().items()}
    built = build_template(source, items, places, previous)
    if not built.data["items"]:
        reasons = "；".join(f"{place}：{why}" for place, why in built.left_out[:5])
        raise TemplateError(
            "表格中没有读到可以作为模板事项的行" + (f"（{reasons}）" if reasons else "") + "。",
            where,
        )
    notes = [*catalog.notes, *(f"{r.location}：{r.reason}" for r in catalog.rejected)]
    return TableImport(built, parse_template(built.data, path), previous, notes)


def export_catalog_template(workspace: Workspace, code: str, out: Path) -> BuiltTemplate:
    """The home unit's catalog of ``code`` as a template version file at ``out``.

    A county sends it to its townships, a township to its villages; they import it with
    ``templates import`` and their completeness is then checked against it. Items marked
    不适用 are left out: they are not in this unit's catalog.

    Example::

        export_catalog_template(workspace, "social-assistance", Path("社会救助模板.json"))
    """
    home = workspace.home_unit
    items = [
        item for item in workspace.items(domain=code, unit_id=home.id) if not item.is_not_applicable
    ]
    if not items:
        raise TemplateError(f"本单位的目录中没有“{domain_name(code)}”领域的事项，无法导出为模板。")
    in_use = workspace_templates(workspace).get(code)
    name = in_use.name if in_use else domain_name(code)
    source = Source(
        code=code,
        name=name,
        version=next_version(t.version for t in template_versions(workspace, code)),
        origin=f"{home.name}的{name}目录（{date.today().isoformat()}）",
        guideline=in_use.guideline if in_use else Guideline(f"{home.name}{name}目录", home.name),
        other_names=in_use.other_names if in_use else (),
    )
    built = build_template(source, items, previous=in_use)
    parse_template(built.data)
    with atomic_output(Path(out)) as temp:
        temp.write_text(json.dumps(built.data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return built


def _one_domain(codes: list[str], where: Location) -> str:
    if len(codes) == 1:
        return codes[0]
    if not codes:
        raise TemplateError(
            "没有看出这张表属于哪个领域（标题、工作表名和文件名中都没有领域名称）。"
            "请用 --domain 指明，如 --domain 水利；如果是程序中还没有的领域，"
            "请用 --new-domain 代码 --name 名称 确认，如 --new-domain tourism --name 旅游。",
            where,
        )
    names = "、".join(domain_name(code) for code in codes)
    raise TemplateError(
        f"这个文件中有多个领域的表格（{names}）。一个模板版本只能属于一个领域，"
        "请用 --domain 指明要导入哪一个。",
        where,
    )


def _file_date(path: Path) -> str:
    return date.fromtimestamp(path.stat().st_mtime).isoformat()
