"""The open workspace: one SQLite file, one connection, every edit committed at once.

There is no "Save": each verb below is one transaction that is on disk when it
returns, together with its audit rows. Items are never removed, only marked
deleted, so anything a clerk deletes can be brought back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.model import EDITABLE_FIELDS, Item, Unit
from ..domain.vocab import DEFAULT_STATUS, RETURNED, STATUSES, UPLOADED
from . import backup as backups
from . import schema
from .errors import ItemNotFound, WorkspaceError
from .files import connect
from .item_rows import (
    INSERT_AUDIT,
    INSERT_ITEM,
    ITEM_COLUMNS,
    LIST_FIELDS,
    SEARCHED,
    SELECT,
    catalog_order,
    current_user,
    encode,
    escape_like,
    item_from_row,
    item_from_values,
    item_values,
    unit_from_row,
    unit_row,
)
from .lock import WorkspaceLock

_RESET_ON_EDIT = frozenset({UPLOADED, RETURNED})
#: Bookkeeping an item carries from file to file (see :meth:`Workspace.overwrite_item`).
_CARRIED = ("revision", "confirmed_at", "template_item_id", "template_version")


def now_iso() -> str:
    """Local time with its UTC offset, to the second: what clerks read in the audit log."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class EditResult:
    """What an edit changed, so views refresh only that (Anki's OpChanges, small)."""

    item: Item
    changed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    item_id: str | None
    action: str
    field: str | None
    old: str | None
    new: str | None
    at: str
    actor: str


class Workspace:
    """An open ``.gkml`` workspace; get one from :func:`open_workspace` or :func:`create_workspace`.

    Example::

        with open_workspace("示范镇.gkml") as ws:
            item = ws.add_item(Item(domain="social-assistance", name="办事指南"))
            ws.update_item(item.id, basis="《社会救助暂行办法》")
    """

    def __init__(self, path: Path, db: Database, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.db = db
        #: None on a worker's connection: the lock belongs to the workspace that opened it.
        self._lock = lock
        self.actor = current_user()

    # -- life cycle ---------------------------------------------------------------

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()

    def opener(self, *, write: bool = False) -> Callable[[], Workspace]:
        """How a worker thread opens this workspace on a connection of its own.

        Call the returned function in the thread that will use the connection, and
        close what it returns there. A reader (``write=False``) cannot write at all;
        a writer is for long work (an import, an export's batch record) whose
        transaction must never be one the UI's edits could join. Both live under the
        one-writer lock this workspace holds, so no other process writes meanwhile.

        Example::

            open_reader = workspace.opener()
            def work():  # in a worker thread
                with open_reader() as reader:
                    return reader.items()
        """
        path, actor = self.path, self.actor

        def open_for_worker() -> Workspace:
            conn = connect(path, read_only=not write, worker=True)
            workspace = Workspace(path, Database(conn), None)
            workspace.actor = actor
            return workspace

        return open_for_worker

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def schema_version(self) -> str:
        """The last applied migration, e.g. ``0003_domain_scope``."""
        applied = schema.MIGRATIONS.applied(self.db)
        return applied[-1].name if applied else ""

    # -- units --------------------------------------------------------------------

    @property
    def home_unit(self) -> Unit:
        rows = list(self.db["unit"].rows_where("is_home = 1", limit=1))
        if not rows:
            raise WorkspaceError(f"{self.path} 中没有本单位信息，工作区不完整。")
        return unit_from_row(rows[0])

    def units(self) -> list[Unit]:
        return [unit_from_row(row) for row in self.db["unit"].rows_where(order_by="rowid")]

    def add_unit(self, unit: Unit, *, action: str = "unit-create") -> Unit:
        """Another unit whose catalog this workspace holds (a county gathers its townships')."""
        with self.atomic():
            self.db["unit"].insert({**unit_row(unit), "is_home": 0})
            self.record(None, action, "name", None, unit.name)
        return unit

    def update_unit(self, unit_id: str, **changes: str) -> Unit:
        current = unit_from_row(self._get("unit", unit_id))
        updated = Unit(**{**unit_row(current), **changes})
        with self.db.atomic():
            self.db["unit"].update(unit_id, unit_row(updated))
            self.record(
                None,
                "unit",
                "*",
                json.dumps(unit_row(current), ensure_ascii=False),
                json.dumps(unit_row(updated), ensure_ascii=False),
            )
        return updated

    # -- items --------------------------------------------------------------------

    def add_item(self, item: Item) -> Item:
        return self.add_items([item])[0]

    def add_items(self, items: Iterable[Item], *, action: str = "create") -> list[Item]:
        """Add items in one transaction; each gets the home unit, a seq and timestamps.

        Plain ``executemany``: an import of 10,000 items spends ~50 ms here, where
        sqlite-utils' ``insert_all`` takes five times as long.
        """
        stamp = now_iso()
        home = None
        added: list[Item] = []
        with self.db.atomic():
            next_seq: dict[tuple[str, str], int] = {}
            for item in items:
                if not item.unit_id:
                    home = home or self.home_unit
                    item.unit_id = home.id
                key = (item.unit_id, item.domain)
                if key not in next_seq:
                    next_seq[key] = self._max_seq(*key)
                if item.seq:
                    next_seq[key] = max(next_seq[key], item.seq)
                else:
                    next_seq[key] += 1
                    item.seq = next_seq[key]
                item.created_at = item.created_at or stamp
                item.updated_at = item.updated_at or stamp
                item.confirmed_at = item.confirmed_at or stamp
                added.append(item)
            # Generators: a county's 100,000 rows are never all encoded at once.
            self.conn.executemany(INSERT_ITEM, map(item_values, added))
            self.conn.executemany(
                INSERT_AUDIT,
                ((item.id, action, None, None, item.name, stamp, self.actor) for item in added),
            )
        return added

    def update_item(self, item_id: str, *, action: str = "update", **changes: object) -> EditResult:
        """Change fields of one item; unchanged values write nothing and bump nothing.
        ``action`` names the change in the audit log (an import's edits say so)."""
        unknown = set(changes) - set(EDITABLE_FIELDS) - {"template_version"}
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if "status" in changes and changes["status"] not in STATUSES:
            raise WorkspaceError(
                f"状态“{changes['status']}”无效，应为 {'、'.join(STATUSES)} 之一。"
            )
        with self.db.atomic():
            current = self.item(item_id)
            diffs = {}
            for key, value in changes.items():
                value = tuple(value) if key in LIST_FIELDS else value  # type: ignore[arg-type]
                if getattr(current, key) != value:
                    diffs[key] = value
            if not diffs:
                return EditResult(current, ())
            if current.status in _RESET_ON_EDIT and "status" not in changes:
                # What went up to the province is no longer what the item says; an item
                # sent back for changes has been changed and is a draft to submit again.
                diffs["status"] = DEFAULT_STATUS
            stamp = now_iso()
            row = {k: encode(k, v) for k, v in diffs.items()}
            row.update(revision=current.revision + 1, updated_at=stamp)
            self.db["item"].update(item_id, row)
            self.db["audit"].insert_all(
                self._audit_row(
                    item_id, action, key, encode(key, getattr(current, key)), encode(key, value)
                )
                for key, value in diffs.items()
            )
            return EditResult(self.item(item_id), tuple(diffs))

    def overwrite_item(self, item: Item, *, action: str = "import") -> EditResult:
        """Take a newer revision of an item from elsewhere (a backup or exchange file):
        its fields, revision and dates as given, every changed field audited."""
        with self.db.atomic():
            current = self.item(item.id)
            changed = tuple(k for k in EDITABLE_FIELDS if getattr(current, k) != getattr(item, k))
            row = {key: encode(key, getattr(item, key)) for key in (*EDITABLE_FIELDS, *_CARRIED)}
            row["updated_at"] = item.updated_at or now_iso()
            self.db["item"].update(item.id, row)
            self.conn.executemany(
                INSERT_AUDIT,
                [
                    (
                        item.id,
                        action,
                        key,
                        encode(key, getattr(current, key)),
                        encode(key, getattr(item, key)),
                        now_iso(),
                        self.actor,
                    )
                    for key in changed
                ],
            )
            return EditResult(self.item(item.id), changed)

    def delete_item(self, item_id: str) -> EditResult:
        """Soft delete: the item leaves the catalog but stays in the file, restorable."""
        return self._set_deleted(item_id, now_iso(), "delete")

    def restore_item(self, item_id: str) -> EditResult:
        return self._set_deleted(item_id, None, "restore")

    def confirm_items(self, item_ids: Iterable[str]) -> int:
        """Record that items were checked and are still true today (动态调整)."""
        stamp = now_iso()
        ids = list(item_ids)
        with self.db.atomic():
            for item_id in ids:
                self.db["item"].update(item_id, {"confirmed_at": stamp})
            self.db["audit"].insert_all(
                self._audit_row(item_id, "confirm", "confirmed_at", None, stamp) for item_id in ids
            )
        return len(ids)

    def item(self, item_id: str) -> Item:
        return item_from_row(self._get("item", item_id))

    def items_by_id(self, item_ids: Iterable[str]) -> list[Item]:
        """The given items, deleted ones included (what an edit or an undo touched)."""
        ids = list(item_ids)
        found: list[Item] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = f"SELECT {SELECT} FROM item WHERE id IN ({', '.join('?' * len(chunk))})"
            found += [item_from_values(row) for row in self.conn.execute(sql, chunk).fetchall()]
        return found

    def items(
        self, *, domain: str | None = None, unit_id: str | None = None, deleted: bool = False
    ) -> list[Item]:
        """Items in catalog order (domain, seq); ``deleted=True`` lists the recycle bin."""
        where = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        params: list[str] = []
        if domain is not None:
            where.append("domain = ?")
            params.append(domain)
        if unit_id is not None:
            where.append("unit_id = ?")
            params.append(unit_id)
        sql = f"SELECT {SELECT} FROM item WHERE {' AND '.join(where)} ORDER BY {catalog_order()}"
        # fetchall first: the read lock is held for the query, not while items are built.
        return [item_from_values(row) for row in self.conn.execute(sql, params).fetchall()]

    def item_table(self, fields: tuple[str, ...], *, domain: str | None = None) -> list[tuple]:
        """Just the given fields of live items, as tuples in catalog order.

        The fast path for views: no Item objects, list fields left as JSON text
        (views decode only the rows they paint).
        """
        unknown = set(fields) - set(ITEM_COLUMNS)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        sql = f"SELECT {', '.join(fields)} FROM item WHERE deleted_at IS NULL"
        params: tuple[str, ...] = ()
        if domain is not None:
            sql += " AND domain = ?"
            params = (domain,)
        return self.conn.execute(f"{sql} ORDER BY {catalog_order()}", params).fetchall()

    def item_ids(
        self,
        *,
        domain: str | None = None,
        unit_id: str | None = None,
        search: str = "",
        status: str | None = None,
        order_by: str | None = None,
        descending: bool = False,
    ) -> list[str]:
        """Ids of live items in display order: what a lazy table needs to know up front.

        ``search`` matches any of the texts a clerk looks for (LIKE, which handles
        Chinese substrings of any length; FTS5 trigram needs three characters and
        quadruples the file). ``order_by`` is a column name; the default is catalog order.
        """
        where, params = ["deleted_at IS NULL"], []
        if domain:
            where.append("domain = ?")
            params.append(domain)
        if unit_id:
            where.append("unit_id = ?")
            params.append(unit_id)
        if status:
            where.append("status = ?")
            params.append(status)
        if search.strip():
            pattern = "%" + escape_like(search.strip()) + "%"
            where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCHED) + ")")
            params.extend([pattern] * len(SEARCHED))
        if order_by is None:
            order = catalog_order()
        elif order_by in ITEM_COLUMNS:
            direction = "DESC" if descending else "ASC"
            order = f"{order_by} {direction}, {catalog_order()}"
        else:
            raise ValueError(f"unknown column: {order_by}")
        sql = f"SELECT id FROM item WHERE {' AND '.join(where)} ORDER BY {order}"
        return [row[0] for row in self.conn.execute(sql, params).fetchall()]

    def item_rows(self, ids: Sequence[str], fields: Sequence[str]) -> dict[str, tuple]:
        """Given fields of the given items, by id (list fields left as JSON text)."""
        unknown = set(fields) - set(ITEM_COLUMNS)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        rows: dict[str, tuple] = {}
        columns = ", ".join(("id", *fields))
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT {columns} FROM item WHERE id IN ({marks})"
            for row in self.conn.execute(sql, chunk).fetchall():
                rows[row[0]] = row[1:]
        return rows

    def item_counts(self) -> dict[str, int]:
        """Live items per domain code."""
        sql = "SELECT domain, count(*) FROM item WHERE deleted_at IS NULL GROUP BY domain"
        return {domain: count for domain, count in self.conn.execute(sql)}

    def unit_domain_counts(self) -> dict[tuple[str, str], int]:
        """Live items per (unit id, domain code): a county's workspace holds many units."""
        sql = (
            "SELECT unit_id, domain, count(*) FROM item WHERE deleted_at IS NULL "
            "GROUP BY unit_id, domain"
        )
        return {(unit, domain): count for unit, domain, count in self.conn.execute(sql)}

    def audit(self, item_id: str | None = None) -> list[AuditEntry]:
        where, params = ("item_id = ?", [item_id]) if item_id else (None, [])
        return [
            AuditEntry(
                r["item_id"], r["action"], r["field"], r["old"], r["new"], r["at"], r["actor"]
            )
            for r in self.db["audit"].rows_where(where, params, order_by="id")
        ]

    # -- domains out of scope (未涉及领域事项说明) ---------------------------------------

    def out_of_scope(self, unit_id: str | None = None) -> dict[str, str]:
        """Domain code -> reason, for the domains a unit declared it does not handle."""
        unit_id = unit_id or self.home_unit.id
        rows = self.db["domain_scope"].rows_where("unit_id = ?", [unit_id], order_by="rowid")
        return {row["domain"]: row["reason"] for row in rows}

    def declare_out_of_scope(self, domain: str, reason: str, unit_id: str | None = None) -> None:
        """Record that a unit has no items in ``domain``, and why (shown in the catalog)."""
        reason = reason.strip()
        if not reason:
            raise WorkspaceError("请写明本单位不涉及该领域的原因。")
        unit_id = unit_id or self.home_unit.id
        old = self.out_of_scope(unit_id).get(domain)
        with self.db.atomic():
            self.db["domain_scope"].upsert(
                {"unit_id": unit_id, "domain": domain, "reason": reason, "updated_at": now_iso()},
                pk=("unit_id", "domain"),
            )
            self.record(None, "out-of-scope", domain, old, reason)

    def clear_out_of_scope(self, domain: str, unit_id: str | None = None) -> None:
        unit_id = unit_id or self.home_unit.id
        old = self.out_of_scope(unit_id).get(domain)
        if old is None:
            return
        with self.db.atomic():
            self.db["domain_scope"].delete((unit_id, domain))
            self.record(None, "out-of-scope", domain, old, None)

    # -- settings kept in the file ---------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db["meta"].rows_where("key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # -- backups --------------------------------------------------------------------

    def backup(self, reason: str = "manual") -> backups.Backup:
        return backups.take_backup(self.conn, self.path, reason)

    def backups(self) -> list[backups.Backup]:
        return backups.list_backups(self.path)

    def restore(self, backup_path: Path) -> backups.Backup:
        """Replace the content with a backup's; the current state is backed up first."""
        safety = backups.take_backup(self.conn, self.path, "restore", keep=Path(backup_path))
        backups.copy_into(Path(backup_path), self.conn)
        return safety

    # -- internals --------------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Group several verbs into one transaction (an import, a merge)."""
        with self.db.atomic():
            yield

    def _get(self, table: str, key: str) -> dict:
        rows = list(self.db[table].rows_where("id = ?", [key], limit=1))
        if not rows:
            raise ItemNotFound(f"找不到编号为 {key} 的{'事项' if table == 'item' else '单位'}。")
        return rows[0]

    def _max_seq(self, unit_id: str, domain: str) -> int:
        sql = "SELECT coalesce(max(seq), 0) FROM item WHERE unit_id = ? AND domain = ?"
        return self.conn.execute(sql, (unit_id, domain)).fetchone()[0]

    def _set_deleted(self, item_id: str, value: str | None, action: str) -> EditResult:
        with self.db.atomic():
            current = self.item(item_id)
            if current.deleted_at == value:
                return EditResult(current, ())
            self.db["item"].update(
                item_id,
                {"deleted_at": value, "revision": current.revision + 1, "updated_at": now_iso()},
            )
            self.record(item_id, action, "deleted_at", current.deleted_at, value)
            return EditResult(self.item(item_id), ("deleted_at",))

    def record(
        self, item_id: str | None, action: str, field: str | None, old: str | None, new: str | None
    ) -> None:
        """Add one audit row (for changes other than item edits, e.g. a template import)."""
        self.db["audit"].insert(self._audit_row(item_id, action, field, old, new))

    def _audit_row(
        self, item_id: str | None, action: str, field: str | None, old: str | None, new: str | None
    ) -> dict:
        return {
            "item_id": item_id,
            "unit_id": None,
            "action": action,
            "field": field,
            "old": old,
            "new": new,
            "at": now_iso(),
            "actor": self.actor,
        }
