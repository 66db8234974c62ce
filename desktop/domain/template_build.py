"""Template versions made from items: a guideline table an office received, or a catalog.

A county's adapted 社会救助 目录 (local 依据 and channels filled) is the best template its
townships can have, and the province's forwarded table is better than the public copy
the program ships. Both arrive as items (read from the table, or the catalog's own);
this turns them into the template JSON that ``parse_template`` checks and
``templates import`` stores, so every later step (seeding, completeness, diffs) is the
one it already is for a bundled template.

A cell the source left blank stays blank, with a note that says so, because the
template's blank is not the clerk's mistake; a row that cannot be a template row
(no 公开层级 ticked, no 公开对象) is left out and named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Item
from .templates import Guideline, Template
from .vocab import AUDIENCES, LEVELS, METHODS

BLANK_NOTE = "标准指引此栏未能取得，请对照本省转发的指引填写"
_TEXT = ("name", "content", "basis", "time_limit", "subject")
_ID = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(slots=True)
class BuiltTemplate:
    """The template data and what the builder noticed, for the preview."""

    data: dict[str, object]
    #: (where, element label) of each blank cell kept blank with ``BLANK_NOTE``
    blanks: list[tuple[str, str]] = field(default_factory=list)
    #: (where, why) of each row left out
    left_out: list[tuple[str, str]] = field(default_factory=list)

    def level_counts(self) -> dict[str, int]:
        items = self.data["items"]
        assert isinstance(items, list)
        return {level: sum(1 for row in items if level in row["levels"]) for level in LEVELS}


@dataclass(frozen=True, slots=True)
class Source:
    """Who the new version is: its domain, version, origin and the guideline it follows."""

    code: str
    name: str
    version: str
    origin: str
    guideline: Guideline
    other_names: tuple[str, ...] = ()


def build_template(
    source: Source,
    items: Iterable[Item],
    where: dict[str, str] | None = None,
    previous: Template | None = None,
) -> BuiltTemplate:
    """Template data for ``items``; rows matching ``previous`` (same 一级事项 and name) keep
    its item ids, so ``templates diff`` shows them as changed rather than removed and added.

    ``where``: item id -> where the row came from (文件 第 N 行), for the preview.

    Example::

        built = build_template(Source("water-resources", "水利", next_version(["1"]),
                               "水利.xlsx（2026-11-30）", guideline), items)
        parse_template(built.data).version  # "2"
    """
    where = where or {}
    known = {(row.level1, row.name): row.id for row in previous.items} if previous else {}
    built = BuiltTemplate(data={})
    rows: list[dict[str, object]] = []
    used: set[str] = set()
    for number, item in enumerate(items, start=1):
        place = where.get(item.id, f"第 {number} 个事项")
        why = _unusable(item)
        if why:
            built.left_out.append((place, why))
            continue
        row_id = _row_id(source.code, item, known, used, len(rows) + 1)
        used.add(row_id)
        notes: dict[str, str] = {}
        for key in _TEXT:
            if not getattr(item, key).strip():
                notes[key] = BLANK_NOTE
                built.blanks.append((place, key))
        if not item.channels:
            notes["channels"] = BLANK_NOTE
            built.blanks.append((place, "channels"))
        rows.append(
            {
                "id": row_id,
                "level1": item.level1,
                **{key: getattr(item, key) for key in _TEXT},
                "channels": list(item.channels),
                "audience": item.audience,
                "method": item.method,
                "levels": [level for level in LEVELS if level in item.levels],
                **({"notes": notes} if notes else {}),
            }
        )
    complete = not built.blanks and not built.left_out and bool(rows)
    g = source.guideline
    built.data = {
        "schema": 1,
        "code": source.code,
        "name": source.name,
        "other_names": list(source.other_names),
        "guideline": {"title": g.title, "issuer": g.issuer, "doc_no": g.doc_no, "year": g.year},
        "version": source.version,
        "origin": source.origin,
        "coverage": {
            "status": "complete" if complete else "partial",
            "missing": "" if complete else _missing(built, source.origin),
        },
        "items": rows,
    }
    return built


def next_version(known: Iterable[str]) -> str:
    """One more than the highest numbered version (``["1", "2"]`` → ``"3"``)."""
    numbers = [int(version) for version in known if version.isdigit()]
    return str(max(numbers, default=0) + 1)


def _unusable(item: Item) -> str:
    if not item.name.strip():
        return "没有事项名称"
    if not item.levels or any(level not in LEVELS for level in item.levels):
        return "没有勾选公开层级（县级、乡级、村级）"
    if item.audience not in AUDIENCES:
        return "没有勾选公开对象（全社会或特定群体）"
    if item.method not in METHODS:
        return "没有勾选公开方式（主动或依申请）"
    return ""


def _row_id(
    code: str, item: Item, known: dict[tuple[str, str], str], used: set[str], n: int
) -> str:
    for candidate in (item.template_item_id, known.get((item.level1, item.name))):
        if candidate and _ID.fullmatch(candidate) and candidate not in used:
            return candidate
    number = n
    while f"{code}-r{number}" in used:
        number += 1
    return f"{code}-r{number}"


def _missing(built: BuiltTemplate, origin: str) -> str:
    parts = []
    if built.blanks:
        parts.append(f"{len(built.blanks)} 个单元格为空")
    if built.left_out:
        parts.append(f"{len(built.left_out)} 行未能作为模板事项")
    found = "，".join(parts) if parts else "没有读到事项"
    return f"从 {origin} 导入：{found}。请对照本省转发的指引补全后重新导入。"
