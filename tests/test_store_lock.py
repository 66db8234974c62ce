import subprocess
import sys

import pytest

from desktop.store import WorkspaceLocked, open_workspace
from tests.conftest import ROOT


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
