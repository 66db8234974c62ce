"""A newer template version, applied to a unit's catalog item by item."""

from __future__ import annotations

import dataclasses

from desktop.domain import Unit
from desktop.domain.template_updates import template_updates
from desktop.domain.templates import TemplateItem, load_templates

UNIT = Unit(name="幸福镇人民政府", level="乡级")


def newer_version():
    old = load_templates().get("social-assistance")
    rows = list(old.items)
    rows[0] = dataclasses.replace(
        rows[0], basis="《社会救助暂行办法》（2024年修订）", subject="民政办"
    )
    rows[1] = dataclasses.replace(rows[1], time_limit="实时")
    removed = rows.pop(2)
    rows.append(
        TemplateItem(
            id="social-assistance-new",
            level1="综合业务",
            name="救助热线",
            content="热线电话",
            basis="《社会救助暂行办法》",
            time_limit="实时",
            subject="民政部门",
            channels=("政府网站",),
            audience="全社会",
            method="主动",
            levels=("县级", "乡级"),
        )
    )
    return old, dataclasses.replace(old, version="2", items=tuple(rows)), removed


def test_changes_additions_and_removals_with_local_edits_respected():
    old, new, removed = newer_version()
    items = [row.to_item(old, UNIT) for row in old.items_for_level("乡级")]
    items[1].time_limit = "本镇自定的时限"
    updates = {u.row.id: u for u in template_updates(items, old, new, UNIT)}
    first = updates[old.items[0].id]
    assert first.kind == "changed" and first.proposed
    assert first.changes == {"basis": (old.items[0].basis, "《社会救助暂行办法》（2024年修订）")}
    second = updates[old.items[1].id]
    assert second.edited_locally == ("time_limit",) and not second.proposed
    added = updates["social-assistance-new"]
    assert added.kind == "added" and added.new_item.subject == UNIT.name
    assert updates[removed.id].kind == "removed"
