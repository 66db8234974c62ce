"""The item edits the window offers: one-click fix, unit rename, a unit's own new item."""

from __future__ import annotations

from desktop.domain import Item, Unit
from desktop.domain.checks import is_time_limit
from desktop.domain.editing import (
    NEW_ITEM_NAME,
    fixed_values,
    new_own_item,
    renamed_subjects,
)
from desktop.domain.findings import Context, Finding, Fix
from desktop.domain.templates import load_templates
from desktop.domain.validation import Validator
from desktop.domain.vocab import TIME_LIMITS
from tests.conftest import make_item

TOWNSHIP = Unit(name="幸福镇人民政府", level="乡级")


def _check():
    return Validator(Context.for_unit(TOWNSHIP, templates=load_templates())).check_item


def test_fixed_values_applies_every_safe_fix_including_those_a_fix_reveals():
    # The control character hides the spaces until it is gone: two fixes on one field.
    item = make_item(name="\x07 办事指南 ", method="主动公开")
    changes = fixed_values(item, _check())
    assert changes == {"name": "办事指南", "method": "主动"}
    assert item.name == "\x07 办事指南 "  # the item itself is left alone


def test_fixed_values_is_empty_for_a_clean_item():
    assert fixed_values(make_item(), _check()) == {}


def test_fixed_values_takes_the_most_severe_fix_first():
    item = make_item()

    def check(current: Item) -> list[Finding]:
        found = []
        if current.content == item.content:
            found.append(
                Finding("w", "warning", "", current.id, "content", fix=Fix("content", "甲"))
            )
        if current.basis == item.basis:
            found.append(Finding("e", "error", "", current.id, "basis", fix=Fix("basis", "乙")))
        if current.basis == "乙" and current.content == item.content:
            found.append(Finding("i", "info", "", current.id, "link", fix=Fix("link", "丙")))
        return found

    # basis (error) first reveals the info fix; content (warning) still outranks it.
    assert fixed_values(item, check) == {"basis": "乙", "content": "甲"}


def test_fixed_values_stops_on_a_fix_that_changes_nothing():
    calls = []

    def check(current: Item) -> list[Finding]:
        calls.append(current)
        return [Finding("x", "warning", "", current.id, "name", fix=Fix("name", current.name))]

    assert fixed_values(make_item(), check) == {}
    assert len(calls) == 1


def test_renamed_subjects_carries_only_the_old_name():
    mine = make_item(subject="幸福镇人民政府")
    county = make_item(subject="县民政局")
    spaced = make_item(subject="幸福镇人民政府 ")
    renamed = renamed_subjects([mine, county, spaced], "幸福镇人民政府", "幸福街道办事处")
    assert renamed == {mine.id: "幸福街道办事处"}


def test_renamed_subjects_is_empty_when_the_name_did_not_change():
    assert renamed_subjects([make_item()], "幸福镇人民政府", "幸福镇人民政府") == {}


def test_new_own_item_has_the_units_defaults():
    item = new_own_item(TOWNSHIP, "other")
    assert (item.domain, item.name, item.subject) == ("other", NEW_ITEM_NAME, "幸福镇人民政府")
    assert (item.method, item.audience, item.levels) == ("主动", "全社会", ("乡级",))
    assert item.unit_id == TOWNSHIP.id
    assert item.template_item_id is None
    assert new_own_item(TOWNSHIP, "other").id != item.id


def test_offered_time_limits_are_all_accepted_by_the_time_limit_check():
    assert TIME_LIMITS and all(is_time_limit(value) for value in TIME_LIMITS)
