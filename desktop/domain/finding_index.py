"""Findings kept by what they are about, with the counts the views show, kept current.

The findings panel, the domain badges and the dashboard all ask the same
questions: how many errors, warnings and hints; how many errors per unit and
domain; which findings concern one unit. This answers them without Qt, kept up
to date by swapping the findings of what an edit touched (milliseconds, where a
full report takes a third of a second at county size), so every view counts the
same way and the counts can be tested without a window.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from .findings import Finding
from .rule_catalog import SEVERITY_ORDER

#: "every unit" / "every domain"
ALL = ""


def owner(finding: Finding) -> str:
    """What a finding is about: an item id, or ``#`` + domain code for a domain's own."""
    return finding.item_id or f"#{finding.domain}"


class FindingIndex:
    """Example::

    index = FindingIndex()
    index.load(report.findings, {item.id: item.unit_id for item in items}, home.id)
    index.counts["error"], index.errors[(home.id, "social-assistance")]
    index.replace({edited.id}, {"social-assistance"}, live.findings_for(edited.id) + …)
    """

    def __init__(self) -> None:
        #: findings by owner, in report order: a swap keeps the other owners' places
        self._owners: dict[str, list[Finding]] = {}
        #: item id -> its unit id; a domain's own findings concern their unit (or ``home``)
        self._units: dict[str, str] = {}
        self.home = ALL
        #: findings by severity, errors by (unit id, domain code), and findings by
        #: (unit id, severity), over every finding
        self.counts: Counter[str] = Counter()
        self.errors: Counter[tuple[str, str]] = Counter()
        self.by_unit: Counter[tuple[str, str]] = Counter()

    def load(
        self, findings: Iterable[Finding], units: Mapping[str, str] | None = None, home: str = ALL
    ) -> None:
        """Every finding of a report; ``units``: item id -> unit id (a county's workspace)."""
        self._owners = {}
        self._units = dict(units or {})
        self.home = home
        self.counts, self.errors, self.by_unit = Counter(), Counter(), Counter()
        for finding in findings:
            self._owners.setdefault(owner(finding), []).append(finding)
            self._count(finding, 1)

    def replace(
        self,
        item_ids: Iterable[str],
        domains: Iterable[str],
        findings: Iterable[Finding],
        units: Mapping[str, str] | None = None,
    ) -> None:
        """Swap in the findings of the items and domains an edit touched (``findings``
        holds all of theirs); an owner with none left leaves the index."""
        owners = [*item_ids, *(f"#{domain}" for domain in domains)]
        for key in owners:
            for finding in self._owners.get(key, ()):
                self._count(finding, -1)
        self._units.update(units or {})
        fresh: dict[str, list[Finding]] = {key: [] for key in owners}
        for finding in findings:
            fresh.setdefault(owner(finding), []).append(finding)
            self._count(finding, 1)
        for key, found in fresh.items():
            if found:
                self._owners[key] = found
            else:
                self._owners.pop(key, None)

    def unit_of(self, finding: Finding) -> str:
        """An item's unit; a domain finding's own unit (each unit of a county has its
        completeness and coverage), or ``home`` when it names none."""
        if finding.item_id:
            return self._units.get(finding.item_id, ALL)
        return finding.unit_id or self.home

    def findings_of(self, unit: str) -> list[Finding]:
        """Every finding about one unit (its items, and its domains' own)."""
        return [f for found in self._owners.values() for f in found if self.unit_of(f) == unit]

    def unit_errors(self, unit: str) -> int:
        return sum(count for (u, _domain), count in self.errors.items() if u == unit)

    def rows(
        self, *, severity: str | None = None, domain: str = ALL, unit: str = ALL
    ) -> list[Finding]:
        """The findings a panel shows for a filter, most severe first (stable otherwise)."""
        rows = [f for found in self._owners.values() for f in found]
        if severity:
            rows = [f for f in rows if f.severity == severity]
        if domain:
            rows = [f for f in rows if f.domain == domain]
        if unit:
            rows = [f for f in rows if self.unit_of(f) == unit]
        return sorted(rows, key=lambda f: SEVERITY_ORDER[f.severity])

    def _count(self, finding: Finding, step: int) -> None:
        unit = self.unit_of(finding)
        self.counts[finding.severity] += step
        self.by_unit[(unit, finding.severity)] += step
        if finding.severity == "error" and finding.domain:
            self.errors[(unit, finding.domain)] += step
