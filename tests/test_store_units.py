"""Removing a sub-unit (to the recycle bin) and restoring an open workspace from a backup."""

from __future__ import annotations

import pytest
from catalog_files import county_rows
from conftest import make_item

from desktop.domain.model import Unit
from desktop.exchange.importing import apply_import, plan_import
from desktop.store import WorkspaceError
from desktop.store.opening import restore_open_workspace
from desktop.store.units import remove_unit


def with_village(workspace):
    village = workspace.add_unit(
        Unit(name="美丽村村民委员会", level="村级", parent_id=workspace.home_unit.id)
    )
    items = workspace.add_items(
        [make_item(name=f"村务{i}", unit_id=village.id, domain="village-affairs") for i in range(3)]
    )
    return village, items


def test_removing_a_sub_unit_moves_its_items_to_the_recycle_bin(workspace):
    own = workspace.add_item(make_item())
    village, items = with_village(workspace)
    workspace.delete_item(items[2].id)  # already in the bin: stays as it was
    removed = remove_unit(workspace, village.id)
    assert removed == [items[0].id, items[1].id]
    assert [item.id for item in workspace.items()] == [own.id]
    assert {item.id for item in workspace.items(deleted=True)} == {i.id for i in items}
    assert workspace.unit_domain_counts() == {(workspace.home_unit.id, "social-assistance"): 1}
    assert workspace.item(items[0].id).revision == 2
    assert [a.action for a in workspace.audit() if a.action == "unit-remove"] == ["unit-remove"]
    for item_id in removed:  # what undo and the recycle bin do
        workspace.restore_item(item_id)
    assert workspace.unit_domain_counts()[(village.id, "village-affairs")] == 2


def test_the_home_unit_cannot_be_removed(workspace):
    workspace.add_item(make_item())
    with pytest.raises(WorkspaceError, match="本单位，不能删除"):
        remove_unit(workspace, workspace.home_unit.id)
    assert len(workspace.items()) == 1


def test_an_import_is_undone_by_restoring_its_backup_in_the_open_workspace(workspace, tmp_path):
    workspace.add_item(make_item(name="导入前就有"))
    plan = plan_import(workspace, county_rows(tmp_path))
    plan.add_new_units = True
    result = apply_import(workspace, plan)
    assert len(workspace.items()) == 5 and len(workspace.units()) == 2
    safety = restore_open_workspace(workspace, result.backup.path)
    assert [item.name for item in workspace.items()] == ["导入前就有"]
    assert [unit.name for unit in workspace.units()] == ["幸福镇人民政府"]
    assert safety.reason == "restore"
    restore_open_workspace(workspace, safety.path)  # and the restore itself is undone
    assert len(workspace.items()) == 5


def test_a_removed_sub_unit_is_asked_about_again_on_the_next_import(workspace, tmp_path):
    source = county_rows(tmp_path)
    plan = plan_import(workspace, source)
    plan.add_new_units = True
    apply_import(workspace, plan)
    village = next(u for u in workspace.units() if u.name == "美丽村村民委员会")
    remove_unit(workspace, village.id)
    again = plan_import(workspace, source)
    assert not again.add_new_units  # the workspace holds only its own unit again
    assert [(u.id, n) for u, n in again.new_unit_counts()] == [(village.id, 3)]
    again.add_new_units = True
    assert apply_import(workspace, again).added == 3
    assert [u.name for u in workspace.units()] == ["幸福镇人民政府", "美丽村村民委员会"]
