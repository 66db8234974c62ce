"""A workspace carrying SQL of its own (triggers, views …) or missing a part is refused."""

import sqlite3
import subprocess
import sys

import pytest

from desktop.store import UnexpectedSchema, open_snapshot, open_workspace, restore_workspace
from desktop.store.files import connect
from desktop.store.schema_check import normalise
from tests.conftest import ROOT, make_item, sha256, tree_state

#: (SQL a hostile or damaged file carries, what the refusal must name).
TAMPERING = {
    "swallow-inserts": (
        "CREATE TRIGGER swallow BEFORE INSERT ON item BEGIN SELECT RAISE(IGNORE); END",
        "多出触发器 swallow",
    ),
    "delete-on-edit": (
        "CREATE TRIGGER purge AFTER UPDATE ON item BEGIN DELETE FROM item WHERE id <> new.id; END",
        "多出触发器 purge",
    ),
    "view": ("CREATE VIEW everything AS SELECT * FROM item", "多出视图 everything"),
    "index": ("CREATE INDEX by_name ON item (name)", "多出索引 by_name"),
    "table": ("CREATE TABLE extra (x)", "多出表 extra"),
    "added-column": ("ALTER TABLE item ADD COLUMN note TEXT", "表 item 多出列 note"),
    "dropped-column": ("ALTER TABLE item DROP COLUMN basis", "表 item 缺少列 basis"),
    "dropped-table": ("DROP TABLE audit", "缺少表 audit"),
    "dropped-index": ("DROP INDEX idx_item_unit_id_domain_seq", "缺少索引"),
    "ignore-on-conflict": (
        "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, "
        "'\"name\" TEXT NOT NULL', '\"name\" TEXT NOT NULL ON CONFLICT IGNORE') "
        "WHERE name = 'item'",
        "表 item 的定义被改动过",
    ),
    "migrations-table": ("DROP TABLE _sqlite_migrations", "缺少表 _sqlite_migrations"),
}


def tamper(path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


@pytest.fixture
def closed_workspace(workspace):
    workspace.add_items([make_item(name=f"事项{i}") for i in range(3)])
    path = workspace.path
    workspace.close()
    return path


@pytest.mark.parametrize("case", TAMPERING)
def test_a_tampered_workspace_is_refused_naming_the_object_and_left_unchanged(
    closed_workspace, case
):
    sql, named = TAMPERING[case]
    tamper(closed_workspace, sql)
    before = tree_state(closed_workspace.parent)
    with pytest.raises(UnexpectedSchema, match=named):
        open_workspace(closed_workspace)
    assert tree_state(closed_workspace.parent) == before


def test_the_cli_refuses_an_import_into_a_workspace_that_swallows_inserts(
    closed_workspace, tmp_path
):
    tamper(closed_workspace, TAMPERING["swallow-inserts"][0])
    catalog = tmp_path / "目录.csv"
    catalog.write_text("事项名称,公开内容,公开依据,公开时限\n办事指南,内容,依据,20个工作日\n")
    before = sha256(closed_workspace)
    result = subprocess.run(
        [sys.executable, "main.py", "import", str(catalog), "--workspace", str(closed_workspace)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "多出触发器 swallow" in result.stderr and "Traceback" not in result.stderr
    assert "新增" not in result.stdout
    assert sha256(closed_workspace) == before


def test_a_dropped_table_is_a_clear_refusal_not_a_traceback(closed_workspace):
    tamper(closed_workspace, "DROP TABLE batch_item")
    result = subprocess.run(
        [sys.executable, "main.py", "info", str(closed_workspace)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "缺少表 batch_item" in result.stderr and "Traceback" not in result.stderr


def test_a_tampered_backup_is_not_restored(workspace):
    workspace.add_item(make_item(name="原有事项"))
    taken = workspace.backup()
    tamper(taken.path, TAMPERING["delete-on-edit"][0])
    path = workspace.path
    workspace.close()
    before = sha256(path)
    with pytest.raises(UnexpectedSchema, match="多出触发器 purge"):
        restore_workspace(path, taken.path)
    assert sha256(path) == before


def test_every_connection_distrusts_the_schema(closed_workspace):
    for read_only in (False, True):
        conn = connect(closed_workspace, read_only=read_only)
        assert conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
        conn.close()


def test_normalising_keeps_meaning_and_evens_out_spelling():
    ours = 'CREATE TABLE "meta" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)'
    assert normalise(ours) == normalise("create table [meta] ( key text primary key , value text)")
    assert normalise("CREATE TABLE t (s TEXT DEFAULT 'A  b')") != normalise(
        "CREATE TABLE t (s TEXT DEFAULT 'a b')"
    )
    ignoring = ours.replace("PRIMARY KEY", "PRIMARY KEY ON CONFLICT IGNORE")
    assert normalise(ours) != normalise(ignoring)


def test_a_tampered_workspace_is_set_aside_and_restored_from_a_good_backup(workspace):
    workspace.add_item(make_item(name="备份时已有"))
    taken = workspace.backup()
    path = workspace.path
    workspace.close()
    tamper(path, TAMPERING["swallow-inserts"][0])
    aside = restore_workspace(path, taken.path)
    assert aside.name.startswith("幸福镇.gkml.damaged-")
    with open_workspace(path, daily_backup=False) as ws:
        assert [i.name for i in ws.items()] == ["备份时已有"]
        ws.add_item(make_item(name="恢复后新增"))
        assert len(ws.items()) == 2


def test_read_only_commands_refuse_a_tampered_workspace_too(closed_workspace, tmp_path):
    tamper(closed_workspace, TAMPERING["delete-on-edit"][0])
    with pytest.raises(UnexpectedSchema, match="多出触发器 purge"):
        open_snapshot(closed_workspace)
    command = ["export", "--workspace", str(closed_workspace), "--profile", "full"]
    result = subprocess.run(
        [sys.executable, "main.py", *command, "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "多出触发器 purge" in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
