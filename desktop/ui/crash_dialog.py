"""The 意外错误 dialog: an uncaught exception, already logged, told to the clerk.

``install_crash_dialog(log_path)`` is called once at start-up. Every uncaught exception
(the main thread, a worker thread, a Qt slot) is first written to the log by
``desktop.logs``, then shown here with the log file's path and a button that copies the
traceback for an e-mail to support. The dialog is shown, never executed: a modal loop
inside an exception hook would freeze offscreen runs and tests, and the clerk may
keep working. Exceptions that come while it is open are added to it, not stacked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..logs import install_exception_hook


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("意外错误"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 420)
        self.message = QLabel(
            self.tr(
                "程序遇到了意外错误，刚才的操作可能没有完成；已经保存的修改不受影响。\n"
                "详细信息已记入日志文件：{path}\n"
                "请把这个文件，或用“复制详细信息”复制的内容，发给技术支持。"
            ).format(path=log_path),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("复制详细信息(&C)"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def add(self, details: str) -> None:
        """Another exception while this one is open: below the first, same dialog."""
        self.details.appendPlainText(details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _CrashReporter(QObject):
    """Carries a traceback from whichever thread raised to the GUI thread, which alone
    may build widgets (a queued connection, since this object lives there)."""

    reported = Signal(str)

    def __init__(self, log_path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.reported.connect(self.show)

    @Slot(str)
    def show(self, details: str) -> None:
        if self.dialog is not None:
            self.dialog.add(details)
        else:
            self.dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
            # Closed by the clerk, or deleted with the window it was shown over.
            self.dialog.finished.connect(self._closed)
            self.dialog.destroyed.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()

    def _closed(self) -> None:
        self.dialog = None


def install_crash_dialog(log_path: Path) -> None:
    """Log, then show, every uncaught exception; needs the QApplication to exist."""
    reporter = _CrashReporter(log_path, QApplication.instance())
    install_exception_hook(reporter.reported.emit)
