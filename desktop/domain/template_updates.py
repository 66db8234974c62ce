"""What a newer guideline template means for a unit's catalog, item by item.

For every item that came from an older version of a domain's template: the fields
the new version words differently (with whether the unit had already changed
that field itself, in which case the update is not proposed by default), the
rows the new version adds for the unit's level, and the rows it drops.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .model import Item, Unit
from .templates import Template, TemplateItem, diff_templates

#: 公开主体 in a catalog is the unit itself, never the template's wording.
_NOT_UPDATED = frozenset({"subject"})


@dataclass(frozen=True, slots=True)
class TemplateUpdate:
    kind: str  # "changed" | "added" | "removed"
    row: TemplateItem
    item_id: str | None = None
    #: field -> (value now, value in the new template)
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    #: fields the unit had already edited away from the old template's wording
    edited_locally: tuple[str, ...] = ()
    new_item: Item | None = None

    @property
    def proposed(self) -> bool:
        """Ticked by default: added rows, and changes to fields the unit left as they were."""
        return self.kind == "added" or (self.kind == "changed" and not self.edited_locally)


class PendingUpdate(NamedTuple):
    """A newer version of one domain's template to offer: from which, to which, what changes."""

    old_version: str
    new_version: str
    updates: list[TemplateUpdate]


def template_updates(
    items: list[Item], old: Template, new: Template, unit: Unit
) -> list[TemplateUpdate]:
    """What moving ``items`` from template ``old`` to ``new`` changes, item by item.

    Example::

        [u.kind for u in template_updates(items, v1, v2, unit)]  # ["changed", "added"]
    """
    diff = diff_templates(old, new)
    by_template_id = {item.template_item_id: item for item in items if item.template_item_id}
    updates: list[TemplateUpdate] = []
    for change in diff.changed:
        item = by_template_id.get(change.new.id)
        if item is None:
            continue
        changes, edited = {}, []
        for key in change.fields:
            if key in _NOT_UPDATED:
                continue
            current = getattr(item, key)
            changes[key] = (current, getattr(change.new, key))
            if current != getattr(change.old, key):
                edited.append(key)
        if changes:
            updates.append(TemplateUpdate("changed", change.new, item.id, changes, tuple(edited)))
    present = set(by_template_id)
    for row in diff.added:
        if row.applies_to(unit.level) and row.id not in present:
            updates.append(TemplateUpdate("added", row, new_item=row.to_item(new, unit)))
    for row in diff.removed:
        item = by_template_id.get(row.id)
        if item is not None:
            updates.append(TemplateUpdate("removed", row, item.id))
    return updates


def pending_updates(
    items: list[Item], versions: Mapping[str, Sequence[Template]], unit: Unit
) -> dict[str, PendingUpdate]:
    """Per domain, the update to offer: the newest version against the newest one in use.

    ``versions`` holds each domain's template versions oldest first (bundled, then
    imported). A domain is offered only when some of the unit's items came from a
    version older than the newest and the newest changes something for them;
    domains come in the order their items do.

    Example::

        pending_updates(items, {"social-assistance": [v1, v2]}, unit)
        # {"social-assistance": PendingUpdate("1", "2", [...])}
    """
    pending: dict[str, PendingUpdate] = {}
    for code in dict.fromkeys(item.domain for item in items if item.template_item_id):
        known = versions.get(code, ())
        if len(known) < 2:
            continue
        newest = known[-1]
        used = {i.template_version for i in items if i.domain == code and i.template_item_id}
        older = [v for v in known if v.version in used and v.version != newest.version]
        if not older:
            continue
        updates = template_updates(items, older[-1], newest, unit)
        if updates:
            pending[code] = PendingUpdate(older[-1].version, newest.version, updates)
    return pending
