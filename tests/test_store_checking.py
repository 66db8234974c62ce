"""Workspace-level validation: declared domains, the freshness setting, imported templates."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_item

from desktop.domain.model import Unit
from desktop.store import WorkspaceError
from desktop.store.checking import freshness_days, set_freshness_days, validate_workspace


def test_out_of_scope_declarations_are_kept_audited_and_cleared(workspace):
    workspace.declare_out_of_scope("taxation", "  本镇无税务机构 ")
    assert workspace.out_of_scope() == {"taxation": "本镇无税务机构"}
    workspace.declare_out_of_scope("taxation", "税务由县局负责")
    assert workspace.out_of_scope() == {"taxation": "税务由县局负责"}
    workspace.clear_out_of_scope("taxation")
    assert workspace.out_of_scope() == {}
    actions = [(a.action, a.old, a.new) for a in workspace.audit() if a.action == "out-of-scope"]
    assert actions == [
        ("out-of-scope", None, "本镇无税务机构"),
        ("out-of-scope", "本镇无税务机构", "税务由县局负责"),
        ("out-of-scope", "税务由县局负责", None),
    ]


def test_out_of_scope_needs_a_reason(workspace):
    with pytest.raises(WorkspaceError, match="原因"):
        workspace.declare_out_of_scope("taxation", "  ")


def test_freshness_setting(workspace):
    assert freshness_days(workspace) == 20
    set_freshness_days(workspace, 10)
    assert freshness_days(workspace) == 10
    with pytest.raises(WorkspaceError):
        set_freshness_days(workspace, -1)


def test_workspace_report_uses_the_workspace_settings(workspace):
    item = workspace.add_item(make_item())
    with workspace.atomic():
        workspace.conn.execute(
            "UPDATE item SET confirmed_at = '2026-11-01T09:00:00+08:00' WHERE id = ?", (item.id,)
        )
    today = date(2026, 11, 25)
    assert "stale" not in {f.rule for f in validate_workspace(workspace, today=today).findings}
    set_freshness_days(workspace, 5)
    stale = [f for f in validate_workspace(workspace, today=today).findings if f.rule == "stale"]
    assert [f.item_id for f in stale] == [item.id]


def test_sub_units_are_not_other_units(workspace):
    village = Unit(name="美丽村村民委员会", level="村级")
    workspace.db["unit"].insert(
        {"id": village.id, "name": village.name, "level": village.level, "is_home": 0}
    )
    workspace.add_item(make_item(subject="美丽村村民委员会"))
    rules = {f.rule for f in validate_workspace(workspace).findings}
    assert "copied-unit" not in rules
