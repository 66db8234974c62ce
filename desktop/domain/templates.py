"""Domain guideline templates (标准指引): loading, level filtering, version diffs.

A template is one JSON file in ``domain_templates/`` (schema: ``schema.json`` there;
``desktop.resources.templates_dir()`` says where that folder is in a checkout and in a
built package):
the guideline's metadata, its coverage (whether every row of the ministry table
was found), and its items with the nine default elements in the table's order.
The templates are also the list of domains (``desktop.domain.domains``): a domain the
program did not ship arrives as a file the user installs in ``places.installed_templates_dir()``.
Files are parsed once per process; all of them load in a few milliseconds.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..places import installed_templates_dir
from ..resources import templates_dir
from .errors import GkmlError, Location
from .hanzi import simplified
from .model import ELEMENT_FIELDS, Item, Unit
from .vocab import AUDIENCES, LEVELS, METHODS

BUNDLED_DIR = templates_dir()
SCHEMA_VERSION = 1
_LAST = 10_000
_CODE = re.compile(r"[a-z][a-z-]*")
_log = logging.getLogger(__name__)
_TEXT_ELEMENTS = ("name", "content", "basis", "time_limit", "subject")


class TemplateError(GkmlError):
    """A template file that cannot be used; the message names the file and the item."""

    code = "template"


class NoTemplates(TemplateError):
    """No template at all: an install without its data, never an empty catalog to build."""

    code = "no-templates"


@dataclass(frozen=True, slots=True)
class Guideline:
    title: str
    issuer: str
    doc_no: str = ""
    year: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Whether the template holds every row of the guideline table, and what is missing."""

    complete: bool
    missing: str = ""

    @property
    def label(self) -> str:
        return "完整" if self.complete else "部分"


@dataclass(frozen=True, slots=True)
class TemplateItem:
    id: str
    level1: str
    name: str
    content: str
    basis: str
    time_limit: str
    subject: str
    channels: tuple[str, ...]
    audience: str
    method: str
    levels: tuple[str, ...]
    #: element key -> why the value is not the guideline's own (inferred, unreadable …)
    notes: dict[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def applies_to(self, level: str) -> bool:
        return level in self.levels

    def elements(self) -> dict[str, object]:
        return {key: getattr(self, key) for key in ("level1", *ELEMENT_FIELDS)}

    def to_item(self, template: Template, unit: Unit | None = None) -> Item:
        """A catalog item from this row; the unit, when given, becomes the 公开主体."""
        return Item(
            domain=template.code,
            level1=self.level1,
            name=self.name,
            content=self.content,
            basis=self.basis,
            time_limit=self.time_limit,
            subject=unit.name if unit else self.subject,
            channels=self.channels,
            audience=self.audience,
            method=self.method,
            levels=self.levels,
            template_item_id=self.id,
            template_version=template.version,
        )


@dataclass(frozen=True, slots=True)
class Template:
    code: str
    name: str
    other_names: tuple[str, ...]
    guideline: Guideline
    version: str
    coverage: Coverage
    items: tuple[TemplateItem, ...]
    path: Path | None = None
    #: one of the 26 pilot domains of 国办发〔2019〕54号 (whose 未涉及 validation asks for)
    pilot: bool = False
    #: place in the domain list; domains without one come after, by code
    order: int = _LAST
    #: the table or catalog this version was made from (file name and date), if imported
    origin: str = ""

    def items_for_level(self, level: str) -> list[TemplateItem]:
        """Rows the guideline marks for ``level`` (县级/乡级/村级), in table order."""
        return [item for item in self.items if item.applies_to(level)]

    def item(self, item_id: str) -> TemplateItem | None:
        return next((item for item in self.items if item.id == item_id), None)


@dataclass(frozen=True, slots=True)
class ItemChange:
    old: TemplateItem
    new: TemplateItem
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TemplateDiff:
    """What a newer version of a template changed, matched by template item id."""

    added: tuple[TemplateItem, ...]
    removed: tuple[TemplateItem, ...]
    changed: tuple[ItemChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


class TemplateSet:
    """All templates by code, resolvable by code, Chinese name or a local other name."""

    def __init__(self, templates: Iterable[Template]) -> None:
        self._by_code = {t.code: t for t in templates}
        self._by_name: dict[str, Template] = {}
        for template in self._by_code.values():
            for name in (template.code, template.name, *template.other_names):
                self._by_name.setdefault(_name_key(name), template)

    def __iter__(self) -> Iterator[Template]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Template | None:
        return self._by_code.get(code)

    def resolve(self, name: str) -> Template | None:
        """The template a code, name or other name refers to (``卫生健康`` → 医疗卫生).

        Sheet titles such as ``社会救助领域基层政务公开标准目录`` resolve too.
        """
        key = _name_key(name)
        found = self._by_name.get(key)
        if found:
            return found
        for suffix in (
            "基层政务公开标准目录",
            "政务公开标准目录",
            "公开标准目录",
            "标准目录",
            "目录",
            "领域",
        ):
            key = key.removesuffix(suffix)
        return self._by_name.get(key)

    def closest(self, name: str) -> Template | None:
        """The template a mistyped name most likely means, matched on every name a template
        goes by; None when nothing is close.

        Example::

            load_templates().closest("社会求助").name  # "社会救助"
        """
        import difflib  # only for typos: not worth its import time on every start

        by_name = {
            known: template
            for template in self
            for known in (template.name, template.code, *template.other_names)
        }
        matches = difflib.get_close_matches(name.strip(), list(by_name), n=1, cutoff=0.6)
        return by_name[matches[0]] if matches else None

    def with_versions(self, newer: Iterable[Template]) -> TemplateSet:
        """This set with user-imported templates taking the place of their bundled ones.

        A version made from a table or a catalog says nothing of the domain's place in the
        list or its pilot status, so it keeps those of the version it replaces.
        """
        merged = dict(self._by_code)
        for template in newer:
            old = merged.get(template.code)
            if old is not None and template.order == _LAST:
                template = replace(template, pilot=old.pilot, order=old.order)
            merged[template.code] = template
        return TemplateSet(merged.values())


def load_templates(directory: Path | None = None) -> TemplateSet:
    """Every ``*.json`` template of ``directory``; by default the bundled ones with the
    user's installed versions and domains (``templates import --install``) in their place.

    Example::

        load_templates().get("social-assistance").name  # "社会救助"
    """
    if directory is None:
        installed = installed_templates_dir()
        stamp = _stamp(installed)
        return _with_installed(str(installed), stamp) if stamp else _bundled()
    return _load_dir(Path(directory))


def _stamp(directory: Path) -> int:
    """Changes when a file is installed or removed (installs write by renaming)."""
    try:
        return directory.stat().st_mtime_ns
    except OSError:
        return 0


def bundled_templates() -> TemplateSet:
    """The templates shipped with the program, without the user's installed ones."""
    return _bundled()


@lru_cache(maxsize=1)
def _bundled() -> TemplateSet:
    return _load_dir(BUNDLED_DIR)


@lru_cache(maxsize=4)
def _with_installed(directory: str, stamp: int) -> TemplateSet:
    """The bundled set with the installed files in place. A file that cannot be used (put
    there by hand, or cut short by a full disk) is logged and skipped: it must not stop
    the program from starting, and the shipped version stays in force."""
    installed = []
    for path in _template_paths(Path(directory)):
        try:
            installed.append(load_template_file(path))
        except TemplateError as exc:
            _log.warning("本机模板文件夹中的 %s 无法使用，已跳过：%s", path.name, exc)
    return _sorted(_bundled().with_versions(installed))


def _template_paths(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.json") if p.name != "schema.json")


def _sorted(templates: Iterable[Template]) -> TemplateSet:
    return TemplateSet(sorted(templates, key=lambda t: (t.order, t.code)))


def _load_dir(directory: Path) -> TemplateSet:
    paths = _template_paths(directory)
    if not paths:
        raise NoTemplates(
            f"没有找到领域标准指引模板：{directory} 中没有模板文件（*.json）。"
            "程序的安装不完整，请重新安装本程序。"
        )
    return _sorted(load_template_file(path) for path in paths)


def load_template_file(path: Path) -> Template:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"模板文件无法读取：{exc}", Location(path=str(path))) from exc
    return parse_template(data, path)


def parse_template(data: object, path: Path | None = None) -> Template:
    """Check and build a template; every problem names the file and the item."""
    where = str(path) if path else "模板"
    if not isinstance(data, dict):
        raise TemplateError("模板文件应为一个 JSON 对象。", Location(path=where))
    if data.get("schema") != SCHEMA_VERSION:
        raise TemplateError(
            f"模板格式版本为 {data.get('schema')!r}，本程序只认识 {SCHEMA_VERSION}。",
            Location(path=where),
        )
    for key in ("code", "name", "version", "guideline", "coverage", "items"):
        if key not in data:
            raise TemplateError(f"模板缺少“{key}”。", Location(path=where))
    if not isinstance(data["code"], str) or not _CODE.fullmatch(data["code"]):
        raise TemplateError(
            f"模板的领域代码 {data['code']!r} 应由小写英文字母和连字符组成（如 water-resources）。",
            Location(path=where),
        )
    raw_items = data["items"]
    coverage = data["coverage"]
    if not isinstance(raw_items, list) or not isinstance(coverage, dict):
        raise TemplateError("模板的 items 应为列表，coverage 应为对象。", Location(path=where))
    if not raw_items and coverage.get("status") == "complete":
        raise TemplateError("模板标为完整，却没有任何事项（items 为空）。", Location(path=where))
    items = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_items, start=1):
        item = _parse_item(raw, where, number)
        if item.id in seen:
            raise TemplateError(f"第 {number} 个事项的编号 {item.id} 重复。", Location(path=where))
        seen.add(item.id)
        items.append(item)
    guideline = data["guideline"]
    order = data.get("order", _LAST)
    return Template(
        code=str(data["code"]),
        name=str(data["name"]),
        other_names=tuple(data.get("other_names", ())),
        guideline=Guideline(
            title=guideline.get("title", ""),
            issuer=guideline.get("issuer", ""),
            doc_no=guideline.get("doc_no", ""),
            year=str(guideline.get("year", "")),
            url=guideline.get("url", ""),
        ),
        version=str(data["version"]),
        coverage=Coverage(
            complete=coverage.get("status") == "complete", missing=coverage.get("missing", "")
        ),
        items=tuple(items),
        path=Path(path) if path else None,
        pilot=data.get("pilot") is True,
        order=order if isinstance(order, int) and order > 0 else _LAST,
        origin=str(data.get("origin", "")),
    )


def _parse_item(raw: object, where: str, number: int) -> TemplateItem:
    def fail(message: str) -> TemplateError:
        name = raw.get("name", "") if isinstance(raw, dict) else ""
        label = f"第 {number} 个事项“{name}”" if name else f"第 {number} 个事项"
        return TemplateError(f"{label}：{message}", Location(path=where))

    if not isinstance(raw, dict):
        raise fail("应为一个 JSON 对象。")
    notes = raw.get("notes", {})
    for key in ("id", "level1", *_TEXT_ELEMENTS):
        value = raw.get(key)
        if not isinstance(value, str):
            raise fail(f"缺少“{key}”或不是文字。")
        if not value.strip() and key not in notes and key != "level1":
            raise fail(f"“{key}”为空，且没有在 notes 中说明原因。")
    if raw.get("method") not in METHODS:
        raise fail(f"公开方式“{raw.get('method')}”不在 {'、'.join(METHODS)} 之中。")
    if raw.get("audience") not in AUDIENCES:
        raise fail(f"公开对象“{raw.get('audience')}”不在 {'、'.join(AUDIENCES)} 之中。")
    levels = raw.get("levels")
    if not isinstance(levels, list) or not levels or any(lv not in LEVELS for lv in levels):
        raise fail(f"公开层级 {levels!r} 应为 {'、'.join(LEVELS)} 中的一个或多个。")
    channels = raw.get("channels")
    if not isinstance(channels, list) or not all(isinstance(c, str) and c for c in channels):
        raise fail("公开渠道和载体应为文字列表。")
    if not channels and "channels" not in notes:
        raise fail("公开渠道和载体为空，且没有在 notes 中说明原因。")
    return TemplateItem(
        id=raw["id"],
        level1=raw["level1"],
        name=raw["name"],
        content=raw["content"],
        basis=raw["basis"],
        time_limit=raw["time_limit"],
        subject=raw["subject"],
        channels=tuple(channels),
        audience=raw["audience"],
        method=raw["method"],
        levels=tuple(lv for lv in LEVELS if lv in levels),
        notes=dict(notes),
        sources=tuple(raw.get("sources", ())),
    )


def diff_templates(old: Template, new: Template) -> TemplateDiff:
    """Added, removed and changed items between two versions of one domain's template."""
    old_items = {item.id: item for item in old.items}
    new_items = {item.id: item for item in new.items}
    changed = []
    for item_id, new_item in new_items.items():
        old_item = old_items.get(item_id)
        if old_item is None:
            continue
        old_values, new_values = old_item.elements(), new_item.elements()
        fields_ = tuple(key for key in old_values if old_values[key] != new_values[key])
        if fields_:
            changed.append(ItemChange(old_item, new_item, fields_))
    return TemplateDiff(
        added=tuple(item for item_id, item in new_items.items() if item_id not in old_items),
        removed=tuple(item for item_id, item in old_items.items() if item_id not in new_items),
        changed=tuple(changed),
    )


def _name_key(name: str) -> str:
    """Spaces, bracket widths, case and 繁体 do not matter: 社會救助 is 社会救助."""
    return simplified("".join(name.split())).replace("（", "(").replace("）", ")").lower()
