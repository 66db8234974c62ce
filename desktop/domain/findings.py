"""What validation produces and what it needs: findings, reports, the context.

A :class:`Finding` is a tuple (tens of thousands are made for a county's
catalogs, so they must be cheap) of a rule code and its message's values; its
words come from the rule catalog, in whichever language renders them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

from .errors import Location
from .model import Unit
from .rule_catalog import Params, render_message
from .templates import TemplateSet

DEFAULT_FRESHNESS_DAYS = 20


class Fix(NamedTuple):
    """A safe one-click change: set ``field`` to ``value`` (a tuple for list fields)."""

    field: str
    value: object


class Finding(NamedTuple):
    """A problem found: the rule, the values its sentence is filled with, and where.

    Example::

        found = Finding("missing-element", "error", (("label", "公开依据"),), item.id, "basis")
        found.message  # "“公开依据”没有填写。"

    No sentence is stored: :attr:`message` renders the rule's Chinese template (what the
    CLI, exports and reports print), and the UI fills its translated template with the
    same ``params`` (``desktop.ui.labels.finding_message``), so no language has to read
    the values back out of another language's sentence.
    """

    rule: str
    severity: str
    params: Params
    item_id: str | None = None
    field: str | None = None
    domain: str | None = None
    location: Location | None = None
    fix: Fix | None = None
    #: the unit the finding is about: the item's, or for a domain finding (completeness,
    #: coverage) the unit whose catalog it is; None for rows of a file without units.
    unit_id: str | None = None

    @property
    def message(self) -> str:
        """The sentence in Chinese, from the rule catalog."""
        return render_message(self.rule, self.params)

    @property
    def row(self) -> int | None:
        return self.location.row if self.location else None

    def to_json(self) -> dict[str, object]:
        fix = self.fix.value if self.fix else None
        return {
            "rule": self.rule,
            "severity": self.severity,
            "row": self.row,
            "sheet": self.location.sheet if self.location else None,
            "item_id": self.item_id,
            "field": self.field,
            "domain": self.domain,
            "unit_id": self.unit_id,
            "message": self.message,
            "params": dict(self.params),
            "fix": list(fix) if isinstance(fix, tuple) else fix,
        }


@dataclass(frozen=True, slots=True)
class ValidationProfile:
    """What an export profile adds: fields it requires and length limits per field."""

    name: str
    required: tuple[str, ...] = ()
    max_length: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Context:
    """Everything validation depends on besides the items.

    ``level`` is the catalog's level (the unit's, or ``--level`` for a file); None
    skips the level and completeness checks. ``workspace`` turns on the checks
    that only make sense for a whole workspace (domain coverage). ``today`` None
    skips freshness: the check stays a pure function of its arguments.
    """

    unit: Unit | None = None
    level: str | None = None
    templates: TemplateSet | None = None
    profile: ValidationProfile | None = None
    today: date | None = None
    freshness_days: int = DEFAULT_FRESHNESS_DAYS
    #: domain code -> reason, for pilot domains the unit declared 未涉及.
    out_of_scope: Mapping[str, str] = field(default_factory=dict)
    #: pilot domains the unit's province or county does not use (no 未涉及 expected).
    unused_domains: frozenset[str] = frozenset()
    #: names whose mention is not "copied from another unit" (own unit, parent, villages).
    known_unit_names: tuple[str, ...] = ()
    workspace: bool = False
    #: check template completeness (off when checking a part, e.g. the rows of an import).
    completeness: bool = True
    #: domains whose completeness is checked even without items (a file for one domain).
    domains: tuple[str, ...] = ()
    #: item id -> where it came from (file, sheet, row), for catalog files.
    locations: Mapping[str, Location] = field(default_factory=dict)
    #: item id -> why the level above sent it back (逐级审核), for items still 退回修改.
    returned: Mapping[str, str] = field(default_factory=dict)
    #: the workspace's other units (a county's townships and villages): each one's items
    #: are checked against that unit (its name, level, relatives, 未涉及 domains).
    members: tuple[Unit, ...] = ()
    #: unit id -> the pilot domains that unit declared 未涉及 (with reasons).
    member_scopes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def for_unit(
        cls, unit: Unit, *, known_unit_names: tuple[str, ...] = (), **kwargs: object
    ) -> Context:
        names = (unit.name, *known_unit_names)
        return cls(unit=unit, level=unit.level, known_unit_names=names, **kwargs)  # type: ignore[arg-type]

    def for_member(self, member: Unit) -> Context:
        """The context of one of :attr:`members`: a township's rows may name the township,
        the county above it and its villages, but naming another township is 照搬照套.

        Example::

            context.for_member(township).known_unit_names  # ("幸福镇", "示范县", "幸福村")
        """
        units = {unit.id: unit for unit in (*(u for u in (self.unit,) if u), *self.members)}
        related = [member.name]
        parent = units.get(member.parent_id or "")
        while parent is not None and parent.name not in related:
            related.append(parent.name)
            parent = units.get(parent.parent_id or "")
        below, grew = {member.id}, True
        while grew:
            grew = False
            for unit in self.members:
                if unit.parent_id in below and unit.id not in below:
                    below.add(unit.id)
                    related.append(unit.name)
                    grew = True
        return replace(
            self,
            unit=member,
            level=member.level,
            known_unit_names=tuple(related),
            out_of_scope=self.member_scopes.get(member.id, {}),
            domains=(),
            members=(),
            member_scopes={},
        )


@dataclass(slots=True)
class Report:
    """Every finding, counted; nothing is capped (displays say how many they leave out)."""

    items: int
    findings: list[Finding]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    @property
    def infos(self) -> int:
        return self.count("info")

    @property
    def blocks_export(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def by_rule(self) -> Counter[str]:
        return Counter(f.rule for f in self.findings)

    def to_json(self) -> dict[str, object]:
        return {
            "items": self.items,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "findings": [f.to_json() for f in self.findings],
        }
