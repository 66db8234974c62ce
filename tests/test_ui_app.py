"""Starting the app when the demo cannot be built: a message, not an empty demo."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.demo import demo_path
from desktop.ui.app import _demo_workspace


def test_without_templates_the_start_says_why_and_builds_no_demo(qtbot, no_templates):
    window = QWidget()
    qtbot.addWidget(window)
    assert _demo_workspace(window) is None
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "没有找到领域标准指引模板" in box.text() and str(no_templates) in box.text()
    assert not demo_path().exists()
