"""How complete a unit's catalog is, domain by domain (the dashboard's numbers).

A template item counts as done when the catalog holds it (matched by template id,
or by 一级事项 + 事项名称 on the comparison key, as validation matches) or marks it
不适用 with a reason. Export is allowed when no finding is an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .domains import ALL_DOMAINS, domain_name
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

    @property
    def done(self) -> int:
        return self.included + self.not_applicable

    @property
    def missing(self) -> int:
        return self.applicable - self.done

    @property
    def percent(self) -> int:
        if self.declared_out_of_scope or not self.applicable:
            return 100
        return round(100 * self.done / self.applicable)


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
    for finding in findings:
        if finding.domain and finding.severity == "error":
            errors[finding.domain] = errors.get(finding.domain, 0) + 1
        elif finding.domain and finding.severity == "warning":
            warnings[finding.domain] = warnings.get(finding.domain, 0) + 1
    declared = set(out_of_scope)
    rows = []
    for domain in ALL_DOMAINS:
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
            )
        )
    return rows
