"""The 视图 and 帮助 menus: large-font mode, the UI language, the user guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup, QKeySequence

from .settings import LANGUAGES, language, large_font, set_language, set_large_font

if TYPE_CHECKING:
    from .help import HelpWindow
    from .main_window import MainWindow


class ViewMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("视图(&V)"))
        self.large_font_action = menu.addAction(self.tr("关怀模式（大字体）(&L)"))
        self.large_font_action.setCheckable(True)
        self.large_font_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_font_action.setChecked(large_font())
        self.large_font_action.toggled.connect(self.set_large_font)
        languages = menu.addMenu("语言 / Language")
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == language())
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.set_language(action.data()))
        help_menu = window.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = help_menu.addAction(self.tr("用户指南(&G)"))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_help)

    def show_help(self) -> HelpWindow:
        """The user guide, F1 from anywhere in the window."""
        from .help import HelpWindow

        window = HelpWindow(self.window)
        window.show()
        return window

    def set_language(self, code: str) -> None:
        set_language(code)
        self.window.statusBar().showMessage(
            "语言将在下次启动时切换。The language changes the next time the app starts.", 8000
        )

    def set_large_font(self, on: bool) -> None:
        set_large_font(on)
        self.window.catalog_view.set_widths()
        self.window.domain_panel.fit_width()
        self.window.editor_panel.fit_width()
