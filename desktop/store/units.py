"""Removing a sub-unit: its items go to the recycle bin, the unit itself stays known.

A county (or a township gathering its villages) sometimes takes in a unit by
mistake, e.g. an import whose rows named the township under another spelling.
Removing it must be as safe as deleting an item: nothing leaves the file. Its
live items are soft-deleted in one transaction, so the recycle bin (or undo)
brings any of them back, and the unit's row is kept so that restored items still
have their unit; a unit without live items is not shown in the tree of units.
"""

from __future__ import annotations

from .errors import WorkspaceError
from .workspace import Workspace, now_iso


def remove_unit(workspace: Workspace, unit_id: str) -> list[str]:
    """Move every live item of a sub-unit to the recycle bin; returns their ids.

    The home unit cannot be removed (its catalog is the workspace's reason to be).

    Example::

        ids = remove_unit(ws, village.id)   # the village leaves the tree
        for item_id in ids:                 # … and comes back, as undo does
            ws.restore_item(item_id)
    """
    unit = next((u for u in workspace.units() if u.id == unit_id), None)
    if unit is None:
        raise WorkspaceError("找不到要删除的单位，它可能已经删除。")
    if unit_id == workspace.home_unit.id:
        raise WorkspaceError(f"“{unit.name}”是本工作区的本单位，不能删除。")
    stamp = now_iso()
    with workspace.atomic():
        ids = [
            row[0]
            for row in workspace.conn.execute(
                "SELECT id FROM item WHERE unit_id = ? AND deleted_at IS NULL ORDER BY rowid",
                (unit_id,),
            ).fetchall()
        ]
        workspace.conn.execute(
            "UPDATE item SET deleted_at = ?, revision = revision + 1, updated_at = ? "
            "WHERE unit_id = ? AND deleted_at IS NULL",
            (stamp, stamp, unit_id),
        )
        workspace.conn.executemany(
            "INSERT INTO audit (item_id, unit_id, action, field, old, new, at, actor) "
            "VALUES (?, ?, 'delete', 'deleted_at', NULL, ?, ?, ?)",
            ((item_id, unit_id, stamp, stamp, workspace.actor) for item_id in ids),
        )
        workspace.record(None, "unit-remove", "name", unit.name, None)
    return ids
