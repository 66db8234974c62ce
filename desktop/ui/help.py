"""The user guide (docs/用户指南.md, shipped inside the package) in a window of its own (F1)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ..resources import user_guide

GUIDE = user_guide()


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户指南"))
        self.resize(900, 720)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        if GUIDE.is_file():
            # Markdown with its screenshots, resolved relative to the guide's folder.
            self.browser.setSource(QUrl.fromLocalFile(str(GUIDE)))
        else:
            self.browser.setPlainText(self.tr("找不到用户指南：{path}").format(path=GUIDE))
