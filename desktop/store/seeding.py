"""A new catalog started from the guidelines, so it begins complete rather than empty.

The wizard, the demo and ``python main.py new`` all start a workspace this way:
every template row for the home unit's level in the chosen domains becomes an
item with the unit as 公开主体, and each pilot domain not chosen is declared
未涉及 with the reason given, which is what validation asks of a catalog.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.domains import Domain, domains, pilot_domains
from ..domain.model import Item
from ..domain.templates import TemplateSet
from .template_versions import workspace_templates
from .workspace import Workspace

DEFAULT_OUT_OF_SCOPE_REASON = "本单位无此领域的职责和事项"


def seedable_domains() -> tuple[Domain, ...]:
    """The domains a unit may compile from a guideline, in the order the wizard lists them:
    every domain a template names, the later ones and installed ones included."""
    return tuple(d for d in domains() if d.guideline is not None)


@dataclass(frozen=True, slots=True)
class SeedResult:
    """What seeding did: the items it added and the domains it declared 未涉及."""

    items: list[Item]
    out_of_scope: tuple[str, ...]


def domains_with_items(templates: TemplateSet, level: str) -> list[str]:
    """Codes of the domains whose guideline has items at ``level``: the default choice.

    Example::

        "village-affairs" in domains_with_items(load_templates(), "村级")  # True
    """
    codes = []
    for domain in seedable_domains():
        template = templates.get(domain.code)
        if template is not None and template.items_for_level(level):
            codes.append(domain.code)
    return codes


def seed_catalog(
    workspace: Workspace, domains: Iterable[str], out_of_scope_reason: str
) -> SeedResult:
    """Add the guideline items of ``domains`` for the home unit's level; declare the rest.

    Uses the templates in force in this workspace (newer imported versions
    included). Every pilot domain not in ``domains`` is declared 未涉及 with
    ``out_of_scope_reason``, as the wizard has always done for unticked domains;
    the village list is never declared (it is not a pilot domain). One
    transaction: a failure leaves the workspace as it was.

    Example::

        with create_workspace(path, unit) as workspace:
            seed_catalog(workspace, ["social-assistance"], DEFAULT_OUT_OF_SCOPE_REASON)
    """
    chosen = list(dict.fromkeys(domains))
    home = workspace.home_unit
    templates = workspace_templates(workspace)
    items = []
    for code in chosen:
        template = templates.get(code)
        if template is not None:
            items += [row.to_item(template, home) for row in template.items_for_level(home.level)]
    declared = tuple(domain.code for domain in pilot_domains() if domain.code not in chosen)
    with workspace.atomic():
        added = workspace.add_items(items)
        for code in declared:
            workspace.declare_out_of_scope(code, out_of_scope_reason)
    return SeedResult(added, declared)
