"""Exported is not uploaded: batches await the province's answer, files never replace each
other, and colleagues on a shared folder can read them."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from conftest import confirmed_export, make_item
from PySide6.QtCore import Qt
from sqlite_utils import Database

from desktop.cli import EXIT_OK, EXIT_UNUSABLE, main
from desktop.exchange import exporting
from desktop.store import open_workspace, schema
from desktop.store.batches import BatchRefused, batches, decide_batch


def _fill(workspace, count: int = 3) -> list:
    return workspace.add_items([make_item(name=f"事项{i}") for i in range(count)])


def test_a_rejected_batch_changes_no_item_and_its_changes_go_again(workspace, tmp_path):
    _fill(workspace)
    sent = confirmed_export(workspace, "upload", tmp_path / "1").batches[0]
    decision = decide_batch(workspace, sent.id, accepted=False)
    assert decision.batch.state == "rejected" and decision.uploaded == []
    assert "已上传" not in {item.status for item in workspace.items()}
    again = confirmed_export(workspace, "upload", tmp_path / "2", changed_only=True)
    assert again.items == 3
    with pytest.raises(BatchRefused, match="已记为“被省级系统退回”"):
        decide_batch(workspace, sent.id, accepted=True)


def test_accepting_skips_items_edited_or_deleted_after_the_export(workspace, tmp_path):
    items = _fill(workspace)
    sent = confirmed_export(workspace, "upload", tmp_path).batches[0]
    workspace.update_item(items[0].id, content="导出后改过")
    workspace.delete_item(items[1].id)
    decision = decide_batch(workspace, sent.id, accepted=True)
    assert decision.uploaded == [items[2].id] and decision.skipped == 2
    assert workspace.item(items[0].id).status != "已上传"
    # The edited item was never accepted at its current revision: it goes again.
    assert confirmed_export(workspace, "upload", tmp_path / "2", changed_only=True).items == 1


def test_a_full_backup_batch_has_nothing_to_confirm(workspace, tmp_path):
    _fill(workspace, 1)
    [kept] = exporting.export_catalog(workspace, "full", tmp_path).batches
    assert kept.state == "kept" and not kept.awaits_decision
    with pytest.raises(BatchRefused, match="不是上传文件"):
        decide_batch(workspace, kept.id, accepted=True)
    with pytest.raises(BatchRefused, match="没有编号为 99 的批次"):
        decide_batch(workspace, 99, accepted=True)


def test_the_cli_lists_and_confirms_batches(workspace, tmp_path, capsys):
    _fill(workspace)
    path = workspace.path
    missing = exporting.missing_items(workspace, "upload").count
    workspace.close()
    out = tmp_path / "out"
    export = ["export", "--workspace", str(path), "--profile", "upload", "--out", str(out)]
    assert main([*export, "--confirm-missing", str(missing)]) == EXIT_OK
    told = capsys.readouterr().out
    assert "已记为批次 1（待确认）" in told and f"batches confirm {path} 1" in told
    assert main(["batches", str(path)]) == EXIT_OK
    listed = capsys.readouterr().out
    assert "已导出，待确认接收" in listed and "待确认的上传批次：1" in listed

    assert main(["batches", "confirm", str(path), "1"]) == EXIT_OK
    assert "3 个事项的状态改为“已上传”" in capsys.readouterr().out
    with open_workspace(path) as reopened:
        assert {item.status for item in reopened.items()} == {"已上传"}
        assert batches(reopened)[0].state == "accepted"
    assert main(["batches", str(path)]) == EXIT_OK
    assert "已被省级系统接收" in capsys.readouterr().out

    assert main(["batches", "confirm", str(path), "1"]) == EXIT_UNUSABLE
    assert "不能再更改" in capsys.readouterr().err
    assert main(["batches", "confirm", str(path), "7"]) == EXIT_UNUSABLE
    assert "没有编号为 7 的批次" in capsys.readouterr().err
    assert main(["batches", "confirm", str(path)]) == EXIT_UNUSABLE
    assert "用法为" in capsys.readouterr().err

    # Nothing changed since the accepted upload: a sentence, no file, exit 0.
    before = sorted(out.iterdir())
    assert main([*export, "--changed-only"]) == EXIT_OK
    assert "没有新增或修改的事项，没有生成" in capsys.readouterr().out
    assert sorted(out.iterdir()) == before


def test_two_exports_in_the_same_second_write_two_files(workspace, tmp_path, monkeypatch):
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 12, 1, 9, 30, 0)

    monkeypatch.setattr(exporting, "datetime", Frozen)
    _fill(workspace)
    first = confirmed_export(workspace, "upload", tmp_path).files
    second = confirmed_export(workspace, "upload", tmp_path).files
    assert first[0].name.endswith("-20261201-093000.xlsx")
    assert second[0].name.endswith("-20261201-093000-2.xlsx")
    assert {p.name for p in tmp_path.glob("*.xlsx")} == {first[0].name, second[0].name}
    assert [b.file_name for b in batches(workspace)] == [second[0].name, first[0].name]
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exported_files_get_the_umasks_mode(workspace, tmp_path):
    _fill(workspace, 1)
    old = os.umask(0o022)
    try:
        [written] = confirmed_export(workspace, "upload", tmp_path).files
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == 0o644


def test_batches_from_before_the_state_count_as_accepted(tmp_path: Path):
    """A workspace from the last release: its upload batches had marked items 已上传."""
    db = Database(sqlite3.connect(tmp_path / "old.db"))
    pending = schema.MIGRATIONS.pending(db)
    old = [m for m in pending if m.name < "0006"]
    for migration in old:
        migration.fn(db)
    for profile in ("upload", "full", "my-province"):
        db["batch"].insert(
            {
                "profile": profile,
                "created_at": "2026-01-01T00:00:00",
                "file_name": "a.xlsx",
                "sha256": "",
                "item_count": 0,
                "changed_only": 0,
            }
        )
    [state] = [m for m in pending if m.name == "0006_batch_state"]
    state.fn(db)
    rows = db.execute("SELECT profile, state FROM batch ORDER BY id").fetchall()
    assert rows == [("upload", "accepted"), ("full", "kept"), ("my-province", "accepted")]


def test_the_dialog_says_nothing_changed_and_records_a_rejection(qtbot, workspace, tmp_path):
    from conftest import open_in_window

    _fill(workspace)
    sent = confirmed_export(workspace, "upload", tmp_path / "1").batches[0]
    decide_batch(workspace, sent.id, accepted=True)
    confirmed_export(workspace, "upload", tmp_path / "2")
    window = open_in_window(qtbot, workspace)
    dialog = window.file_actions.export()
    form = dialog.form
    form.profileCombo.setCurrentIndex(form.profileCombo.findData("upload"))
    form.changedOnlyCheck.setChecked(True)
    qtbot.waitUntil(lambda: dialog.check is not None and dialog.check.unchanged != "")
    assert not dialog.export_button.isEnabled()
    assert "没有新增或修改的事项" in form.stateLabel.text()
    # The newest batch (awaiting an answer) was sent back by the province.
    form.historyTable.selectRow(1)
    assert not form.rejectButton.isEnabled()  # already accepted
    form.historyTable.selectRow(0)
    qtbot.mouseClick(form.rejectButton, Qt.MouseButton.LeftButton)
    assert "被省级系统退回" in form.stateLabel.text()
    assert dialog.history.index(0, 5).data() == "被省级系统退回"
    assert [b.state for b in batches(window.session.workspace)] == ["rejected", "accepted"]
    dialog.close()
    window.close_workspace()
