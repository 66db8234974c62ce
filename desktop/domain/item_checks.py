"""The item-level checks: one item's fields → findings, memoized per distinct value.

Everything here is a pure function of its inputs: no clock, no files, no SQL.
Rules are named by code; their words come from the rule catalog
(:mod:`.rule_catalog`). Almost every check depends on one field's value only, so
the :class:`Validator` analyses each distinct (field, value) once and stamps the
result on every item that shares it: real catalogs repeat the same template
wording across thousands of items. Checks across items (duplicates, completeness,
coverage) live in :mod:`.validation`.
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Callable
from operator import attrgetter

from .checks import (
    cites_document,
    hygiene,
    is_generic_subject,
    is_time_limit,
    is_truncated,
    is_url,
    place_names,
)
from .findings import Context, Finding, Fix
from .hanzi import simplified
from .headers import HEADING_SYNONYMS, heading_key, heading_keys
from .model import FIELD_LABELS, Item
from .rule_catalog import Params, rule_catalog
from .text import (
    EXCEL_CELL_LIMIT,
    comparison_key,
    is_blank,
    remove_invisible,
    without_numbering,
)
from .vocab import (
    KNOWN_CHANNELS,
    RETURNED,
    canonical_audience,
    canonical_channel,
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
#: Fields that are uploaded as written, so a cut-off text in them must not leave.
_ELEMENT_TEXTS = frozenset({"level1", *_REQUIRED})
_TAIL = 12
_LONGEST_HEADING = max(len(name) for names in HEADING_SYNONYMS.values() for name in names) + 4
_VOCABULARIES: dict[str, tuple[Callable[[str], str | None], str]] = {
    "method": (canonical_method, "method-value"),
    "audience": (canonical_audience, "audience-value"),
}

#: What one (field, value) yields: findings without the item filled in, split into
#: those every item gets and those only published (not 不适用) items get.
_Proto = tuple[str, str, Params, str, Fix | None]  # rule, severity, params, field, fix
_Analysis = tuple[tuple[_Proto, ...], tuple[_Proto, ...]]


class Validator:
    """The item-level checks for one context, memoized per (field, value)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.rules = rule_catalog()
        #: rules whose sentence names the field ("“公开依据”没有填写。").
        self._labelled = frozenset(c for c, r in self.rules.items() if "label" in r.placeholders)
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
        self._stale: dict[str, Params] = {}
        self._template_gaps = _template_gaps(context)
        #: the analyses of unit-independent 内容/主体 texts that member units share
        #: (None for the home unit's validator, whose memos are its own).
        self._unit_free: dict[str, dict[object, _Analysis]] | None = None
        self._members_free: dict[str, dict[object, _Analysis]] = {k: {} for k in _UNIT_FIELDS}

    def for_unit(self, context: Context, by_level: dict[str, Validator]) -> Validator:
        """A validator for another unit's items (``context.for_member``): memos of texts
        whose findings do not depend on the unit are shared with this one, and those that
        depend only on the level (层级 and the shared combination holding it) with the
        validators of that level in ``by_level``.

        Example::

            township_checks = county_checks.for_unit(context.for_member(township), {})
        """
        other = copy.copy(self)
        other.context = context
        level = context.level or ""
        source = self if level == (self.context.level or "") else by_level.setdefault(level, other)
        first_of_level = source is other
        other._memos = {
            key: {} if key in _UNIT_FIELDS else memo for key, memo in self._memos.items()
        }
        other._memos["levels"] = {} if first_of_level else source._memos["levels"]
        other._own_memos = tuple(other._memos[key] for key in _OWN_FIELDS)
        other._shared_memo = {} if first_of_level else source._shared_memo
        other._unit_free = self._members_free
        other._known_places = tuple(comparison_key(n) for n in context.known_unit_names)
        return other

    def check_item(self, item: Item) -> list[Finding]:
        found: list[Finding] = []
        published = not (item.not_applicable_reason and item.not_applicable_reason.strip())
        item_id, domain, unit = item.id, item.domain, item.unit_id or None
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
                for rule, severity, params, field, fix in protos:
                    # tuple.__new__ skips NamedTuple's Python-level __new__: a third faster.
                    found.append(
                        _new_finding(
                            Finding,
                            (rule, severity, params, item_id, field, domain, location, fix, unit),
                        )
                    )
        confirmed = item.confirmed_at
        # ISO text compares as dates: "2026-10-09T10:00…" < "2026-10-10" <= "2026-10-10T…".
        if published and self._cutoff and confirmed and confirmed < self._cutoff:
            day = confirmed[:10]
            params = self._stale.get(day) or self._stale_params(day)
            stale = ("stale", "info", params, item_id, None, domain, location, None, unit)
            found.append(_new_finding(Finding, stale))
        if item.status == RETURNED:
            reason = self.context.returned.get(item_id, "")
            rule = "review-returned"
            params = (("reason", reason or "（未写原因）"),)
            back = (rule, self.rules[rule].severity, params, item_id, None, domain, location)
            found.append(_new_finding(Finding, (*back, None, unit)))
        if found and item.template_item_id:
            gaps = self._template_gaps.get((domain, item.template_item_id))
            if gaps:
                gap = self.rules["template-gap"].severity
                found = [_as_template_gap(f, gap) if f.field in gaps else f for f in found]
        return found

    def _field_analysis(self, key: str, value: object) -> _Analysis:
        memo = self._memos[key]
        analysis = memo.get(value)
        if analysis is None:
            if self._unit_free is not None and key in _UNIT_FIELDS:
                analysis = memo[value] = self._member_analysis(key, str(value))
            else:
                analysis = memo[value] = self._analyse(key, value)
        return analysis

    def _member_analysis(self, key: str, text: str) -> _Analysis:
        """A member unit's 内容/主体 text: one analysis for every unit when nothing in it
        depends on the unit (no place named, not a generic subject), else its own."""
        free = self._unit_free[key]  # type: ignore[index]
        analysis = free.get(text)
        if analysis is not None:
            return analysis
        analysis = self._analyse(key, text)
        if not place_names(text) and not (key == "subject" and is_generic_subject(text)):
            free[text] = analysis
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

    def _stale_params(self, confirmed: str) -> Params:
        params = self._stale.get(confirmed)
        if params is None:
            days = self.context.freshness_days
            params = self._stale[confirmed] = (("confirmed", confirmed), ("days", days))
        return params

    def item_finding(self, rule_code: str, item: Item, key: str, **params: object) -> Finding:
        """A finding on one item that depends on other items too (duplicates)."""
        rule, severity, values, _, _ = self._proto(rule_code, key, **params)
        location = self.context.locations.get(item.id) if self.context.locations else None
        return Finding(
            rule,
            severity,
            values,
            item.id,
            key,
            item.domain,
            location,
            unit_id=item.unit_id or None,
        )

    def finding(self, rule_code: str, domain: str, **params: object) -> Finding:
        """A finding on a domain rather than an item (completeness, coverage), of this
        validator's unit."""
        severity = self.rules[rule_code].severity
        unit_id = self.context.unit.id if self.context.unit else None
        return Finding(rule_code, severity, tuple(params.items()), domain=domain, unit_id=unit_id)

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
        if key in _ELEMENT_TEXTS and is_truncated(text):
            found.append(self._proto("truncated", key, tail=_tail(text)))
        elif key == "basis" and not cites_document(text):
            found.append(self._proto("basis-citation", key, value=text))
        elif key == "time_limit" and not is_time_limit(text):
            found.append(self._proto("time-limit-form", key, value=text))
        elif key == "link" and not is_url(text):
            found.append(self._proto("link-format", key, value=text))
        unit_name = self.context.unit.name if self.context.unit else ""
        if key == "subject" and unit_name and is_generic_subject(text):
            found.append(self._proto("generic-subject", key, value=text, unit_name=unit_name))
        if key in ("subject", "content") and self._known_places:
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
            if is_blank(channel):
                continue
            if is_truncated(channel):
                found.append(self._proto("truncated", "channels", tail=_tail(channel)))
            elif comparison_key(channel) not in self._known_channels and (
                canonical_channel(without_numbering(channel)) is None
            ):
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
        initial = text.lstrip()[:1]
        if len(text) > _LONGEST_HEADING or simplified(initial) not in _HEADING_INITIALS:
            return False
        return heading_key(text) in _HEADING_KEYS[key]

    def _proto(self, rule_code: str, key: str, fix: object = None, **params: object) -> _Proto:
        rule = self.rules[rule_code]
        if rule_code in self._labelled:
            params.setdefault("label", FIELD_LABELS.get(key, key))
        return (
            rule_code,
            rule.severity,
            tuple(params.items()),
            key,
            None if fix is None else Fix(key, fix),
        )


_HEADING_KEYS = {key: heading_keys(key) for key in CHECKED_FIELDS}
_HEADING_INITIALS = frozenset(
    name[0] for names in HEADING_SYNONYMS.values() for name in names
) | frozenset(key[0] for keys in _HEADING_KEYS.values() for key in keys)
_CLEAN: _Analysis = ((), ())
_new_finding = tuple.__new__
#: Fields checked one by one; the rest as one combination (see :meth:`Validator.check_item`).
_OWN_FIELDS = ("level1", "name", "content", "subject")
_SHARED_FIELDS = tuple(key for key in CHECKED_FIELDS if key not in _OWN_FIELDS)
#: Fields whose findings name or depend on the unit (its name, the places it may name).
_UNIT_FIELDS = frozenset({"content", "subject"})
_shared_values = attrgetter(*_SHARED_FIELDS)


def _tail(text: str) -> str:
    """The end of a cut-off text, which is what the clerk recognises it by."""
    text = text.strip()
    return text if len(text) <= _TAIL else "…" + text[-_TAIL:]


def _template_gaps(context: Context) -> dict[tuple[str, str], frozenset[str]]:
    """(domain, template item id) → the elements its template row leaves blank: the cells
    the guideline's public copies did not show, which a clerk cannot be blamed for."""
    gaps: dict[tuple[str, str], frozenset[str]] = {}
    for template in context.templates or ():
        for row in template.items:
            blank = {key for key in _REQUIRED if is_blank(getattr(row, key))}
            if not row.channels:
                blank.add("channels")
            if blank:
                gaps[(template.code, row.id)] = frozenset(blank)
    return gaps


def _as_template_gap(finding: Finding, severity: str) -> Finding:
    """A blank element the item still has from its template, worded as the template's gap:
    still an error (it must be filled before upload), but not the clerk's mistake."""
    if finding.rule != "missing-element":
        return finding
    return finding._replace(rule="template-gap", severity=severity)


class _KeyMemo(dict[str, str]):
    """``memo[text]`` is the comparison key of ``text``; a plain dict lookup once seen."""

    def __missing__(self, text: str) -> str:
        key = self[text] = comparison_key(text)
        return key


def _analysis(always: list[_Proto], published: list[_Proto]) -> _Analysis:
    if not always and not published:
        return _CLEAN
    return tuple(always), tuple(published)
