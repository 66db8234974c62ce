"""Export batches: what went out, when, in which file, and whether the province took it.

A batch records the profile, the file name and its SHA-256, and the id and
revision of every item it carried. Exporting is not uploading: an upload batch is
``exported`` until the clerk confirms that the province's system accepted it
(``accepted``: its items become 已上传) or says it was sent back (``rejected``). A
batch of any other layout is ``kept`` (a file for the office; nothing to confirm).
An item has changed since the last upload when no accepted batch carried its
current revision.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import GkmlError
from ..domain.model import Item
from ..domain.vocab import STATUSES
from .workspace import Workspace, now_iso

UPLOADED = STATUSES[3]
EXPORTED = "exported"
ACCEPTED = "accepted"
REJECTED = "rejected"
KEPT = "kept"
#: How each state reads in the batch list and the CLI.
STATE_LABELS = {
    EXPORTED: "已导出，待确认接收",
    ACCEPTED: "已被省级系统接收",
    REJECTED: "被省级系统退回",
    KEPT: "无需上传",
}


class BatchRefused(GkmlError):
    """The batch cannot take that state (unknown, not an upload, already decided)."""

    code = "batch-refused"


@dataclass(frozen=True, slots=True)
class Batch:
    id: int
    profile: str
    created_at: str
    file_name: str
    sha256: str
    item_count: int
    changed_only: bool
    state: str = EXPORTED
    decided_at: str = ""

    @property
    def awaits_decision(self) -> bool:
        """An upload file not yet confirmed accepted or rejected."""
        return self.state == EXPORTED


@dataclass(frozen=True, slots=True)
class Decision:
    batch: Batch
    #: items that became 已上传 (carried at their current revision, not deleted)
    uploaded: list[str]
    #: items carried by the batch but edited or deleted since: they stay as they are
    skipped: int


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
    """Record one written file; an upload batch awaits the province's answer.

    Example::

        add_batch(workspace, "upload", "幸福镇-上传.xlsx", digest, items,
                  changed_only=False, upload=True).state  # "exported"
    """
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
                    "state": EXPORTED if upload else KEPT,
                    "decided_at": "",
                }
            )
            .last_pk
        )
        workspace.conn.executemany(
            "INSERT INTO batch_item (batch_id, item_id, revision) VALUES (?, ?, ?)",
            [(batch_id, item.id, item.revision) for item in items],
        )
        workspace.record(None, "export", profile, None, file_name)
    return batch(workspace, batch_id)


def decide_batch(workspace: Workspace, batch_id: int, *, accepted: bool) -> Decision:
    """The province's answer to an upload batch: accepted marks its items 已上传.

    Only items still at the revision the batch carried are marked (an item edited
    since says something the province has not seen); a rejected batch changes no
    item, so ``--changed-only`` exports them again.

    Example::

        decide_batch(workspace, 3, accepted=True).uploaded  # ["id-1", …]
    """
    current = _known(workspace, batch_id)
    if current.state == KEPT:
        raise BatchRefused(
            f"批次 {batch_id}（{current.file_name}）是“{current.profile}”格式的导出，"
            "不是上传文件，无需确认接收。"
        )
    if current.state != EXPORTED:
        raise BatchRefused(
            f"批次 {batch_id}（{current.file_name}）已记为“{STATE_LABELS[current.state]}”"
            f"（{current.decided_at.replace('T', ' ')[:19]}），不能再更改。"
        )
    carried = _carried(workspace, batch_id)
    unchanged = [
        item
        for item in workspace.items_by_id(carried)
        if item.deleted_at is None and item.revision == carried[item.id]
    ]
    uploaded = [item for item in unchanged if item.status != UPLOADED] if accepted else []
    state = ACCEPTED if accepted else REJECTED
    with workspace.atomic():
        mark_uploaded(workspace, uploaded)
        workspace.conn.execute(
            "UPDATE batch SET state = ?, decided_at = ? WHERE id = ?",
            (state, now_iso(), batch_id),
        )
        workspace.record(None, "batch", state, None, current.file_name)
    skipped = len(carried) - len(unchanged)
    return Decision(batch(workspace, batch_id), [item.id for item in uploaded], skipped)


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
    """Items whose current revision no accepted upload batch has carried (new or edited
    since, or only in batches still awaiting an answer or rejected)."""
    if not upload_profiles:
        return items
    marks = ", ".join("?" for _ in upload_profiles)
    sql = (
        "SELECT bi.item_id, max(bi.revision) FROM batch_item bi JOIN batch b ON b.id = bi.batch_id "
        f"WHERE b.state = '{ACCEPTED}' AND b.profile IN ({marks}) GROUP BY bi.item_id"
    )
    carried = dict(workspace.conn.execute(sql, sorted(upload_profiles)).fetchall())
    return [item for item in items if carried.get(item.id, 0) < item.revision]


def _known(workspace: Workspace, batch_id: int) -> Batch:
    row = workspace.conn.execute("SELECT 1 FROM batch WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        raise BatchRefused(
            f"没有编号为 {batch_id} 的批次。用 python main.py batches 工作区 查看全部批次。"
        )
    return batch(workspace, batch_id)


def _carried(workspace: Workspace, batch_id: int) -> dict[str, int]:
    sql = "SELECT item_id, revision FROM batch_item WHERE batch_id = ?"
    return dict(workspace.conn.execute(sql, (batch_id,)).fetchall())


def _batch(row: dict) -> Batch:
    return Batch(
        id=row["id"],
        profile=row["profile"],
        created_at=row["created_at"],
        file_name=row["file_name"],
        sha256=row["sha256"],
        item_count=row["item_count"],
        changed_only=bool(row["changed_only"]),
        state=row["state"],
        decided_at=row["decided_at"],
    )
