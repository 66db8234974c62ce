"""An uncaught exception is logged first, then shown in the 意外错误 dialog.

pytest-qt would turn an exception in a slot into a test failure; these tests switch
that off to let the app's own hook meet it, as it does outside tests.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.logs import setup_logging
from desktop.ui.crash_dialog import CrashDialog, install_crash_dialog

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_path(qapp, data_dir: Path) -> Path:
    path = setup_logging("图形界面")
    install_crash_dialog(path)
    return path


def shown_dialog(qtbot) -> CrashDialog:
    def find() -> CrashDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
        return next((w for w in found if w.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None)
    dialog = find()
    qtbot.addWidget(dialog)
    return dialog


def test_an_exception_in_a_slot_is_logged_shown_and_copied(qtbot, log_path: Path):
    def broken_slot() -> None:
        raise RuntimeError("导出按钮坏了")

    button = QPushButton("导出")
    qtbot.addWidget(button)
    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot)
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "broken_slot" in logged and "RuntimeError: 导出按钮坏了" in logged
    assert dialog.windowTitle() == "意外错误"
    assert str(log_path) in dialog.message.text()
    assert not dialog.isModal()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied and "RuntimeError: 导出按钮坏了" in copied


def test_an_exception_in_a_worker_thread_reaches_the_dialog_once(qtbot, log_path: Path):
    def broken_worker() -> None:
        raise ValueError("后台任务坏了")

    for _ in range(2):
        thread = threading.Thread(target=broken_worker, name="后台")
        thread.start()
        thread.join()
    dialog = shown_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.details.toPlainText().count("ValueError: 后台任务坏了") == 2)
    assert "（线程 后台）" in log_path.read_text(encoding="utf-8")
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]) == 1


def test_after_its_window_is_gone_the_next_error_gets_a_new_dialog(qtbot, log_path: Path):
    from PySide6.QtWidgets import QWidget

    def broken() -> None:
        raise RuntimeError("第一次")

    window = QWidget()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    button = QPushButton("坏", window)
    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CrashDialog) is not None)
    window.deleteLater()
    qtbot.waitUntil(lambda: not any(isinstance(w, CrashDialog) for w in QApplication.allWidgets()))
    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot)
    assert "RuntimeError: 第一次" in dialog.details.toPlainText()
