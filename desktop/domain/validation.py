"""Validation: (items, context) → findings a clerk can act on, for a whole county at once.

Everything here is a pure function of its inputs: no clock, no files, no SQL.
The checks of one item's own fields are in :mod:`.item_checks`; this module adds
those that need the other items: duplicates, template completeness and domain
coverage.

In a workspace of several units (a county with its townships and villages, see
``Context.members``) each unit's items are checked as that unit's catalog: against
its own name and relatives, its level, its guideline completeness and its domain
coverage; domain findings carry the unit they are about.

:class:`LiveValidation` keeps a whole report current while a clerk edits, by
re-checking only the edited item, its duplicate groups and its domain's
completeness.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .domains import VILLAGE_CODE, domain_name, pilot_domains
from .findings import Context, Finding, Report
from .item_checks import Validator
from .model import Item
from .rule_catalog import SEVERITY_ORDER
from .templates import Template

_Key = tuple[str, str, str, str]
_NAMED_DUPLICATES = 3


def validate(items: Iterable[Item], context: Context) -> Report:
    """Check every item and the catalog as a whole; findings in catalog order."""
    return LiveValidation(items, context).report()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cycle collector during a bulk pass: it allocates hundreds of thousands of
    acyclic objects, and the collector's repeated scans of them cost more than the checks."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class LiveValidation:
    """A report kept current under edits: re-checks one item, its duplicates, its domain.

    Example::

        live = LiveValidation(workspace_items, context)
        live.update(edited_item)      # a few milliseconds
        live.report().errors
    """

    def __init__(self, items: Iterable[Item], context: Context) -> None:
        self.validator = Validator(context)
        self.context = context
        home = context.unit.id if context.unit else ""
        #: unit id -> the validator of that unit's items (the home unit's for any other).
        self._validators = {home: self.validator}
        by_level: dict[str, Validator] = {}
        for member in context.members:
            if member.id != home:
                member_context = context.for_member(member)
                self._validators[member.id] = self.validator.for_unit(member_context, by_level)
        with _gc_paused():
            self._load(list(items))
        #: (unit id, domain) -> its completeness findings
        self._completeness: dict[tuple[str, str], list[Finding]] = {}
        scopes = {key for key, count in self._scopes.items() if count}
        wanted = {key for key in scopes if key[0] in self._validators}
        for key in {*wanted, *((home, domain) for domain in context.domains)}:
            self._completeness[key] = self._check_completeness(*key)

    def _load(self, items: list[Item]) -> None:
        """The bulk pass, in comprehensions and Counters: a county is 100,000 items."""
        keys = self.validator.keys
        ids = [item.id for item in items]
        self._items: dict[str, Item] = dict(zip(ids, items, strict=True))
        if len(self._validators) == 1:
            checked = map(self.validator.check_item, items)
        else:
            validators, home = self._validators, self.validator
            checked = (validators.get(i.unit_id, home).check_item(i) for i in items)
        self._item_findings: dict[str, list[Finding]] = dict(zip(ids, checked, strict=True))
        names = [(i.unit_id, i.domain, keys[i.level1], keys[i.name]) for i in items]
        #: (unit, domain, 一级 key, 名称 key) of every live item, 不适用 ones included.
        self._names: Counter[_Key] = Counter(names)
        self._scopes: Counter[tuple[str, str]] = Counter(key[:2] for key in names)
        self._templates_used: Counter[tuple[str, str, str]] = Counter(
            (i.unit_id, i.domain, i.template_item_id) for i in items if i.template_item_id
        )
        published = [
            (key, item.id)
            for key, item in zip(names, items, strict=True)
            if not item.is_not_applicable
        ]
        #: one published item per key, and every member of keys held by two or more.
        self._first: dict[_Key, str] = dict(published)
        self._groups: dict[_Key, list[str]] = {}
        if len(self._first) < len(published):
            counts = Counter(key for key, _ in published)
            shared = {key for key, count in counts.items() if count > 1}
            for key, item_id in published:
                if key in shared:
                    self._groups.setdefault(key, []).append(item_id)

    # -- queries ---------------------------------------------------------------------

    def report(self) -> Report:
        with _gc_paused():
            return self._report()

    def _report(self) -> Report:
        duplicates = {
            item_id: self._duplicate_finding(item_id, group)
            for group in self._groups.values()
            for item_id in group
        }
        findings: list[Finding] = []
        for item_id, item_findings in self._item_findings.items():
            findings.extend(item_findings)
            if item_id in duplicates:
                findings.append(duplicates[item_id])
        for domain_findings in self._completeness.values():
            findings.extend(domain_findings)
        findings.extend(self._coverage_findings())
        return Report(items=len(self._items), findings=findings)

    @property
    def item_count(self) -> int:
        return len(self._items)

    def item(self, item_id: str) -> Item | None:
        return self._items.get(item_id)

    def domain_findings(self, domain: str) -> list[Finding]:
        """A domain's own findings (guideline items missing, domain not declared): with
        :meth:`findings_for` of the touched items, all that an edit can change."""
        found = [f for (_, d), fs in self._completeness.items() if d == domain for f in fs]
        found += [f for f in self._coverage_findings() if f.domain == domain]
        return found

    def findings_for(self, item_id: str) -> list[Finding]:
        """The findings on one item, most severe first (for the editor and the table)."""
        found = list(self._item_findings.get(item_id, ()))
        item = self._items.get(item_id)
        group = self._groups.get(self._key(item)) if item is not None else None
        if group and item_id in group:
            found.append(self._duplicate_finding(item_id, group))
        return sorted(found, key=lambda f: SEVERITY_ORDER[f.severity])

    # -- edits -----------------------------------------------------------------------

    def update(self, item: Item) -> set[str]:
        """Re-check an added or edited item; returns the ids whose findings may have changed."""
        touched = {item.id}
        old = self._items.get(item.id)
        if old is not None:
            touched.update(self._unindex(old))
        if item.deleted_at is not None:
            self._items.pop(item.id, None)
            self._item_findings.pop(item.id, None)
        else:
            self._items[item.id] = item
            validator = self._validators.get(item.unit_id, self.validator)
            self._item_findings[item.id] = validator.check_item(item)
            touched.update(self._index(item))
        for scope in {(item.unit_id, item.domain), *([(old.unit_id, old.domain)] if old else [])}:
            self._recheck(*scope)
        return touched

    def remove(self, item_id: str) -> set[str]:
        old = self._items.pop(item_id, None)
        self._item_findings.pop(item_id, None)
        if old is None:
            return set()
        touched = self._unindex(old) | {item_id}
        self._recheck(old.unit_id, old.domain)
        return touched

    def _recheck(self, unit_id: str, domain: str) -> None:
        """A unit's domain completeness again (an item of an unknown unit counts as home's)."""
        if unit_id not in self._validators:
            unit_id = self.context.unit.id if self.context.unit else ""
        self._completeness[(unit_id, domain)] = self._check_completeness(unit_id, domain)

    # -- duplicates ----------------------------------------------------------------------

    def _key(self, item: Item) -> _Key:
        keys = self.validator.keys
        return (item.unit_id, item.domain, keys[item.level1], keys[item.name])

    def _index(self, item: Item) -> list[str]:
        """Count an added item in; returns the ids of its duplicate group (itself included)."""
        key = self._key(item)
        self._names[key] += 1
        self._scopes[key[:2]] += 1
        if item.template_item_id:
            self._templates_used[(item.unit_id, item.domain, item.template_item_id)] += 1
        if item.is_not_applicable:
            return []
        group = self._groups.get(key)
        if group is not None:
            group.append(item.id)
            return group
        first = self._first.get(key)
        if first is None:
            self._first[key] = item.id
            return [item.id]
        group = self._groups[key] = [first, item.id]
        return group

    def _unindex(self, item: Item) -> set[str]:
        """Count a removed item out; returns the ids left in its duplicate group."""
        key = self._key(item)
        self._names[key] -= 1
        self._scopes[key[:2]] -= 1
        if item.template_item_id:
            self._templates_used[(item.unit_id, item.domain, item.template_item_id)] -= 1
        group = self._groups.get(key)
        if group is None:
            if self._first.get(key) == item.id:
                del self._first[key]
            return set()
        if item.id in group:
            group.remove(item.id)
        if len(group) == 1:
            self._first[key] = group[0]
            del self._groups[key]
        return set(group)

    def _duplicate_finding(self, item_id: str, group: list[str]) -> Finding:
        item = self._items[item_id]
        # Name a few of the others; a group of hundreds (a county file without unit
        # names) must not cost hundreds of descriptions per member.
        shown = [
            self._describe(other) for other in group[: _NAMED_DUPLICATES + 1] if other != item_id
        ]
        others = "、".join(shown[:_NAMED_DUPLICATES])
        if len(group) - 1 > _NAMED_DUPLICATES:
            others += f"等 {len(group) - 1} 处"
        return self.validator.item_finding(
            "duplicate", item, "name", others=others, level1=item.level1, name=item.name
        )

    def _describe(self, item_id: str) -> str:
        location = self.context.locations.get(item_id)
        if location and location.row is not None:
            return f"第 {location.row} 行"
        item = self._items[item_id]
        return f"序号 {item.seq} 的事项" if item.seq else "另一事项"

    # -- completeness and coverage ----------------------------------------------------------

    def _check_completeness(self, unit_id: str, domain: str) -> list[Finding]:
        validator = self._validators.get(unit_id, self.validator)
        template = self._template(domain)
        level = validator.context.level
        if template is None or level is None or not self.context.completeness:
            return []
        keys = self.validator.keys
        findings = []
        for row in template.items_for_level(level):
            if self._templates_used[(unit_id, domain, row.id)] > 0:
                continue
            if self._names[(unit_id, domain, keys[row.level1], keys[row.name])] > 0:
                continue
            label = f"{row.level1} / {row.name}" if row.level1 else row.name
            findings.append(
                validator.finding(
                    "template-missing", domain, template_item=label, domain_name=template.name
                )
            )
        return findings

    def _template(self, domain: str) -> Template | None:
        templates = self.context.templates
        return templates.get(domain) if templates is not None else None

    def _coverage_findings(self) -> list[Finding]:
        """Pilot domains a unit neither catalogs nor declares 未涉及, unit by unit."""
        if not self.context.workspace or self.context.unit is None:
            return []
        findings = []
        for unit_id, validator in self._validators.items():
            context = validator.context
            for domain in self._expected_domains(context.level):
                if self._scopes[(unit_id, domain)] > 0 or domain in context.out_of_scope:
                    continue
                findings.append(
                    validator.finding("domain-undeclared", domain, domain_name=domain_name(domain))
                )
        return findings

    def _expected_domains(self, level: str | None) -> list[str]:
        """Pilot domains with guideline items at a unit's level (village list for 村级).

        Later domains (水利, 交通运输 …) are expected only where the unit compiles them, so a
        new guideline never adds 未涉及 findings to a catalog that was complete."""
        unused = self.context.unused_domains
        candidates = [d.code for d in pilot_domains() if d.code not in unused]
        if level == "村级":
            candidates.append(VILLAGE_CODE)
        if level is None or self.context.templates is None:
            return candidates
        expected = []
        for code in candidates:
            template = self.context.templates.get(code)
            if template is None or template.items_for_level(level):
                expected.append(code)
        return expected
