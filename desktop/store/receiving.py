"""What a workspace remembers about packages from other units.

- the signing key of each lower unit (by division code), pinned on first merge: a
  later package from the same code with another key or another workspace is a
  different computer or a forgery, and is refused unless the user confirms;
- every package received, so the same package twice changes nothing and an older
  one than the last merged is refused;
- the version of every received item last accepted, the base of the next
  three-way merge (so a change made here is never overwritten silently).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.merging import content_of
from ..domain.model import Item
from .workspace import Workspace, now_iso

_LIST_FIELDS = ("channels", "levels")


@dataclass(frozen=True, slots=True)
class PinnedKey:
    unit_id: str
    public_key: str
    workspace_id: str


@dataclass(frozen=True, slots=True)
class Received:
    package_id: str
    sha256: str
    created_at: str


def pinned_key(workspace: Workspace, division_code: str) -> PinnedKey | None:
    row = workspace.conn.execute(
        "SELECT unit_id, public_key, workspace_id FROM unit_key WHERE division_code = ?",
        (division_code,),
    ).fetchone()
    return PinnedKey(*row) if row else None


def pin_key(workspace: Workspace, division_code: str, key: PinnedKey) -> None:
    workspace.conn.execute(
        "INSERT OR REPLACE INTO unit_key VALUES (?, ?, ?, ?, ?)",
        (division_code, key.unit_id, key.public_key, key.workspace_id, now_iso()),
    )


def received(workspace: Workspace, package_id: str) -> Received | None:
    row = workspace.conn.execute(
        "SELECT package_id, sha256, created_at FROM package_log WHERE package_id = ?",
        (package_id,),
    ).fetchone()
    return Received(*row) if row else None


def latest_from(workspace: Workspace, sender_code: str) -> str | None:
    """When the newest package merged from a unit was made (ISO text sorts by time)."""
    row = workspace.conn.execute(
        "SELECT max(created_at) FROM package_log WHERE sender_code = ?", (sender_code,)
    ).fetchone()
    return row[0]


def record_package(
    workspace: Workspace, package_id: str, sha256: str, kind: str, sender_code: str, created_at: str
) -> None:
    workspace.conn.execute(
        "INSERT INTO package_log VALUES (?, ?, ?, ?, ?, ?)",
        (package_id, sha256, kind, sender_code, created_at, now_iso()),
    )


def merge_bases(workspace: Workspace, item_ids: Iterable[str]) -> dict[str, dict[str, object]]:
    """item id -> the content last accepted (lists as tuples, as items hold them)."""
    ids = list(item_ids)
    bases: dict[str, dict[str, object]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT item_id, content FROM merge_base WHERE item_id IN ({marks})"
        for item_id, content in workspace.conn.execute(sql, chunk).fetchall():
            values = json.loads(content)
            for key in _LIST_FIELDS:
                values[key] = tuple(values.get(key) or ())
            bases[item_id] = values
    return bases


def set_merge_bases(workspace: Workspace, items: Iterable[Item]) -> None:
    """Record ``items`` (as received) as the versions accepted."""
    workspace.conn.executemany(
        "INSERT OR REPLACE INTO merge_base VALUES (?, ?, ?)",
        (
            (item.id, item.revision, json.dumps(content_of(item), ensure_ascii=False))
            for item in items
        ),
    )
