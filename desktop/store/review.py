"""逐级审核 in the workspace of the level above: 通过, or 退回修改 with a reason.

A reviewer's opinion sets the item's 状态 (已审, or 退回修改) and is kept with the
reviewer's name and the reason, so a return package can carry it back to the
unit that compiled the item, and the audit log says who decided what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.vocab import APPROVED, RETURNED, SUBMITTED
from .errors import WorkspaceError
from .workspace import Workspace, now_iso

APPROVE, RETURN = "approve", "return"


@dataclass(frozen=True, slots=True)
class Opinion:
    item_id: str
    unit_id: str
    action: str
    reason: str
    reviewer: str
    at: str


def review(
    workspace: Workspace,
    unit_id: str,
    action: str,
    *,
    reason: str = "",
    item_ids: Iterable[str] | None = None,
) -> list[str]:
    """Approve or return a lower unit's items (all its live items, or ``item_ids``).

    Example::

        review(ws, village.id, RETURN, reason="公开依据未写全称")  # ids of the items returned
    """
    reason = reason.strip()
    if action not in (APPROVE, RETURN):
        raise ValueError(action)
    if action == RETURN and not reason:
        raise WorkspaceError("退回修改时请写明原因，下级单位会在校验结果中看到它。")
    if unit_id == workspace.home_unit.id:
        raise WorkspaceError("本单位的事项不需要在这里审核；审核的是下级单位报送的事项。")
    live = {item.id: item for item in workspace.items(unit_id=unit_id)}
    ids = list(live) if item_ids is None else list(item_ids)
    unknown = [item_id for item_id in ids if item_id not in live]
    if unknown:
        raise WorkspaceError(f"这些事项不属于要审核的单位，或已删除：{'、'.join(unknown[:5])}。")
    status = APPROVED if action == APPROVE else RETURNED
    stamp = now_iso()
    with workspace.atomic():
        for item_id in ids:
            workspace.update_item(item_id, status=status)
        workspace.conn.executemany(
            "INSERT INTO review (unit_id, item_id, action, reason, reviewer, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(unit_id, item_id, action, reason, workspace.actor, stamp) for item_id in ids],
        )
    return ids


def opinions(workspace: Workspace, unit_id: str | None = None) -> list[Opinion]:
    """The latest opinion on each item (of one unit, or of every unit)."""
    where, params = ("WHERE unit_id = ?", (unit_id,)) if unit_id else ("", ())
    sql = (
        "SELECT item_id, unit_id, action, reason, reviewer, at FROM review r "
        f"{where} {'AND' if where else 'WHERE'} id = "
        "(SELECT max(id) FROM review WHERE item_id = r.item_id) ORDER BY id"
    )
    return [Opinion(*row) for row in workspace.conn.execute(sql, params).fetchall()]


def take_opinions(workspace: Workspace, received: Iterable[Opinion]) -> list[str]:
    """Opinions from the level above on this unit's items (a return package): each sets
    the item's 状态 and is kept, so the reason shows beside the item until it is fixed."""
    own = {item.id: item for item in workspace.items()}
    taken = [opinion for opinion in received if opinion.item_id in own]
    with workspace.atomic():
        for opinion in taken:
            status = APPROVED if opinion.action == APPROVE else RETURNED
            workspace.update_item(opinion.item_id, status=status)
        workspace.conn.executemany(
            "INSERT INTO review (unit_id, item_id, action, reason, reviewer, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(o.unit_id, o.item_id, o.action, o.reason, o.reviewer, o.at) for o in taken],
        )
    return [opinion.item_id for opinion in taken]


def returned_reasons(workspace: Workspace) -> dict[str, str]:
    """item id -> why it was sent back, for the items whose 状态 is still 退回修改."""
    sql = (
        "SELECT i.id, r.reason FROM item i JOIN review r ON r.item_id = i.id "
        "WHERE i.status = ? AND i.deleted_at IS NULL AND r.action = ? "
        "AND r.id = (SELECT max(id) FROM review WHERE item_id = i.id)"
    )
    return dict(workspace.conn.execute(sql, (RETURNED, RETURN)).fetchall())


@dataclass(frozen=True, slots=True)
class UnitState:
    """One lower unit's submission as the 上报情况 list shows it."""

    unit_id: str
    name: str
    level: str
    items: int
    submitted: int
    approved: int
    returned: int
    last_received: str | None

    @property
    def state(self) -> str:
        if not self.items:
            return "未报送"
        if self.returned:
            return "退回修改"
        if self.approved == self.items:
            return "已通过"
        return "已提交" if self.submitted else "审核中"


def submission_states(workspace: Workspace) -> list[UnitState]:
    """Every lower unit with its counts, in the order they were added."""
    home = workspace.home_unit
    counts: dict[str, dict[str, int]] = {}
    sql = "SELECT unit_id, status, count(*) FROM item WHERE deleted_at IS NULL GROUP BY 1, 2"
    for unit_id, status, count in workspace.conn.execute(sql).fetchall():
        counts.setdefault(unit_id, {})[status] = count
    received = dict(
        workspace.conn.execute(
            "SELECT sender_code, max(received_at) FROM package_log GROUP BY sender_code"
        ).fetchall()
    )
    states = []
    for unit in workspace.units():
        if unit.id == home.id:
            continue
        mine = counts.get(unit.id, {})
        states.append(
            UnitState(
                unit.id,
                unit.name,
                unit.level,
                sum(mine.values()),
                mine.get(SUBMITTED, 0),
                mine.get(APPROVED, 0),
                mine.get(RETURNED, 0),
                received.get(unit.division_code or unit.id),
            )
        )
    return states
