"""How complete a unit's catalog is, domain by domain (the dashboard's numbers).

A template item counts as done when the catalog holds it (matched by template id,
or by 一级事项 + 事项名称 on the comparison key, as validation matches) or marks it
不适用 with a reason. Export is allowed when no finding is an error.

The percentages are honest about what is left: an item is ready only when it has no
error (a template's blank cell still to fill is work left, not work done), so a
catalog with errors or missing guideline items never shows 100 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .domains import domain_name, domains
from .findings import Finding
from .model import Item
from .templates import Template, TemplateSet
from .text import comparison_key


@dataclass(frozen=True, slots=True)
class DomainProgress:
    domain: str
    name: str
    #: template items applicable at the unit's level
    applicable: int
    #: of those, in the catalog (published)
    included: int
    #: of those, marked 不适用
    not_applicable: int
    #: items of the unit's own, not from the template
    own: int
    errors: int
    warnings: int
    declared_out_of_scope: bool = False
    #: published items (from the template or the unit's own) with at least one error
    blocked: int = 0

    @property
    def done(self) -> int:
        return self.included + self.not_applicable

    @property
    def missing(self) -> int:
        return self.applicable - self.done

    @property
    def total(self) -> int:
        """The work the domain asks for: its guideline items and the unit's own items."""
        return self.applicable + self.own

    @property
    def ready(self) -> int:
        """Of :attr:`total`, what is finished: in the catalog without an error, or 不适用."""
        return max(self.done + self.own - self.blocked, 0)

    @property
    def percent(self) -> int:
        """Ready share, rounded down: 100 only with nothing missing and no error."""
        if self.declared_out_of_scope:
            return 100
        return _percent(self.ready, self.total, self.errors)


def overall_percent(rows: Iterable[DomainProgress]) -> int:
    """The 总体完成 of a catalog: ready items over all the work its domains ask for.

    Example: 135 template items all added, 60 of them with a blank the template could
    not fill → 55, not 100.
    """
    counted = [row for row in rows if not row.declared_out_of_scope]
    ready = sum(row.ready for row in counted)
    total = sum(row.total for row in counted)
    return _percent(ready, total, sum(row.errors for row in counted))


def _percent(ready: int, total: int, errors: int) -> int:
    if not total:
        return 0 if errors else 100
    percent = 100 * ready // total
    return min(percent, 99) if errors else percent


def template_status(template: Template, level: str, items: Iterable[Item]) -> dict[str, str]:
    """Template item id -> "included", "not-applicable" or "missing", for one unit's items."""
    by_id: dict[str, Item] = {}
    by_name: dict[tuple[str, str], Item] = {}
    for item in items:
        if item.domain != template.code:
            continue
        if item.template_item_id:
            by_id.setdefault(item.template_item_id, item)
        by_name.setdefault((comparison_key(item.level1), comparison_key(item.name)), item)
    status = {}
    for row in template.items_for_level(level):
        found = by_id.get(row.id) or by_name.get(
            (comparison_key(row.level1), comparison_key(row.name))
        )
        if found is None:
            status[row.id] = "missing"
        else:
            status[row.id] = "not-applicable" if found.is_not_applicable else "included"
    return status


def completeness(
    items: list[Item],
    templates: TemplateSet,
    level: str,
    findings: Iterable[Finding] = (),
    out_of_scope: Iterable[str] = (),
) -> list[DomainProgress]:
    """One row per domain that has items, template items at ``level``, or a declaration."""
    errors: dict[str, int] = {}
    warnings: dict[str, int] = {}
    with_errors: set[str] = set()
    for finding in findings:
        if finding.domain and finding.severity == "error":
            errors[finding.domain] = errors.get(finding.domain, 0) + 1
            if finding.item_id:
                with_errors.add(finding.item_id)
        elif finding.domain and finding.severity == "warning":
            warnings[finding.domain] = warnings.get(finding.domain, 0) + 1
    declared = set(out_of_scope)
    rows = []
    for domain in domains():
        code = domain.code
        domain_items = [item for item in items if item.domain == code]
        template = templates.get(code)
        status = template_status(template, level, domain_items) if template else {}
        if not domain_items and not status and code not in declared:
            continue
        values = list(status.values())
        rows.append(
            DomainProgress(
                domain=code,
                name=domain_name(code),
                applicable=len(values),
                included=values.count("included"),
                not_applicable=values.count("not-applicable"),
                own=len([i for i in domain_items if not i.template_item_id]),
                errors=errors.get(code, 0),
                warnings=warnings.get(code, 0),
                declared_out_of_scope=code in declared and not domain_items,
                blocked=sum(
                    1 for i in domain_items if i.id in with_errors and not i.is_not_applicable
                ),
            )
        )
    return rows
