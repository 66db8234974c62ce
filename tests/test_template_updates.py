"""A newer template version, applied to a unit's catalog item by item."""

from __future__ import annotations

import dataclasses
import json

from desktop.domain import Unit
from desktop.domain.template_updates import pending_updates, template_updates
from desktop.domain.templates import TemplateItem, load_templates
from tests.conftest import make_item

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


def test_pending_updates_offer_the_newest_version_against_the_newest_in_use():
    old, new, _removed = newer_version()
    items = [row.to_item(old, UNIT) for row in old.items_for_level("乡级")]
    budgets = load_templates().get("budgets")
    items += [row.to_item(budgets, UNIT) for row in budgets.items_for_level("乡级")]
    versions = {"social-assistance": [old, new], "budgets": [budgets]}
    pending = pending_updates(items, versions, UNIT)
    assert list(pending) == ["social-assistance"]  # budgets has no newer version
    old_version, new_version, updates = pending["social-assistance"]
    assert (old_version, new_version) == ("1", "2")

    def what(found):  # an added row's new item gets a fresh id each time
        return [(u.kind, u.row.id, u.item_id, u.changes) for u in found]

    assert what(updates) == what(template_updates(items, old, new, UNIT))


def test_pending_updates_skip_a_domain_already_on_the_newest_version():
    old, new, _removed = newer_version()
    items = [row.to_item(new, UNIT) for row in new.items_for_level("乡级")]
    items.append(make_item(name="本镇自有事项"))  # no template: never asks for an update
    assert pending_updates(items, {"social-assistance": [old, new]}, UNIT) == {}


def test_pending_updates_start_from_the_newest_older_version_in_use():
    old, new, _removed = newer_version()
    middle = dataclasses.replace(old, version="1.5")
    items = [row.to_item(old, UNIT) for row in old.items_for_level("乡级")]
    items[0].template_version = "1.5"
    pending = pending_updates(items, {"social-assistance": [old, middle, new]}, UNIT)
    assert pending["social-assistance"].old_version == "1.5"


def test_pending_template_updates_of_a_workspace(workspace, tmp_path):
    from desktop.store import DEFAULT_OUT_OF_SCOPE_REASON, seed_catalog
    from desktop.store.template_versions import import_template, pending_template_updates

    seed_catalog(workspace, ["social-assistance", "budgets"], DEFAULT_OUT_OF_SCOPE_REASON)
    assert pending_template_updates(workspace) == {}
    _old, new, _removed = newer_version()
    data = json.loads(load_templates().get("social-assistance").path.read_text("utf-8"))
    data["version"] = "2"
    data["items"] = [
        {**row, "time_limit": "实时"} if row["id"] == new.items[1].id else row
        for row in data["items"]
    ]
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    import_template(workspace, path)
    pending = pending_template_updates(workspace)
    assert list(pending) == ["social-assistance"]
    [update] = pending["social-assistance"].updates
    assert update.kind == "changed" and update.changes["time_limit"][1] == "实时"
    assert pending["social-assistance"][:2] == ("1", "2")
