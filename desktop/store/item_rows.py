"""Items and units as rows of the workspace file, and back.

The SQL the workspace runs on every page of the table and every edit, kept apart
from the verbs: column lists, the catalog order, list fields as JSON text (the
same few channel lists recur thousands of times, so encoding is memoized), and a
reader for workers that opens a connection of its own.
"""

from __future__ import annotations

import getpass
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from ..domain.domains import domains
from ..domain.model import Item, Unit
from .files import connect

LIST_FIELDS = frozenset({"channels", "levels"})
ITEM_COLUMNS: tuple[str, ...] = tuple(Item.__dataclass_fields__)

SELECT = ", ".join(ITEM_COLUMNS)
#: Columns the table's search box looks in.
SEARCHED = ("level1", "name", "content", "basis", "subject", "channels")


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def catalog_order() -> str:
    """Catalog order: domains in the list's order (not by code), then each domain's seq.

    Codes match ``^[a-z][a-z0-9-]*$`` (the template schema, checked again here), so
    inlining them in SQL is safe."""
    listed = [d.code for d in domains() if _SAFE_CODE.fullmatch(d.code)]
    return (
        "CASE domain "
        + " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(listed))
        + f" ELSE {len(listed)} END, domain, seq, rowid"
    )


_SAFE_CODE = re.compile(r"[a-z][a-z0-9-]*")


def encode(key: str, value: object) -> object:
    if key in LIST_FIELDS:
        return json_list(value)  # type: ignore[arg-type]
    return value


@lru_cache(maxsize=4096)
def json_list(values: tuple[str, ...]) -> str:
    """List fields as stored: JSON text (the same few channel lists recur thousands of times)."""
    return json.dumps(list(values), ensure_ascii=False)


INSERT_ITEM = (
    f"INSERT INTO item ({', '.join(ITEM_COLUMNS)}) VALUES ({', '.join('?' * len(ITEM_COLUMNS))})"
)
INSERT_AUDIT = (
    "INSERT INTO audit (item_id, unit_id, action, field, old, new, at, actor) "
    "VALUES (?, NULL, ?, ?, ?, ?, ?, ?)"
)


_item_getter = attrgetter(*ITEM_COLUMNS)
_LIST_POSITIONS = tuple(i for i, key in enumerate(ITEM_COLUMNS) if key in LIST_FIELDS)


def item_values(item: Item) -> list:
    values = list(_item_getter(item))
    for position in _LIST_POSITIONS:
        values[position] = json_list(values[position])
    return values


def read_items(path: Path) -> list[Item]:
    """Live items in catalog order through a read-only connection of its own.

    For worker threads: the workspace's own connection stays with the UI thread
    while a whole-workspace validation reads the file alongside it. The rows are
    fetched in one statement before items are built, so the read lock is let go
    before the (slower) Python part starts and the UI's next edit never waits for it.
    """
    conn = connect(Path(path), read_only=True, worker=True)
    try:
        sql = f"SELECT {SELECT} FROM item WHERE deleted_at IS NULL ORDER BY {catalog_order()}"
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return [item_from_values(row) for row in rows]


def item_from_row(row: dict) -> Item:
    return item_from_values(tuple(row[key] for key in ITEM_COLUMNS))


def item_from_values(row: Sequence[object]) -> Item:
    """An item from its columns in ``ITEM_COLUMNS`` order (list fields decoded, memoized)."""
    values = dict(zip(ITEM_COLUMNS, row, strict=True))
    for key in LIST_FIELDS:
        values[key] = decode_list(values[key])  # type: ignore[arg-type]
    return Item(**values)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def decode_list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text or "[]"))


def unit_row(unit: Unit) -> dict:
    """A unit as its row in the ``unit`` table (without ``is_home``)."""
    return {
        "id": unit.id,
        "name": unit.name,
        "level": unit.level,
        "division_code": unit.division_code,
        "parent_id": unit.parent_id,
        "contact": unit.contact,
    }


def unit_from_row(row: dict) -> Unit:
    return Unit(
        id=row["id"],
        name=row["name"],
        level=row["level"],
        division_code=row["division_code"] or "",
        parent_id=row["parent_id"],
        contact=row["contact"] or "",
    )


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
