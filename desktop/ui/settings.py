"""Settings kept with QSettings: large-font mode (关怀模式) and the last export folder.

Large-font mode makes every text 1.5 times its normal size, for older clerks and
small screens far away; it applies at once and at every start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

LARGE_FONT_KEY = "view/largeFont"
LARGE_FONT_SCALE = 1.5
_BASE_FONT = "_gkml_base_font"


def large_font() -> bool:
    return QSettings().value(LARGE_FONT_KEY, False, type=bool)


def set_large_font(on: bool) -> None:
    QSettings().setValue(LARGE_FONT_KEY, on)
    apply_font(on)


def apply_font(large: bool) -> None:
    """Scale the application font from the size it started with."""
    app = QApplication.instance()
    base = app.property(_BASE_FONT)
    if base is None:
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if large:
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * LARGE_FONT_SCALE)
    app.setFont(font)


RECENT_KEY = "recent/workspaces"
RECENT_KEPT = 8


def recent_workspaces() -> list[str]:
    """Workspaces opened lately, newest first (those that still exist)."""
    from pathlib import Path

    value = QSettings().value(RECENT_KEY, [], type=list)
    return [path for path in value if Path(path).is_file()]


def remember_workspace(path: str) -> None:
    paths = [path, *(p for p in recent_workspaces() if p != path)]
    QSettings().setValue(RECENT_KEY, paths[:RECENT_KEPT])


LANGUAGE_KEY = "view/language"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def language() -> str:
    value = QSettings().value(LANGUAGE_KEY, "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def set_language(code: str) -> None:
    """Kept for the next start: Qt loads translations before the windows are made."""
    QSettings().setValue(LANGUAGE_KEY, code)
