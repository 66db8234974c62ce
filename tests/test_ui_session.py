"""The session owns the workspace connection: long writes never take an edit with them."""

from __future__ import annotations

import threading
from pathlib import Path

from catalog_files import official_row, write_official
from conftest import ROOT, make_item, open_in_window

from desktop.logs import log_file, setup_logging
from desktop.store import Workspace
from desktop.store.changes import Changes


def _import_that_blocks(monkeypatch, *, fail: bool):
    """``Workspace.add_items`` in a worker thread writes its rows, then waits to be let go
    (and, with ``fail``, raises: the import's transaction rolls back)."""
    writing, release = threading.Event(), threading.Event()
    real = Workspace.add_items

    def add_items(self, items, **kwargs):
        added = real(self, items, **kwargs)
        if threading.current_thread() is not threading.main_thread():
            writing.set()
            assert release.wait(30)
            if fail:
                raise OSError(5, "Input/output error")  # a failing USB stick
        return added

    monkeypatch.setattr(Workspace, "add_items", add_items)
    return writing, release


def _start_import(window, qtbot, tmp_path: Path):
    rows = [official_row(n, "最低生活保障", f"导入事项{n}") for n in range(1, 4)]
    source = write_official(tmp_path / "社会救助.xlsx", rows)
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(source))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.start_import()
    return dialog


def test_an_edit_during_an_import_that_fails_is_kept(qtbot, workspace, tmp_path, monkeypatch):
    """The lost-edit bug: the dialog closed mid-import, an edit made then joined the
    import's transaction and vanished with its rollback while undo still showed it."""
    item = workspace.add_item(make_item(level1="临时救助", basis="《旧的依据》"))
    setup_logging("图形界面")
    window = open_in_window(qtbot, workspace)
    writing, release = _import_that_blocks(monkeypatch, fail=True)
    dialog = _start_import(window, qtbot, tmp_path)
    qtbot.waitUntil(writing.is_set)
    dialog.reject()  # the clerk closes the dialog while the import writes
    assert window.session.busy
    window.show_item(item.id)
    window.editor_panel.edit(item.id, "basis", "《社会救助暂行办法》")
    release.set()
    qtbot.waitUntil(lambda: not window.session.busy and not window.workers.busy)
    message = dialog.form.summaryLabel.text()
    assert "Input/output error" in message and str(log_file()) in message
    assert "OSError: [Errno 5]" in log_file().read_text(encoding="utf-8")  # with its traceback
    assert window.workspace.item(item.id).basis == "《社会救助暂行办法》"
    assert [i.name for i in window.workspace.items()] == ["办事指南"]  # nothing imported
    assert window.session.undo_stack.count() == 1
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 1)
    assert window.editor.item.basis == "《社会救助暂行办法》"
    window.undo_action.trigger()
    assert window.workspace.item(item.id).basis == "《旧的依据》"
    window.close_workspace()


def test_an_import_left_running_shows_a_progress_dialog_after_a_moment(
    qtbot, workspace, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    window = open_in_window(qtbot, workspace)
    writing, release = _import_that_blocks(monkeypatch, fail=False)
    dialog = _start_import(window, qtbot, tmp_path)
    qtbot.waitUntil(writing.is_set)
    dialog.reject()
    [progress] = window.findChildren(QProgressDialog)
    assert not progress.isVisible()  # not at once: quick work never flashes a dialog
    qtbot.waitUntil(progress.isVisible)
    assert progress.labelText() == "正在导入，请稍候…"
    progress.findChild(QPushButton).click()
    assert dialog.worker.cancelled and progress.isVisible()  # it says so until it stops
    release.set()
    qtbot.waitUntil(lambda: not progress.isVisible() and not window.workers.busy)
    assert len(window.workspace.items()) == 3  # the transaction had begun: it ran to its end
    window.close_workspace()


def test_edits_wait_for_a_long_write_and_commit_in_order(qtbot, workspace, tmp_path, monkeypatch):
    item = workspace.add_item(make_item(level1="临时救助"))
    window = open_in_window(qtbot, workspace)
    writing, release = _import_that_blocks(monkeypatch, fail=False)
    seen: list[Changes] = []
    window.session.changed.connect(seen.append)
    dialog = _start_import(window, qtbot, tmp_path)
    qtbot.waitUntil(writing.is_set)
    window.editor_panel.edit(item.id, "content", "第一次")
    window.editor_panel.edit(item.id, "content", "第二次")
    assert window.workspace.item(item.id).content != "第二次"  # waiting, not written
    release.set()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    assert window.workspace.item(item.id).content == "第二次"
    window.undo_action.trigger()  # each step back puts back what the clerk saw before it
    assert window.workspace.item(item.id).content == "第一次"
    window.undo_action.trigger()
    assert window.workspace.item(item.id).content == item.content
    assert len(window.workspace.items()) == 4
    assert any(item.id in changes.items for changes in seen)
    assert any(changes.all for changes in seen)
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 4)
    window.close_workspace()


def test_closing_during_a_long_write_commits_the_waiting_edits(
    qtbot, workspace, tmp_path, monkeypatch
):
    item = workspace.add_item(make_item(level1="临时救助"))
    path = workspace.path
    window = open_in_window(qtbot, workspace)
    writing, release = _import_that_blocks(monkeypatch, fail=False)
    _start_import(window, qtbot, tmp_path)
    qtbot.waitUntil(writing.is_set)
    window.editor_panel.edit(item.id, "content", "关闭前改的")
    release.set()
    window.close_workspace()
    from desktop.store import open_workspace

    with open_workspace(path, daily_backup=False) as reopened:
        assert reopened.item(item.id).content == "关闭前改的"
        assert len(reopened.items()) == 4


def test_no_connection_is_shared_across_threads():
    sources = (ROOT / "desktop").rglob("*.py")
    assert not [p for p in sources if "check_same_thread" in p.read_text(encoding="utf-8")]
