"""Validation of a whole workspace: gathers what the pure validator needs from the file.

The context is the home unit, the templates in force in this workspace (newer
imported versions included), the domains declared 未涉及, the names of every unit
the workspace holds (the home unit may mention them; each other unit's items are
checked as that unit's catalog: a township naming another township is "copied from
another unit"), and the workspace's own freshness period.
"""

from __future__ import annotations

from datetime import date

from ..domain.findings import DEFAULT_FRESHNESS_DAYS, Context, Report, ValidationProfile
from ..domain.model import Item
from ..domain.validation import validate
from .errors import WorkspaceError
from .review import returned_reasons
from .template_versions import unused_domains, workspace_templates
from .workspace import Workspace

FRESHNESS_KEY = "freshness_days"


def freshness_days(workspace: Workspace) -> int:
    """Working days after which an unconfirmed item is flagged (0 turns the check off)."""
    value = workspace.get_meta(FRESHNESS_KEY)
    return int(value) if value is not None else DEFAULT_FRESHNESS_DAYS


def set_freshness_days(workspace: Workspace, days: int) -> None:
    if not 0 <= days <= 250:
        raise WorkspaceError("核对周期应在 0 到 250 个工作日之间（0 表示不提示）。")
    old = workspace.get_meta(FRESHNESS_KEY)
    with workspace.atomic():
        workspace.set_meta(FRESHNESS_KEY, str(days))
        workspace.record(None, "setting", FRESHNESS_KEY, old, str(days))


def validation_context(
    workspace: Workspace, *, today: date | None = None, profile: ValidationProfile | None = None
) -> Context:
    """The home unit's context, with every other unit of the workspace as a member whose
    items are checked as that unit's own catalog (a county's townships and villages).

    Example::

        validation_context(workspace).for_member(township).level  # "乡级"
    """
    home = workspace.home_unit
    members = tuple(unit for unit in workspace.units() if unit.id != home.id)
    return Context.for_unit(
        home,
        templates=workspace_templates(workspace),
        profile=profile,
        today=today,
        freshness_days=freshness_days(workspace),
        out_of_scope=workspace.out_of_scope(home.id),
        unused_domains=unused_domains(workspace),
        known_unit_names=tuple(unit.name for unit in members),
        workspace=True,
        returned=returned_reasons(workspace),
        members=members,
        member_scopes={unit.id: workspace.out_of_scope(unit.id) for unit in members},
    )


def validate_workspace(
    workspace: Workspace,
    *,
    today: date | None = None,
    profile: ValidationProfile | None = None,
    items: list[Item] | None = None,
) -> Report:
    """Every live item of the workspace checked, with completeness and domain coverage.

    ``items``: the live items when the caller has them loaded already."""
    context = validation_context(workspace, today=today, profile=profile)
    return validate(workspace.items() if items is None else items, context)
