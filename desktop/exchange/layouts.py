"""What goes into each cell of an export: profile rows and the official guideline table.

Pure data, no file format: the xlsx writer and the print/PDF layout (in ``ui``)
both take these rows, so the printed 公开栏 sheet and the published workbook
show exactly the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import groupby

from ..domain.domains import domain_name
from ..domain.model import Item, Unit
from ..domain.text import join_list
from ..domain.vocab import LEVELS, canonical_audience, canonical_levels, canonical_method
from .profiles import Column, Profile

#: Numbers written as numbers; everything else is written as text.
NUMBER_FIELDS = frozenset({"seq", "revision"})


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet of a rows-layout export."""

    name: str
    headers: tuple[str, ...]
    widths: tuple[int, ...]
    rows: list[list[object]]
    #: item id of each row (for the batch record and for messages).
    item_ids: list[str]
    #: rows above the header (a province template's title rows, kept as the template has them).
    title_rows: tuple[tuple[str, ...], ...] = ()


def profile_tables(profile: Profile, items: list[Item], units: Mapping[str, Unit]) -> list[Table]:
    """The sheets a rows-layout profile makes from ``items`` (split by domain if it says so)."""
    groups: Iterable[tuple[str, list[Item]]]
    if profile.by_domain:
        groups = [(code, list(group)) for code, group in groupby(items, key=lambda i: i.domain)]
    else:
        groups = [("", items)]
    tables = []
    for code, group in groups:
        rows = [
            [
                number if column.field == "row_number" else cell(profile, column, item, units)
                for column in profile.columns
            ]
            for number, item in enumerate(group, start=1)
        ]
        name = profile.sheet.replace("{domain}", domain_name(code) if code else "全部")
        tables.append(
            Table(
                name=name,
                headers=tuple(column.header for column in profile.columns),
                widths=tuple(column.width for column in profile.columns),
                rows=rows,
                item_ids=[item.id for item in group],
                title_rows=profile.title_rows,
            )
        )
    return tables


def cell(profile: Profile, column: Column, item: Item, units: Mapping[str, Unit]) -> object:
    key = column.field
    if key == "blank":
        return ""
    if key == "unit_name":
        unit = units.get(item.unit_id)
        return unit.name if unit else ""
    if key == "division_code":
        unit = units.get(item.unit_id)
        return unit.division_code if unit else ""
    if key == "domain":
        return domain_name(item.domain)
    value = getattr(item, key, "")
    if isinstance(value, tuple):
        if profile.list_escape:
            return join_list(value)
        return profile.list_separator.join(column.map.get(v, v) for v in value)
    if value is None:
        return ""
    if key in NUMBER_FIELDS:
        return int(value)
    return column.map.get(value, value) if column.map else value


@dataclass(slots=True)
class OfficialSheet:
    """One domain's table in the guideline layout (二级表头, ticks, merged 一级事项)."""

    domain: str
    title: str
    subtitle: str
    levels: tuple[str, ...]
    rows: list[list[str]] = field(default_factory=list)
    #: (first row index, last row index) of runs of equal 一级事项, to merge.
    level1_runs: list[tuple[int, int]] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    #: the unit whose catalog this is, when one file or print holds several units' ("" else)
    unit_name: str = ""

    @property
    def top_headers(self) -> list[str]:
        ticks = ["公开对象", "", "公开方式", "", "公开层级", *[""] * (len(self.levels) - 1)]
        return [
            "序号",
            "公开事项",
            "",
            "公开内容（要素）",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            *ticks,
        ]

    @property
    def leaf_headers(self) -> list[str]:
        return [
            "",
            "一级事项",
            "二级事项",
            "",
            "",
            "",
            "",
            "",
            "全社会",
            "特定群体",
            "主动",
            "依申请",
            *self.levels,
        ]

    @property
    def widths(self) -> list[int]:
        return [5, 12, 16, 32, 28, 18, 14, 20, 6, 6, 6, 6, *[6] * len(self.levels)]


TICK = "√"


def official_sheets(
    items: list[Item], unit: Unit, date: str, units: Mapping[str, Unit] | None = None
) -> list[OfficialSheet]:
    """One sheet per domain in catalog order; 不适用 items are not published.

    With ``units`` (id -> unit) and items of several units (a county with its townships
    and villages), one run of sheets per unit, ``unit`` first: each titled with that
    unit's name, as each unit publishes its own catalog.

    Example::

        official_sheets(items, county, "2026-12-01", {u.id: u for u in workspace.units()})
    """
    published = [item for item in items if not item.is_not_applicable]
    known = {unit.id: unit, **{k: v for k, v in (units or {}).items() if k != unit.id}}
    by_unit: dict[str, list[Item]] = {unit_id: [] for unit_id in known}
    for item in published:
        by_unit.setdefault(item.unit_id, []).append(item)
    groups = [(known.get(unit_id, unit), group) for unit_id, group in by_unit.items() if group]
    if len(groups) <= 1:
        owner = groups[0][0] if groups else unit
        return _unit_sheets(published, owner, date, "")
    return [
        sheet for owner, group in groups for sheet in _unit_sheets(group, owner, date, owner.name)
    ]


def _unit_sheets(items: list[Item], unit: Unit, date: str, unit_name: str) -> list[OfficialSheet]:
    sheets = []
    for code, group in groupby(items, key=lambda i: i.domain):
        rows = list(group)
        levels = tuple(
            level
            for level in LEVELS
            if level in ("县级", "乡级") or any(level in i.levels for i in rows)
        )
        name = domain_name(code)
        sheet = OfficialSheet(
            domain=code,
            title=f"{unit.name}{name}领域基层政务公开标准目录",
            subtitle=f"编制单位：{unit.name}　　更新日期：{date}",
            levels=levels,
            unit_name=unit_name,
        )
        for number, item in enumerate(rows, start=1):
            audience = canonical_audience(item.audience)
            method = canonical_method(item.method)
            item_levels = {lv for level in item.levels for lv in canonical_levels(level)}
            sheet.rows.append(
                [
                    str(number),
                    item.level1,
                    item.name,
                    item.content,
                    item.basis,
                    item.time_limit,
                    item.subject,
                    "、".join(item.channels),
                    TICK if audience == "全社会" else "",
                    TICK if audience == "特定群体" else "",
                    TICK if method == "主动" else "",
                    TICK if method == "依申请" else "",
                    *(TICK if level in item_levels else "" for level in levels),
                ]
            )
            sheet.item_ids.append(item.id)
        start = 0
        for index in range(1, len(rows) + 1):
            if index == len(rows) or rows[index].level1 != rows[start].level1:
                if index - start > 1 and rows[start].level1:
                    sheet.level1_runs.append((start, index - 1))
                start = index
        sheets.append(sheet)
    return sheets
