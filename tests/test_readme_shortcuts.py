"""The README's shortcut table says what the menus show, on Windows and on Linux.

Offscreen Qt uses the Windows key scheme (Redo Ctrl+Y, Close Ctrl+F4); on a Linux
desktop (xcb) the same standard keys are Ctrl+Shift+Z and Ctrl+W. Every shortcut a
menu shows here must be in the README, and so must the Linux ones Qt shows there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT
from PySide6.QtGui import QKeySequence

from desktop.ui.main_window import MainWindow

#: What Qt shows on a Linux desktop for the standard keys the menus use (QT_QPA_PLATFORM=xcb).
LINUX = {"Redo": "Ctrl+Shift+Z", "Close": "Ctrl+W"}


def menu_shortcuts(window: MainWindow) -> dict[str, str]:
    shown = {}
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            elif not action.shortcut().isEmpty():
                shown[action.text()] = action.shortcut().toString()
    return shown


def shortcut_table() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme[readme.index("| 操作 | 菜单 / 快捷键 |") :]


def test_every_shortcut_a_menu_shows_is_in_the_readme(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    table = shortcut_table()
    shown = menu_shortcuts(window)
    assert len(shown) >= 15
    missing = {text: keys for text, keys in shown.items() if keys not in table}
    assert missing == {}
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert "Ctrl+Y" in [key.toString() for key in bindings]  # the Windows scheme here
    for linux in LINUX.values():
        assert f"Linux 上显示 {linux}" in table or f"Linux 上 {linux}" in table


_SHOW_MENUS = """
import json, sys
sys.path[:0] = ["tests", "."]
from PySide6.QtWidgets import QApplication
app = QApplication(["gkml"])
from desktop.ui.main_window import MainWindow
from test_readme_shortcuts import menu_shortcuts
print(json.dumps({"platform": app.platformName(), "shown": menu_shortcuts(MainWindow())}))
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb for Qt's Linux keys")
def test_the_readme_says_what_a_linux_desktop_shows(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "GKML_DATA_DIR": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", _SHOW_MENUS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["platform"] == "xcb"
    shown = answer["shown"]
    assert shown["重做"] == LINUX["Redo"] and shown["关闭工作区(&W)"] == LINUX["Close"]
    table = shortcut_table()
    assert {text: keys for text, keys in shown.items() if keys not in table} == {}
