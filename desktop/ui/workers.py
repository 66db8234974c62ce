"""Long work off the UI thread: a QRunnable that reports back through signals.

The window never freezes: whole-workspace validation, the daily backup, imports
and exports run here and hand their result (or a plain Chinese error) back to
the UI thread, which is the only one that touches widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..domain.errors import GkmlError
from ..logs import log_file, log_unexpected


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs ``work(worker)``; ``worker.report(done, total)`` and ``worker.cancelled`` are
    there for work that can show progress and stop between steps."""

    def __init__(self, work: Callable[[Worker], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self)
        except GkmlError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a worker must always answer the UI
            # Logged with its traceback first: the clerk's sentence is all a dialog shows.
            log_unexpected(type(exc), exc, exc.__traceback__, threading.current_thread().name)
            unexpected = QCoreApplication.translate(
                "Worker", "处理时出现意外错误：{error}。详细信息已记入日志：{log}"
            )
            self.signals.failed.emit(unexpected.format(error=exc, log=log_file()))
        else:
            self.signals.finished.emit(result)


class Workers(QObject):
    """Keeps running workers alive until they answer (Python would collect them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Worker] = set()
        self.pool = QThreadPool.globalInstance()

    def start(
        self,
        work: Callable[[Worker], object],
        finished: Callable[[object], None],
        failed: Callable[[str], None],
    ) -> Worker:
        worker = Worker(work)
        worker.setAutoDelete(False)
        self._running.add(worker)
        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(failed)
        worker.signals.finished.connect(lambda _result: self._running.discard(worker))
        worker.signals.failed.connect(lambda _message: self._running.discard(worker))
        self.pool.start(worker)
        return worker

    def wait(self, milliseconds: int = 30000) -> bool:
        return self.pool.waitForDone(milliseconds)

    @property
    def busy(self) -> bool:
        return bool(self._running)
