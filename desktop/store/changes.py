"""What a change to a workspace touched, so each view refreshes only what it shows.

Anki's ``OpChanges``, small: every user action returns one of these, the UI sends
it on one signal, and the table, domain tree, findings, dashboard and status bar
each look at the part they show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """Example::

    Changes.of_items(["id-1"])                      # an edit: one row, its findings
    Changes.of_items(ids, rows=True)                # items added or deleted: counts too
    Changes(units=True, settings=True)              # the unit was renamed
    Changes.everything()                            # an import or a restore
    """

    #: items whose content, status or presence changed
    items: frozenset[str] = frozenset()
    #: the set of live items changed (added, deleted, restored): counts and rows
    rows: bool = False
    #: units were added, removed or renamed
    units: bool = False
    #: domains whose catalogs changed (their completeness findings may have too)
    domains: frozenset[str] = frozenset()
    #: what validation depends on besides the items: the unit's profile, a setting,
    #: a domain declared 未涉及 (a whole re-check follows)
    settings: bool = False
    #: anything may have changed (an import, a merge, a restore): reload every view
    all: bool = False

    @classmethod
    def of_items(cls, item_ids: Iterable[str], *, rows: bool = False) -> Changes:
        return cls(items=frozenset(item_ids), rows=rows)

    @classmethod
    def everything(cls) -> Changes:
        return cls(rows=True, units=True, settings=True, all=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            items=self.items | other.items,
            rows=self.rows or other.rows,
            units=self.units or other.units,
            domains=self.domains | other.domains,
            settings=self.settings or other.settings,
            all=self.all or other.all,
        )

    def __bool__(self) -> bool:
        return bool(
            self.items or self.rows or self.units or self.domains or self.settings or self.all
        )

    @property
    def context(self) -> bool:
        """Whether what validation depends on besides the items changed (a full re-check)."""
        return self.all or self.units or self.settings
