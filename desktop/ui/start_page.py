"""The start page, shown while no workspace is open: new, open, the demo, and recent ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from .settings import recent_workspaces


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        title = QLabel(APP_NAME)
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr(
                    "编制基层政务公开事项标准目录：从标准指引开始，逐项校验，导出上传。"
                    "第一次使用请点“新建工作区”；想先看看，可以打开示范工作区。"
                ),
                wordWrap=True,
            )
        )
        buttons = QHBoxLayout()
        for text, signal in (
            (self.tr("新建工作区…"), self.new_requested),
            (self.tr("打开工作区…"), self.open_requested),
            (self.tr("打开示范工作区"), self.demo_requested),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(40)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("最近打开（双击打开）：")))
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda entry: self.recent_chosen.emit(entry.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.recent, 1)

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_workspaces():
            entry = QListWidgetItem(f"{Path(path).stem}　　{path}", self.recent)
            entry.setData(Qt.ItemDataRole.UserRole, path)
