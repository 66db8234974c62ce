"""Export batches: what went out, when, in which file, so "only what changed" is exact.

A batch records the profile, the file name and its SHA-256, and the id and
revision of every item it carried. An item has changed since the last upload
when no upload batch carried its current revision.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.model import Item
from ..domain.vocab import STATUSES
from .workspace import Workspace, now_iso

UPLOADED = STATUSES[3]


@dataclass(frozen=True, slots=True)
class Batch:
    id: int
    profile: str
    created_at: str
    file_name: str
    sha256: str
    item_count: int
    changed_only: bool


def add_batch(
    workspace: Workspace,
    profile: str,
    file_name: str,
    sha256: str,
    items: list[Item],
    *,
    changed_only: bool,
    upload: bool,
) -> Batch:
    """Record one written file; items of an upload batch move to 已上传 (revision kept)."""
    stamp = now_iso()
    with workspace.atomic():
        batch_id = (
            workspace.db["batch"]
            .insert(
                {
                    "profile": profile,
                    "created_at": stamp,
                    "file_name": file_name,
                    "sha256": sha256,
                    "item_count": len(items),
                    "changed_only": int(changed_only),
                }
            )
            .last_pk
        )
        workspace.conn.executemany(
            "INSERT INTO batch_item (batch_id, item_id, revision) VALUES (?, ?, ?)",
            [(batch_id, item.id, item.revision) for item in items],
        )
        if upload:
            mark_uploaded(workspace, [item for item in items if item.status != UPLOADED])
        workspace.record(None, "export", profile, None, file_name)
    return batch(workspace, batch_id)


def mark_uploaded(workspace: Workspace, items: list[Item]) -> None:
    """Status 已上传 without a new revision: the upload did not change what the item says."""
    workspace.conn.executemany(
        "UPDATE item SET status = ? WHERE id = ?", [(UPLOADED, item.id) for item in items]
    )
    workspace.conn.executemany(
        "INSERT INTO audit (item_id, unit_id, action, field, old, new, at, actor) "
        "VALUES (?, NULL, 'upload', 'status', ?, ?, ?, ?)",
        [(item.id, item.status, UPLOADED, now_iso(), workspace.actor) for item in items],
    )


def batch(workspace: Workspace, batch_id: int) -> Batch:
    row = workspace.db["batch"].get(batch_id)
    return _batch(row)


def batches(workspace: Workspace) -> list[Batch]:
    """Every batch, newest first (the batch history the export dialog shows)."""
    rows = workspace.db["batch"].rows_where(order_by="id desc")
    return [_batch(row) for row in rows]


def batch_item_ids(workspace: Workspace, batch_id: int) -> list[str]:
    sql = "SELECT item_id FROM batch_item WHERE batch_id = ? ORDER BY rowid"
    return [row[0] for row in workspace.conn.execute(sql, (batch_id,))]


def changed_since_upload(
    workspace: Workspace, items: list[Item], upload_profiles: set[str]
) -> list[Item]:
    """Items whose current revision no upload batch has carried (new or edited since)."""
    if not upload_profiles:
        return items
    marks = ", ".join("?" for _ in upload_profiles)
    sql = (
        "SELECT bi.item_id, max(bi.revision) FROM batch_item bi JOIN batch b ON b.id = bi.batch_id "
        f"WHERE b.profile IN ({marks}) GROUP BY bi.item_id"
    )
    carried = dict(workspace.conn.execute(sql, sorted(upload_profiles)).fetchall())
    return [item for item in items if carried.get(item.id, 0) < item.revision]


def _batch(row: dict) -> Batch:
    return Batch(
        id=row["id"],
        profile=row["profile"],
        created_at=row["created_at"],
        file_name=row["file_name"],
        sha256=row["sha256"],
        item_count=row["item_count"],
        changed_only=bool(row["changed_only"]),
    )
