"""What a corrected spreadsheet changes in an item, field by field, as a clerk reads it.

Clerks correct a catalog the way they know: export it, fix cells in Excel or WPS
and import the file again. Only what they changed may change: a file written in a
layout that spells a value another way (主动公开 for 主动, channels split at 、,
levels as ticks) says the same thing, and a column the layout does not carry says
nothing at all. A blank cell keeps what the item holds (and the preview says so):
files from elsewhere leave cells empty far more often than a clerk empties one
on purpose, and a cleared element would only become an error. The full backup
layout is exact, so there every difference counts, blanks included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..domain.model import EDITABLE_FIELDS, FIELD_LABELS, Item
from ..domain.text import comparison_key
from ..domain.vocab import canonical_audience, canonical_levels, canonical_method, order_levels
from .catalog_reader import parse_channels


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one item: what the workspace holds and what the file says.

    Example::

        FieldChange("content", "办理条件", "办理条件、申请材料").label  # '公开内容'
    """

    field: str
    old: object
    new: object
    #: the file's cell is blank and the stored value stays (shown, not applied)
    kept: bool = False

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def field_changes(
    current: Item, incoming: Item, fields: Iterable[str], *, exact: bool
) -> tuple[FieldChange, ...]:
    """The fields among ``fields`` where ``incoming`` says something other than ``current``.

    ``exact`` for the full backup layout (every difference counts); otherwise values
    are compared for what they mean in the file's layout, and a blank cell is a
    change marked ``kept`` (see the module's note).

    Example::

        field_changes(stored, from_file, ("content", "method"), exact=False)
        # (FieldChange("content", "办理条件", "办理条件、申请材料"),)
    """
    wanted = set(fields)
    changes = []
    for key in EDITABLE_FIELDS:
        if key not in wanted:
            continue
        old, new = getattr(current, key), getattr(incoming, key)
        if old == new:
            continue
        if exact:
            changes.append(FieldChange(key, old, new))
            continue
        meaning = _MEANING.get(key)
        if meaning is not None and meaning(old) == meaning(new):
            continue
        blank = not new if isinstance(new, tuple) else not str(new or "").strip()
        changes.append(FieldChange(key, old, new, kept=blank))
    return tuple(changes)


def _method(value: str) -> str:
    return canonical_method(value) or comparison_key(value)


def _audience(value: str) -> str:
    return canonical_audience(value) or comparison_key(value)


def _levels(values: tuple[str, ...]) -> tuple[str, ...]:
    flat = [level for value in values for level in (canonical_levels(value) or (value,))]
    return order_levels(flat) + tuple(sorted({v for v in flat if v not in order_levels(flat)}))


def _channels(values: tuple[str, ...]) -> tuple[str, ...]:
    """As a row layout writes them (、-joined) and reads them back (split at separators)."""
    return tuple(comparison_key(value) for value in parse_channels("、".join(values)))


_MEANING: dict[str, Callable] = {
    "method": _method,
    "audience": _audience,
    "levels": _levels,
    "channels": _channels,
}
