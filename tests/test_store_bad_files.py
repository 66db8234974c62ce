"""Files that are not workspaces: a clear Chinese message, exit code 2, nothing written."""

import io
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from desktop.store import CorruptWorkspace, NotAWorkspace, open_workspace
from tests.conftest import ROOT, tree_state


def renamed_xlsx(folder):
    path = folder / "目录.gkml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    path.write_bytes(buffer.getvalue())
    return path


def zero_bytes(folder):
    path = folder / "空.gkml"
    path.touch()
    return path


def truncated(folder):
    from desktop.domain import Unit
    from desktop.store import create_workspace

    path = folder / "截断.gkml"
    with create_workspace(path, Unit(name="幸福镇人民政府", level="乡级")):
        pass
    path.write_bytes(path.read_bytes()[:5000])
    return path


def directory(folder):
    path = folder / "文件夹.gkml"
    path.mkdir()
    return path


def other_sqlite(folder):
    path = folder / "别的数据库.gkml"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def plain_text(folder):
    path = folder / "说明.gkml"
    path.write_text("这不是工作区", encoding="utf-8")
    return path


def old_office(folder):
    path = folder / "旧表格.gkml"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    return path


CASES = {
    renamed_xlsx: (NotAWorkspace, "Excel"),
    zero_bytes: (NotAWorkspace, "空文件"),
    truncated: (CorruptWorkspace, "截断"),
    directory: (NotAWorkspace, "文件夹"),
    other_sqlite: (NotAWorkspace, "不是本工具的工作区"),
    plain_text: (NotAWorkspace, "不是工作区"),
    old_office: (NotAWorkspace, "另存为 .xlsx"),
}


@pytest.mark.parametrize("make", CASES, ids=lambda f: f.__name__)
def test_open_refuses_with_a_clear_message_and_writes_nothing(tmp_path, make):
    path = make(tmp_path)
    before = tree_state(tmp_path)
    error, words = CASES[make]
    with pytest.raises(error, match=words) as caught:
        open_workspace(path)
    assert str(path) in caught.value.message
    assert tree_state(tmp_path) == before


@pytest.mark.parametrize("make", CASES, ids=lambda f: f.__name__)
def test_cli_exits_2_with_the_message_on_stderr(tmp_path, make):
    path = make(tmp_path)
    before = tree_state(tmp_path)
    result = subprocess.run(
        [sys.executable, "main.py", "info", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("错误：")
    assert str(path) in result.stderr
    assert CASES[make][1] in result.stderr
    assert result.stdout == ""
    assert tree_state(tmp_path) == before


def test_a_missing_path_is_named(tmp_path):
    with pytest.raises(NotAWorkspace, match="找不到工作区文件"):
        open_workspace(tmp_path / "没有.gkml")
    assert list(tmp_path.iterdir()) == []


def damaged_with_a_backup(folder):
    """A workspace whose pages were overwritten after a backup was taken (a bad USB stick)."""
    from desktop.domain import Unit
    from desktop.store import create_workspace
    from tests.conftest import make_item

    path = folder / "幸福镇.gkml"
    with create_workspace(path, Unit(name="幸福镇人民政府", level="乡级")) as workspace:
        workspace.add_items([make_item(name=f"事项{n}", content="内容" * 200) for n in range(40)])
        backup = workspace.backup("manual")
    data = bytearray(path.read_bytes())
    data[3 * 4096 : len(data) - 4096] = b"\xa5" * (len(data) - 4 * 4096)
    path.write_bytes(bytes(data))
    return path, backup


@pytest.mark.parametrize("command", ["info", "validate"])
def test_a_damaged_workspace_names_the_newest_backup_and_restore(tmp_path, command):
    path, backup = damaged_with_a_backup(tmp_path)
    result = subprocess.run(
        [sys.executable, "main.py", command, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "已损坏" in result.stderr and backup.path.name in result.stderr
    assert f'python main.py restore "{path}"' in result.stderr
    for internal in ("malformed", "disk image", "Page", "btree", "sqlite3"):
        assert internal not in result.stderr
    restored = subprocess.run(
        [sys.executable, "main.py", "restore", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert restored.returncode == 0, restored.stderr
    with open_workspace(path, daily_backup=False) as workspace:
        assert len(workspace.items()) == 40


def test_a_damaged_workspace_without_backups_says_there_are_none(tmp_path):
    path, backup = damaged_with_a_backup(tmp_path)
    backup.path.unlink()
    with pytest.raises(CorruptWorkspace, match="还没有备份") as caught:
        open_workspace(path)
    assert "restore" not in caught.value.message
