"""Edits the window offers on items, decided here so the CLI and tests can use them too.

The window only turns what these return into undoable commands: the fields a
one-click fix changes, the items a unit rename carries along, the defaults of a
unit's own new item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from .findings import Finding
from .model import Item, Unit
from .rule_catalog import SEVERITY_ORDER

#: What a new item is called until the clerk types its name (the editor selects it).
NEW_ITEM_NAME = "新事项"
#: One fix can reveal the next (a control character removed leaves spaces to trim);
#: a bound keeps a rule that keeps offering a fix from looping for ever.
MAX_FIX_ROUNDS = 20


def fixed_values(item: Item, check: Callable[[Item], Iterable[Finding]]) -> dict[str, object]:
    """The field changes after applying every safe fix, most severe finding first.

    ``check`` is what validates one item (``LiveValidation.validator.check_item``);
    it runs again after each fix because a fix can reveal another. Fields that end
    as they started are left out, so an empty dict means there is nothing to fix.

    Example::

        fixed_values(Item(domain="budgets", name=" 预算 ", method="主动公开"), check)
        # {"name": "预算", "method": "主动"}
    """
    current = item
    for _ in range(MAX_FIX_ROUNDS):
        found = sorted(check(current), key=lambda f: SEVERITY_ORDER[f.severity])
        fix = next((f.fix for f in found if f.fix), None)
        if fix is None or getattr(current, fix.field) == fix.value:
            break
        current = replace(current, **{fix.field: fix.value})
    return {
        key: getattr(current, key)
        for key in item.values()
        if getattr(current, key) != getattr(item, key)
    }


def renamed_subjects(items: Iterable[Item], old_name: str, new_name: str) -> dict[str, str]:
    """Item id → new 公开主体, for the items whose 公开主体 is still the unit's old name.

    Items that name another body (a county bureau, a village committee) keep it;
    a name that did not change renames nothing.

    Example::

        renamed_subjects(items, "幸福镇人民政府", "幸福街道办事处")  # {"3f…": "幸福街道办事处"}
    """
    if old_name == new_name:
        return {}
    return {item.id: new_name for item in items if item.subject == old_name}


def new_own_item(unit: Unit, domain: str) -> Item:
    """A unit's own item outside the guidelines, with the defaults most such items share.

    The unit publishes it (公开主体), actively (主动), to everyone (全社会), at its
    own level; the clerk then types its name over ``新事项``.

    Example::

        new_own_item(Unit(name="幸福镇人民政府", level="乡级"), "other").levels  # ("乡级",)
    """
    return Item(
        domain=domain,
        name=NEW_ITEM_NAME,
        subject=unit.name,
        method="主动",
        audience="全社会",
        levels=(unit.level,),
        unit_id=unit.id,
    )
