"""Validation: (items, context) → findings a clerk can act on, for a whole county at once.

Everything here is a pure function of its inputs: no clock, no files, no SQL.
Rules are named by code; their words come from the rule catalog
(:mod:`.rule_catalog`). Almost every check depends on one field's value only, so
the :class:`Validator` analyses each distinct (field, value) once and stamps the
result on every item that shares it: real catalogs repeat the same template
wording across thousands of items.

:class:`LiveValidation` keeps a whole report current while a clerk edits, by
re-checking only the edited item, its duplicate groups and its domain's
completeness.
"""

from __future__ import annotations

import gc
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import attrgetter

from .checks import cites_document, hygiene, is_time_limit, is_url, place_names
from .domains import PILOT_DOMAINS, VILLAGE, domain_name
from .findings import Context, Finding, Fix, Report
from .headers import HEADING_SYNONYMS, heading_key, heading_keys
from .model import FIELD_LABELS, Item
from .rule_catalog import SEVERITY_ORDER, rule_catalog
from .templates import Template
from .text import EXCEL_CELL_LIMIT, comparison_key, is_blank, remove_invisible
from .vocab import (
    KNOWN_CHANNELS,
    canonical_audience,
    canonical_levels,
    canonical_method,
    order_levels,
)
from .workdays import freshness_cutoff

#: Free-text fields, in the order their findings are listed.
TEXT_FIELDS: tuple[str, ...] = (
    "level1",
    "name",
    "content",
    "basis",
    "time_limit",
    "subject",
    "method",
    "audience",
    "category",
    "link",
    "service_code",
    "not_applicable_reason",
)
CHECKED_FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS[:6],
    "channels",
    *TEXT_FIELDS[6:8],
    "levels",
    *TEXT_FIELDS[8:],
)
_REQUIRED = frozenset({"name", "content", "basis", "time_limit", "subject"})
_LONGEST_HEADING = max(len(name) for names in HEADING_SYNONYMS.values() for name in names) + 4
_VOCABULARIES: dict[str, tuple[Callable[[str], str | None], str]] = {
    "method": (canonical_method, "method-value"),
    "audience": (canonical_audience, "audience-value"),
}

#: What one (field, value) yields: findings without the item filled in, split into
#: those every item gets and those only published (not 不适用) items get.
_Proto = tuple[str, str, str, str, Fix | None]  # rule, severity, message, field, fix
_Analysis = tuple[tuple[_Proto, ...], tuple[_Proto, ...]]


def validate(items: Iterable[Item], context: Context) -> Report:
    """Check every item and the catalog as a whole; findings in catalog order."""
    return LiveValidation(items, context).report()


class Validator:
    """The item-level checks for one context, memoized per (field, value)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.rules = rule_catalog()
        self._memos: dict[str, dict[object, _Analysis]] = {key: {} for key in CHECKED_FIELDS}
        self._own_memos = tuple(self._memos[key] for key in _OWN_FIELDS)
        self._shared_memo: dict[tuple[object, ...], _Analysis] = {}
        #: comparison keys of 一级事项 and 事项名称 texts, computed once per text.
        self.keys = _KeyMemo()
        self._known_channels = {comparison_key(c) for c in KNOWN_CHANNELS}
        if context.templates is not None:
            for template in context.templates:
                for row in template.items:
                    self._known_channels.update(comparison_key(c) for c in row.channels)
        self._known_places = tuple(comparison_key(n) for n in context.known_unit_names)
        self._cutoff: str | None = None
        if context.today is not None and context.freshness_days > 0:
            self._cutoff = freshness_cutoff(context.today, context.freshness_days).isoformat()
        self._stale: dict[str, str] = {}

    def check_item(self, item: Item) -> list[Finding]:
        found: list[Finding] = []
        published = not (item.not_applicable_reason and item.not_applicable_reason.strip())
        item_id, domain = item.id, item.domain
        location = self.context.locations.get(item_id) if self.context.locations else None
        # Texts that differ from unit to unit one by one; the rest (vocabularies, 依据,
        # 时限, channels …) as one combination, which repeats across a county's catalogs.
        level1, name, content, subject = self._own_memos
        shared = _shared_values(item)
        analyses = (
            level1.get(item.level1) or self._field_analysis("level1", item.level1),
            name.get(item.name) or self._field_analysis("name", item.name),
            content.get(item.content) or self._field_analysis("content", item.content),
            subject.get(item.subject) or self._field_analysis("subject", item.subject),
            self._shared_memo.get(shared) or self._shared_analysis(shared),
        )
        for analysis in analyses:
            if analysis is _CLEAN:
                continue
            for protos in analysis if published else analysis[:1]:
                for rule, severity, message, field, fix in protos:
                    # tuple.__new__ skips NamedTuple's Python-level __new__: a third faster.
                    found.append(
                        _new_finding(
                            Finding,
                            (rule, severity, message, item_id, field, domain, location, fix),
                        )
                    )
        confirmed = item.confirmed_at
        # ISO text compares as dates: "2026-10-09T10:00…" < "2026-10-10" <= "2026-10-10T…".
        if published and self._cutoff and confirmed and confirmed < self._cutoff:
            day = confirmed[:10]
            message = self._stale.get(day) or self._stale_message(day)
            stale = ("stale", "info", message, item_id, None, domain, location, None)
            found.append(_new_finding(Finding, stale))
        return found

    def _field_analysis(self, key: str, value: object) -> _Analysis:
        memo = self._memos[key]
        analysis = memo.get(value)
        if analysis is None:
            analysis = memo[value] = self._analyse(key, value)
        return analysis

    def _shared_analysis(self, values: tuple[object, ...]) -> _Analysis:
        analysis = self._shared_memo.get(values)
        if analysis is None:
            parts = [
                self._field_analysis(key, value)
                for key, value in zip(_SHARED_FIELDS, values, strict=True)
            ]
            analysis = self._shared_memo[values] = _analysis(
                [proto for part in parts for proto in part[0]],
                [proto for part in parts for proto in part[1]],
            )
        return analysis

    def _stale_message(self, confirmed: str) -> str:
        message = self._stale.get(confirmed)
        if message is None:
            params = {"confirmed": confirmed, "days": self.context.freshness_days}
            message = self._stale[confirmed] = self.rules["stale"].render(params)
        return message

    def item_finding(self, rule_code: str, item: Item, key: str, **params: object) -> Finding:
        """A finding on one item that depends on other items too (duplicates)."""
        rule, severity, message, _, _ = self._proto(rule_code, key, **params)
        location = self.context.locations.get(item.id) if self.context.locations else None
        return Finding(rule, severity, message, item.id, key, item.domain, location)

    def finding(self, rule_code: str, key: str | None = None, **params: object) -> Finding:
        """A finding not tied to one item's field value (completeness, coverage)."""
        rule = self.rules[rule_code]
        return Finding(
            rule_code, rule.severity, rule.render(params), None, key, params.get("domain")
        )  # type: ignore[arg-type]

    # -- analysis of one (field, value) ------------------------------------------------

    def _analyse(self, key: str, value: object) -> _Analysis:
        always: list[_Proto] = []
        published: list[_Proto] = []
        proto = self._proto
        if isinstance(value, tuple):
            for index, entry in enumerate(value):
                for rule, params, cleaned in hygiene(entry):
                    fixed = (*value[:index], cleaned, *value[index + 1 :])
                    always.append(proto(rule, key, fixed, **params))
            if key == "channels":
                self._analyse_channels(value, published)
            else:
                self._analyse_levels(value, published)
            return _analysis(always, published)
        text = str(value)
        if not text:
            if key in _REQUIRED or key in _VOCABULARIES:
                published.append(proto("missing-element", key))
            published.extend(self._profile_checks(key, text))
            return _analysis(always, published)
        if len(text) > EXCEL_CELL_LIMIT:
            always.append(proto("too-long", key, length=len(text)))
        for rule, params, cleaned in hygiene(text):
            always.append(proto(rule, key, cleaned, **params))
        blank = is_blank(text)
        if blank and (key in _REQUIRED or key in _VOCABULARIES):
            published.append(proto("missing-element", key))
        elif key in _VOCABULARIES:
            published.extend(self._analyse_vocab(key, text))
        elif not blank and self._is_heading(key, text):
            published.append(proto("header-repeat", key, value=text))
        elif not blank:
            published.extend(self._analyse_text(key, text))
        published.extend(self._profile_checks(key, text))
        return _analysis(always, published)

    def _analyse_text(self, key: str, text: str) -> list[_Proto]:
        found = []
        if key == "basis" and not cites_document(text):
            found.append(self._proto("basis-citation", key, value=text))
        elif key == "time_limit" and not is_time_limit(text):
            found.append(self._proto("time-limit-form", key, value=text))
        elif key == "link" and not is_url(text):
            found.append(self._proto("link-format", key, value=text))
        if key in ("subject", "content") and self._known_places:
            unit_name = self.context.unit.name if self.context.unit else ""
            for other in place_names(text):
                if not any(comparison_key(other) in known for known in self._known_places):
                    found.append(self._proto("copied-unit", key, other=other, unit_name=unit_name))
        return found

    def _analyse_vocab(self, key: str, text: str) -> list[_Proto]:
        canonical, rule = _VOCABULARIES[key]
        standard = canonical(unicodedata.normalize("NFKC", remove_invisible(text)))
        if standard == text:
            return []
        if standard is not None:
            return [self._proto("vocab-synonym", key, standard, value=text, suggestion=standard)]
        if self._is_heading(key, text):
            return [self._proto("header-repeat", key, value=text)]
        return [self._proto(rule, key, value=text)]

    def _analyse_levels(self, levels: tuple[str, ...], found: list[_Proto]) -> None:
        if all(is_blank(level) for level in levels):
            found.append(self._proto("missing-element", "levels"))
            return
        covered: list[str] = []
        unknown = False
        for level in levels:
            standard = canonical_levels(unicodedata.normalize("NFKC", remove_invisible(level)))
            if not standard and not is_blank(level):
                unknown = True
                found.append(self._proto("levels-value", "levels", value=level))
            covered.extend(standard)
        ordered = order_levels(covered)
        shown = "、".join(levels)
        if not unknown and ordered != levels:
            suggestion = "、".join(ordered)
            found.append(
                self._proto("vocab-synonym", "levels", ordered, value=shown, suggestion=suggestion)
            )
        level = self.context.level
        if level in ("乡级", "村级") and ordered and level not in ordered:
            found.append(self._proto("level-mismatch", "levels", value=shown, unit_level=level))

    def _analyse_channels(self, channels: tuple[str, ...], found: list[_Proto]) -> None:
        if all(is_blank(channel) for channel in channels):
            found.append(self._proto("missing-element", "channels"))
            return
        for channel in channels:
            if not is_blank(channel) and comparison_key(channel) not in self._known_channels:
                found.append(self._proto("channel-unknown", "channels", value=channel))

    def _profile_checks(self, key: str, text: str) -> list[_Proto]:
        profile = self.context.profile
        if profile is None:
            return []
        found = []
        if key in profile.required and key not in _REQUIRED and is_blank(text):
            found.append(self._proto("profile-required", key, profile=profile.name))
        limit = profile.max_length.get(key)
        if limit is not None and limit < len(text) <= EXCEL_CELL_LIMIT:
            found.append(
                self._proto(
                    "profile-too-long", key, length=len(text), limit=limit, profile=profile.name
                )
            )
        return found

    def _is_heading(self, key: str, text: str) -> bool:
        # Cheap tests first: most values are long, or start unlike any heading.
        if len(text) > _LONGEST_HEADING or text.lstrip()[:1] not in _HEADING_INITIALS:
            return False
        return heading_key(text) in _HEADING_KEYS[key]

    def _proto(self, rule_code: str, key: str, fix: object = None, **params: object) -> _Proto:
        rule = self.rules[rule_code]
        params.setdefault("label", FIELD_LABELS.get(key, key))
        return (
            rule_code,
            rule.severity,
            rule.render(params),
            key,
            None if fix is None else Fix(key, fix),
        )


_HEADING_KEYS = {key: heading_keys(key) for key in CHECKED_FIELDS}
_HEADING_INITIALS = frozenset(
    name[0] for names in HEADING_SYNONYMS.values() for name in names
) | frozenset(key[0] for keys in _HEADING_KEYS.values() for key in keys)
_CLEAN: _Analysis = ((), ())
#: Fields checked as one combination (see :meth:`Validator.check_item`).
_Key = tuple[str, str, str, str]
_new_finding = tuple.__new__
_NAMED_DUPLICATES = 3
_OWN_FIELDS = ("level1", "name", "content", "subject")
_SHARED_FIELDS = tuple(key for key in CHECKED_FIELDS if key not in _OWN_FIELDS)
_shared_values = attrgetter(*_SHARED_FIELDS)


class _KeyMemo(dict[str, str]):
    """``memo[text]`` is the comparison key of ``text``; a plain dict lookup once seen."""

    def __missing__(self, text: str) -> str:
        key = self[text] = comparison_key(text)
        return key


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


def _analysis(always: list[_Proto], published: list[_Proto]) -> _Analysis:
    if not always and not published:
        return _CLEAN
    return tuple(always), tuple(published)


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
        with _gc_paused():
            self._load(list(items))
        unit_id = context.unit.id if context.unit else ""
        own = (d for (u, d), count in self._scopes.items() if u == unit_id and count)
        self._completeness: dict[str, list[Finding]] = {}
        for domain in {*own, *context.domains}:
            self._completeness[domain] = self._check_completeness(domain)

    def _load(self, items: list[Item]) -> None:
        """The bulk pass, in comprehensions and Counters: a county is 100,000 items."""
        keys = self.validator.keys
        ids = [item.id for item in items]
        self._items: dict[str, Item] = dict(zip(ids, items, strict=True))
        check = self.validator.check_item
        self._item_findings: dict[str, list[Finding]] = dict(
            zip(ids, map(check, items), strict=True)
        )
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
        found = list(self._completeness.get(domain, ()))
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
            self._item_findings[item.id] = self.validator.check_item(item)
            touched.update(self._index(item))
        for domain in {item.domain, *([old.domain] if old else [])}:
            self._completeness[domain] = self._check_completeness(domain)
        return touched

    def remove(self, item_id: str) -> set[str]:
        old = self._items.pop(item_id, None)
        self._item_findings.pop(item_id, None)
        if old is None:
            return set()
        touched = self._unindex(old) | {item_id}
        self._completeness[old.domain] = self._check_completeness(old.domain)
        return touched

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

    def _check_completeness(self, domain: str) -> list[Finding]:
        template = self._template(domain)
        level = self.context.level
        if template is None or level is None or not self.context.completeness:
            return []
        unit_id = self.context.unit.id if self.context.unit else ""
        keys = self.validator.keys
        findings = []
        for row in template.items_for_level(level):
            if self._templates_used[(unit_id, domain, row.id)] > 0:
                continue
            if self._names[(unit_id, domain, keys[row.level1], keys[row.name])] > 0:
                continue
            label = f"{row.level1} / {row.name}" if row.level1 else row.name
            findings.append(
                self.validator.finding(
                    "template-missing",
                    domain=domain,
                    template_item=label,
                    domain_name=template.name,
                )
            )
        return findings

    def _template(self, domain: str) -> Template | None:
        templates = self.context.templates
        return templates.get(domain) if templates is not None else None

    def _coverage_findings(self) -> list[Finding]:
        if not self.context.workspace or self.context.unit is None:
            return []
        unit_id = self.context.unit.id
        findings = []
        for domain in self._expected_domains():
            if self._scopes[(unit_id, domain)] > 0:
                continue
            if domain in self.context.out_of_scope:
                continue
            findings.append(
                self.validator.finding(
                    "domain-undeclared",
                    domain=domain,
                    domain_name=domain_name(domain),
                )
            )
        return findings

    def _expected_domains(self) -> list[str]:
        """Pilot domains with guideline items at the unit's level (village list for 村级)."""
        level = self.context.level
        candidates = [d.code for d in PILOT_DOMAINS]
        if level == "村级":
            candidates.append(VILLAGE.code)
        if level is None or self.context.templates is None:
            return candidates
        expected = []
        for code in candidates:
            template = self.context.templates.get(code)
            if template is None or template.items_for_level(level):
                expected.append(code)
        return expected
