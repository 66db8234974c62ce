"""A progress dialog for background work that only appears when the work is slow.

Open Data Editor's loading dialog and Anki's progress manager both wait a moment
before showing: work that ends within ``DELAY_MS`` never flashes a dialog. Once
shown, it follows the worker's progress, and 取消 asks the worker to stop at its
next check (work that cannot stop any more, such as a transaction being
committed, runs to its end and the dialog closes then).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from .workers import Worker

DELAY_MS = 300


class DelayedProgress(QObject):
    def __init__(self, worker: Worker, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialog = QProgressDialog(label, self.tr("取消(&C)"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Shown by our own timer: QProgressDialog's would also wait for a first value.
        self.dialog.setMinimumDuration(2**31 - 1)
        self.dialog.canceled.connect(self._cancel)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.dialog.show)
        self.timer.start()
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._done)

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setRange(0, total)
        self.dialog.setValue(done)

    def _cancel(self) -> None:
        self.worker.cancel()
        self.dialog.setLabelText(self.tr("正在停止…"))
        self.dialog.show()  # canceled hides it; it stays until the worker answers

    def _done(self, _result: object) -> None:
        self.timer.stop()
        self.dialog.close()
        self.deleteLater()
