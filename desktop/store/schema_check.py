"""A workspace file is untrusted input: its schema must be exactly what our migrations build.

A ``.gkml`` travels on USB sticks and through chat, and SQLite runs whatever triggers
and views the file carries: one extra ``BEFORE INSERT … RAISE(IGNORE)`` trigger makes
an import report 10,000 new items and store none, an ``AFTER UPDATE`` one deletes
items behind the clerk's back. So before anything of ours reads or writes a table,
the file's ``sqlite_master`` is compared with the one the migrations it records
build in an in-memory database: every table, column, index, trigger and view,
nothing more and nothing less. A dropped table or column is refused the same way,
instead of failing later with an ``OperationalError``.

SQL text is compared after normalising what does not change its meaning (spaces,
case, identifier quotes), so a file written by another sqlite-utils release is
still accepted. Python 3.11's ``sqlite3`` cannot switch on SQLite's defensive mode
(``Connection.setconfig`` and ``SQLITE_DBCONFIG_DEFENSIVE`` arrive in 3.12); every
connection sets ``PRAGMA trusted_schema=OFF`` (see ``files.connect``) and this check
does the rest.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from . import schema
from .errors import NewerWorkspace, UnexpectedSchema

#: (type, name) -> (table it belongs to, normalised SQL or "" for automatic indexes).
Objects = dict[tuple[str, str], tuple[str, str]]

_KINDS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}
_MIGRATIONS_TABLE = ("table", "_sqlite_migrations")
#: Single-quoted SQL strings (kept as they are) and everything between them.
_STRINGS = re.compile(r"('(?:[^']|'')*')")
_SPACE_AROUND = re.compile(r"\s*([(),=])\s*")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans("", "", '"`[]')


def check_schema(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Refuse a workspace whose schema is not ours; return the migrations it records.

    Raises :class:`NewerWorkspace` for a file that records migrations this build does
    not know, and :class:`UnexpectedSchema` naming the first unexpected or missing
    object otherwise. Reads nothing but ``sqlite_master`` until the migrations table
    itself is known to be ours.

    Example::

        applied = check_schema(conn, Path("幸福镇.gkml"))  # ["0001_core", …]
    """
    found = file_objects(conn)
    if _MIGRATIONS_TABLE not in found:
        raise UnexpectedSchema(_refusal(path, "缺少表 _sqlite_migrations"))
    if found[_MIGRATIONS_TABLE] != expected_objects(())[_MIGRATIONS_TABLE]:
        raise UnexpectedSchema(_refusal(path, "表 _sqlite_migrations 的定义被改动过"))
    applied = [row[0] for row in conn.execute(_APPLIED_SQL)]
    known = schema.known_migration_names()
    newer = [name for name in applied if name not in known]
    if newer:
        raise NewerWorkspace(
            f"{path} 由更新版本的公开目录编制工具保存（含本版本不认识的结构升级 {newer[0]}）。"
            "为免损坏数据，本版本不会打开或降级它；请升级程序后再打开。"
        )
    if applied != known[: len(applied)]:
        raise UnexpectedSchema(
            _refusal(path, f"结构升级记录（{'、'.join(applied)}）与本程序的不符")
        )
    problem = _difference(found, expected_objects(tuple(applied)), conn)
    if problem:
        raise UnexpectedSchema(_refusal(path, problem))
    return applied


_APPLIED_SQL = "SELECT name FROM _sqlite_migrations WHERE migration_set = 'gkml' ORDER BY rowid"


def file_objects(conn: sqlite3.Connection) -> Objects:
    """Every object in a database's ``sqlite_master``, its SQL normalised."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(kind, name): (table, normalise(sql or "")) for kind, name, table, sql in rows}


@lru_cache(maxsize=8)
def expected_objects(applied: tuple[str, ...]) -> Objects:
    """The objects the first ``len(applied)`` migrations build (with the migrations table)."""
    known = schema.known_migration_names()
    db = Database(memory=True)
    stop_before = known[len(applied)] if len(applied) < len(known) else None
    schema.MIGRATIONS.apply(db, stop_before=stop_before)
    try:
        return file_objects(db.conn)
    finally:
        db.close()


def normalise(sql: str) -> str:
    """SQL with spaces, case and identifier quotes evened out; string literals kept."""
    parts = _STRINGS.split(sql)
    for index in range(0, len(parts), 2):
        text = _SPACES.sub(" ", parts[index].translate(_QUOTES).lower())
        parts[index] = _SPACE_AROUND.sub(r"\1", text)
    return "".join(parts).strip()


def _difference(found: Objects, expected: Objects, conn: sqlite3.Connection) -> str:
    """The first difference in words, "" when there is none."""
    for key in sorted(found.keys() - expected.keys(), key=_tables_first):
        return f"多出{_KINDS.get(key[0], key[0])} {key[1]}（属于 {found[key][0]}）"
    for key in sorted(expected.keys() - found.keys(), key=_tables_first):
        return f"缺少{_KINDS.get(key[0], key[0])} {key[1]}"
    for key in sorted(expected):
        if found[key] != expected[key]:
            kind, name = key
            columns = _columns_difference(conn, name, expected[key][1]) if kind == "table" else ""
            return f"{_KINDS.get(kind, kind)} {name} {columns or '的定义被改动过'}"
    return ""


def _tables_first(key: tuple[str, str]) -> tuple[bool, str, str]:
    """A missing table is named rather than the indexes that went with it."""
    return (key[0] != "table", *key)


def _columns_difference(conn: sqlite3.Connection, table: str, expected_sql: str) -> str:
    """Which column a changed table lacks or has in addition (PRAGMA reads only the schema)."""
    found = [row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]
    expected = _column_names(expected_sql)
    missing = [name for name in expected if name not in found]
    if missing:
        return f"缺少列 {'、'.join(missing)}"
    extra = [name for name in found if name not in expected]
    if extra:
        return f"多出列 {'、'.join(extra)}"
    return ""


def _column_names(sql: str) -> list[str]:
    """The columns of one of our own table definitions, replayed in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(sql)
        table = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        return [row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]
    finally:
        conn.close()


def _refusal(path: Path, problem: str) -> str:
    return (
        f"{path} 的结构与本程序建立的不同：{problem}。"
        "文件可能被其他程序改动过，或来自不可信的来源；为免数据被悄悄改动或丢失，本程序不会打开它。"
        "请从备份恢复，或向发来文件的单位索取原文件。"
    )
