"""Starting the app: ``python main.py [WORKSPACE] [--screenshot FILE.png]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import APP_NAME, __version__


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", description=f"{APP_NAME}（图形界面）")
    parser.add_argument(
        "workspace",
        nargs="?",
        type=Path,
        help="要打开的工作区（.gkml）；不给出时打开上次打开的工作区，第一次使用时打开示范工作区",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="窗口绘制完成后保存截图并退出（无屏幕的机器上检查界面）",
    )
    return parser.parse_args(argv)


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ..logs import setup_logging
    from .crash_dialog import install_crash_dialog

    log_path = setup_logging("图形界面")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("gkml")
    _settings_beside_data()
    install_crash_dialog(log_path)

    install_translations(app)
    from .settings import apply_font, large_font

    apply_font(large_font())
    from .main_window import MainWindow

    window = MainWindow()
    path = args.workspace or _last_workspace() or _demo_workspace(window)
    if args.screenshot is not None:
        # Nobody can read a dialog on a machine without a screen: say it and stop.
        refusal = window.try_open(path) if path is not None else "没有可打开的工作区。"
        if refusal is not None:
            print(refusal, file=sys.stderr)
            return 2
        window.show()
        _when_idle(window, lambda: _save_screenshot(window, args.screenshot))
        return app.exec()
    if path is not None:
        window.open(path)
    window.show()
    return app.exec()


def _settings_beside_data() -> None:
    """With ``GKML_DATA_DIR`` set (a portable install, a test), the settings live there
    too, so such a run neither reads nor changes the user's own recent workspaces."""
    import os

    if not os.environ.get("GKML_DATA_DIR"):
        return
    from PySide6.QtCore import QSettings

    from ..places import data_dir

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir() / "settings")
    )


def _last_workspace() -> Path | None:
    """The workspace the clerk had open last, when it is still there (the start page
    lists the others); the demo is only for a first start."""
    from .settings import recent_workspaces

    recent = recent_workspaces()
    return Path(recent[0]) if recent else None


def _demo_workspace(window) -> Path | None:
    """The demo's path, or None after saying why it cannot be built (no templates).

    The message box is opened, not executed, so an offscreen ``--screenshot`` run of a
    broken install exits instead of waiting for a click nobody can give.
    """
    from PySide6.QtWidgets import QMessageBox

    from ..domain.errors import GkmlError
    from ..store.demo import ensure_demo_workspace

    try:
        return ensure_demo_workspace()
    except GkmlError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Critical, window.tr("无法打开示范工作区"), exc.message, parent=window
        )
        box.open()
        return None


def install_translations(app, language: str | None = None) -> None:
    """The chosen language: Simplified Chinese (the forms' own text, plus Qt's Chinese for
    standard buttons and dialogs) or English (the forms' translation, Qt's own English)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from ..resources import package_path
    from .settings import language as chosen

    language = language or chosen()
    translator = QTranslator(app)
    if language == "en":
        folder = package_path("ui", "translations")
        if translator.load("gkml_en", str(folder)):
            app.installTranslator(translator)
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if translator.load(china, "qtbase", "_", folder):
        app.installTranslator(translator)


def _when_idle(window, action) -> None:
    """Run ``action`` once the window is drawn and its background work has answered."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        if window.workers.busy:
            QTimer.singleShot(50, check)
        else:
            action()

    QTimer.singleShot(0, check)


def _save_screenshot(window, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    window.close()
    QApplication.instance().quit()
