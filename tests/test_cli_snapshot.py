"""Read-only commands work while the app has the workspace open; writers are still refused."""

from __future__ import annotations

from conftest import make_item

from desktop import cli
from desktop.store import open_snapshot, open_workspace
from desktop.store.snapshot import open_snapshot as snapshot_from_module


def test_read_only_commands_work_while_the_workspace_is_open(workspace, tmp_path, capsys, qapp):
    workspace.add_items([make_item(), make_item(name="审核信息", basis="")])
    path = str(workspace.path)  # ``workspace`` holds the one-writer lock, as the app would
    assert cli.main(["info", path]) == 0
    assert "共 2 项" in capsys.readouterr().out
    assert cli.main(["validate", path]) == 1  # the blank 公开依据 is an error
    assert "公开依据" in capsys.readouterr().out
    assert cli.main(["print", "--workspace", path, "--out", str(tmp_path / "a.pdf")]) == 0
    assert (tmp_path / "a.pdf").stat().st_size > 1000
    capsys.readouterr()
    out = tmp_path / "备份"
    assert cli.main(["export", "--workspace", path, "--profile", "full", "--out", str(out)]) == 0
    assert "没有记入批次" in capsys.readouterr().out
    assert len(list(out.glob("*.xlsx"))) == 1


def test_writers_are_still_refused_while_the_workspace_is_open(workspace, tmp_path, capsys):
    workspace.add_items([make_item()])
    path = str(workspace.path)
    out = str(tmp_path / "上传")
    assert cli.main(["export", "--workspace", path, "--profile", "upload", "--out", out]) == 2
    assert "已在另一个窗口或程序中打开" in capsys.readouterr().err
    source = tmp_path / "x.csv"
    source.write_text("事项名称\n办事指南\n", encoding="utf-8")
    assert cli.main(["import", str(source), "--workspace", path]) == 2
    assert "已在另一个窗口或程序中打开" in capsys.readouterr().err


def test_a_snapshot_is_one_committed_state_and_never_writes_the_file(workspace):
    workspace.add_items([make_item()])
    before = workspace.path.read_bytes()
    with snapshot_from_module(workspace.path) as snapshot:
        snapshot.add_items([make_item(name="只在副本里")])  # lost with the copy
        assert len(snapshot.items()) == 2
    assert workspace.path.read_bytes() == before
    assert [i.name for i in workspace.items()] == ["办事指南"]
    workspace.close()
    with open_workspace(workspace.path, daily_backup=False) as again:
        assert len(again.items()) == 1
    assert open_snapshot is snapshot_from_module
