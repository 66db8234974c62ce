"""Generated data for benchmarks: a county's catalogs, as a county office would hold them.

Units are townships with their villages; each takes the template items for its
level with its own name as 公开主体, blanks filled in as a clerk would, some
items reworded, and a sprinkling of the defects assessments find (synonyms,
pasted zero-width characters, a neighbour's name, missing 依据).
"""

from __future__ import annotations

import random
from pathlib import Path

from desktop.domain import Item, Unit
from desktop.domain.templates import load_templates

FILL = {
    "content": "办理条件、申请材料、办理流程、办理时限、收费标准、咨询电话",
    "basis": "《中华人民共和国政府信息公开条例》",
    "time_limit": "信息形成或变更之日起20个工作日内",
}


def county(count: int, *, filled: bool = True, seed: int = 7) -> tuple[list[Unit], list[Item]]:
    """``count`` items over as many townships (and 12 villages each) as it takes."""
    templates = load_templates()
    rnd = random.Random(seed)
    units: list[Unit] = []
    items: list[Item] = []
    town = 0
    while len(items) < count:
        town += 1
        township = Unit(name=f"第{town}镇人民政府", level="乡级")
        villages = [Unit(name=f"第{town}镇第{v}村村民委员会", level="村级") for v in range(12)]
        for unit in (township, *villages):
            units.append(unit)
            for template in templates:
                for row in template.items_for_level(unit.level):
                    item = row.to_item(template, unit)
                    item.unit_id = unit.id
                    items.append(item)
    items = items[:count]
    for item in items:
        if filled:
            for key, value in FILL.items():
                if not getattr(item, key).strip():
                    setattr(item, key, value)
        month, day = rnd.randint(6, 11), rnd.randint(1, 28)
        item.confirmed_at = f"2026-{month:02d}-{day:02d}T09:00:00+08:00"
        roll = rnd.random()
        if roll < 0.10:
            item.content += f"（{rnd.randint(1, 10**6)}）"
        elif roll < 0.11:
            item.name += "\u200b"
        elif roll < 0.12:
            item.method = "主动公开"
        elif roll < 0.125:
            item.subject = "淙城街道办事处"
        elif roll < 0.13:
            item.basis = "相关法律法规"
    return units, items


def write_upload_xlsx(path: Path, units: list[Unit], items: list[Item]) -> Path:
    """The items as the default upload profile writes them (what a county sends upward)."""
    from desktop.exchange.layouts import profile_tables
    from desktop.exchange.profiles import load_profile
    from desktop.exchange.xlsx_writer import write_tables

    tables = profile_tables(load_profile("upload"), items, {unit.id: unit for unit in units})
    write_tables(path, tables)
    return path
