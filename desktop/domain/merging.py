"""Three-way merge of one item received from a lower unit, field by field.

The receiver keeps, for every item it accepted, the version it accepted (the
base). A field the lower unit changed since then and the receiver did not is
taken; a field only the receiver changed (a township correcting a village's
typo) is kept; a field both changed to different values is a conflict, shown
side by side and never overwritten silently (ODK and DHIS2 users lost work to
silent overwrites). Deletions travel as deletions, under the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .model import EDITABLE_FIELDS, Item

#: What merges: the item's content. Its 状态 is the receiver's review of it, not
#: something the sender can set.
MERGED_FIELDS: tuple[str, ...] = tuple(f for f in EDITABLE_FIELDS if f != "status")
#: The pseudo-field a deletion is compared under.
DELETED = "deleted"

Kind = Literal["new", "changed", "unchanged", "conflict", "deleted"]


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    base: object
    local: object
    incoming: object


@dataclass(slots=True)
class ItemMerge:
    """What receiving one item does: its kind, the fields taken, the conflicts."""

    item_id: str
    kind: Kind
    incoming: Item
    local: Item | None = None
    #: field -> value taken from the package (every field, for a new item)
    taken: dict[str, object] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)


def content_of(item: Item) -> dict[str, object]:
    """The fields that merge, plus whether the item is deleted (what a base records)."""
    values: dict[str, object] = {key: getattr(item, key) for key in MERGED_FIELDS}
    values[DELETED] = item.deleted_at is not None
    return values


def merge_item(base: dict[str, object] | None, local: Item | None, incoming: Item) -> ItemMerge:
    """Receive ``incoming`` over ``local`` (None: not held here), against ``base``.

    Example::

        merge_item(None, None, item).kind                  # "new"
        merge_item(content_of(old), old, edited).taken     # {"basis": "《…》"}
    """
    theirs = content_of(incoming)
    if local is None:
        if incoming.deleted_at is not None:
            return ItemMerge(incoming.id, "unchanged", incoming)
        return ItemMerge(incoming.id, "new", incoming, taken=theirs)
    ours = content_of(local)
    # No base (received before this was recorded, or made here): the receiver's copy
    # counts as the base, so nothing it holds is overwritten without a conflict.
    base = base if base is not None else ours
    taken: dict[str, object] = {}
    conflicts: list[FieldConflict] = []
    for key, value in theirs.items():
        was, mine = base.get(key), ours[key]
        if value in (mine, was):
            continue  # the same already, or only the receiver changed it
        if mine == was:
            taken[key] = value
        else:
            conflicts.append(FieldConflict(key, was, mine, value))
    if conflicts:
        return ItemMerge(incoming.id, "conflict", incoming, local, taken, conflicts)
    if not taken:
        return ItemMerge(incoming.id, "unchanged", incoming, local)
    kind: Kind = "deleted" if taken.get(DELETED) is True else "changed"
    return ItemMerge(incoming.id, kind, incoming, local, taken)
