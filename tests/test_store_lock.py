import subprocess
import sys

import pytest

from desktop.store import WorkspaceLocked, list_backups, open_workspace, restore_workspace
from tests.conftest import ROOT, make_item, sha256


def test_second_open_in_the_same_process_is_refused(workspace):
    with pytest.raises(WorkspaceLocked, match="已在另一个窗口或程序中打开"):
        open_workspace(workspace.path)


def test_second_process_gets_a_clear_message_not_a_shared_write(workspace, tmp_path):
    source = tmp_path / "目录.csv"
    source.write_text("事项名称\n办事指南\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "main.py", "import", str(source), "--workspace", str(workspace.path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "已在另一个窗口或程序中打开" in result.stderr
    assert str(workspace.path) in result.stderr


def test_the_lock_is_released_on_close(workspace):
    path = workspace.path
    workspace.close()
    with open_workspace(path) as again:
        assert again.home_unit.name == "幸福镇人民政府"


needs_symlinks = pytest.mark.skipif(
    sys.platform == "win32", reason="creating symlinks needs privileges on Windows"
)


@needs_symlinks
def test_a_link_to_an_open_workspace_is_locked_like_the_file_itself(workspace, tmp_path):
    link = tmp_path / "别名.gkml"
    link.symlink_to(workspace.path)
    with pytest.raises(WorkspaceLocked, match="已在另一个窗口或程序中打开"):
        open_workspace(link)
    catalog = tmp_path / "目录.csv"
    catalog.write_text("事项名称,公开内容,公开依据,公开时限\n办事指南,内容,依据,20个工作日\n")
    before = sha256(workspace.path)
    result = subprocess.run(
        [sys.executable, "main.py", "import", str(catalog), "--workspace", str(link)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "已在另一个窗口或程序中打开" in result.stderr
    assert sha256(workspace.path) == before


@needs_symlinks
def test_a_workspace_opened_through_a_link_is_backed_up_and_restored_as_the_real_file(
    workspace, tmp_path
):
    real = workspace.path
    workspace.add_item(make_item(name="备份时已有"))
    workspace.close()
    elsewhere = tmp_path / "桌面"
    elsewhere.mkdir()
    link = elsewhere / "幸福镇.gkml"
    link.symlink_to(real)
    with open_workspace(link) as ws:
        assert ws.path == real
        taken = ws.backup()
        ws.add_item(make_item(name="备份后新增"))
    assert taken.path.parent == real.with_name("幸福镇.gkml.backups")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["幸福镇.gkml"]
    assert [b.path for b in list_backups(link)] == [b.path for b in list_backups(real)]
    restore_workspace(link, taken.path)
    assert link.is_symlink() and link.resolve() == real
    with open_workspace(real) as ws:
        assert [i.name for i in ws.items()] == ["备份时已有"]


def test_the_lock_file_is_hidden_on_windows_too(tmp_path, monkeypatch):
    """A leading dot hides nothing in Explorer: Windows gets the hidden attribute."""
    import ctypes
    import types

    from desktop.store import lock

    calls = []
    kernel32 = types.SimpleNamespace(SetFileAttributesW=lambda *args: calls.append(args) or 1)
    monkeypatch.setattr(lock.os, "name", "nt")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    target = tmp_path / ".幸福镇.gkml.lock"
    lock.hide(target)
    assert calls == [(str(target), 0x2)]
