"""Schema migrations: fresh, upgrade from every earlier version, failure, newer files."""

import sqlite3

import pytest
from sqlite_utils import Database, Migrations

from desktop.store import MigrationFailed, NewerWorkspace, open_workspace, schema
from desktop.store.files import connect
from tests.conftest import sha256

NAMES = schema.known_migration_names()


def write_old_workspace(path, stop_before: str | None) -> None:
    """A workspace as an older build left it: migrations up to ``stop_before``, one unit."""
    conn = connect(path)
    db = Database(conn)
    schema.MIGRATIONS.apply(db, stop_before=stop_before)
    db["unit"].insert({"id": "u1", "name": "幸福镇人民政府", "level": "乡级", "is_home": 1})
    db["item"].insert(
        {"id": "i1", "unit_id": "u1", "domain": "social-assistance", "name": "办事指南", "seq": 1}
    )
    conn.close()


def test_names_are_ordered_and_start_with_the_core():
    assert sorted(NAMES) == NAMES
    assert NAMES[0] == "0001_core"


@pytest.mark.parametrize("stop_before", NAMES[1:])
def test_upgrade_from_each_earlier_version_keeps_the_data(tmp_path, stop_before):
    path = tmp_path / "old.gkml"
    write_old_workspace(path, stop_before)
    with open_workspace(path, daily_backup=False) as ws:
        assert ws.schema_version == NAMES[-1]
        assert [i.name for i in ws.items()] == ["办事指南"]
        # The state before the upgrade was backed up first.
        assert [b.reason for b in ws.backups()] == ["migrate"]


def test_failing_migration_leaves_the_file_exactly_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.gkml"
    write_old_workspace(path, NAMES[-1])
    before = sha256(path)
    broken = Migrations("gkml")
    for migration in schema.MIGRATIONS.pending(Database(memory=True)):
        broken(name=migration.name)(migration.fn)

    @broken(name="9999_boom")
    def _boom(db):
        db["half_done"].create({"id": int})
        db.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(MigrationFailed, match="文件保持原样"):
        open_workspace(path, daily_backup=False)
    assert sha256(path) == before
    monkeypatch.undo()
    with open_workspace(path, daily_backup=False) as ws:
        assert ws.schema_version == NAMES[-1]
        assert "half_done" not in ws.db.table_names()


def test_a_file_from_a_newer_build_is_refused_and_never_touched(tmp_path):
    path = tmp_path / "new.gkml"
    write_old_workspace(path, None)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('gkml', '0099_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = sha256(path)
    with pytest.raises(NewerWorkspace, match="更新版本"):
        open_workspace(path)
    assert sha256(path) == before
    assert not (tmp_path / "new.gkml.backups").exists()
