"""The log file, and the hook that writes down an unexpected error before anything else.

A clerk who meets a crash can only send us a file, so the app and the CLI both log to
one rotating file in the user's log folder (``places.log_dir()``) and, when an
exception nobody caught reaches the top, log its traceback first and only then tell
the user (a dialog in the app, a sentence on stderr in the CLI), naming the file.

    >>> path = setup_logging("命令行")                       # doctest: +SKIP
    >>> install_exception_hook(lambda details: print(path))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from . import APP_NAME, __version__
from .places import log_dir

LOG_NAME = "gkml.log"
#: 1 MB × 5 old files: months of a clerk's use, small enough to attach to an e-mail.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_HANDLER_NAME = "gkml-log-file"

logger = logging.getLogger("desktop")


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(role: str) -> Path:
    """Send the program's log records to the rotating log file; returns the file's path.

    ``role`` (图形界面 or 命令行) goes into the start line. Calling it again is harmless;
    when the log folder has changed (``GKML_DATA_DIR``) the file handler moves with it.
    A log folder that cannot be created costs the log, never the start of the program.
    """
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() != _HANDLER_NAME:
            continue
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
        root.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        print(f"无法写日志文件 {path}：{exc.strerror or exc}", file=sys.stderr)
        return path
    handler.set_name(_HANDLER_NAME)
    handler.setLevel(logging.INFO)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info(
        "%s %s 启动（%s）：Python %s，%s",
        APP_NAME,
        __version__,
        role,
        platform.python_version(),
        platform.platform(),
    )
    return path


def log_unexpected(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    thread: str | None = None,
) -> str:
    """Write an uncaught exception's traceback to the log; returns the traceback's text."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    where = f"（线程 {thread}）" if thread else ""
    logger.error("意外错误%s：\n%s", where, details.rstrip())
    return details


def install_exception_hook(report: Callable[[str], None]) -> None:
    """Route uncaught exceptions of every thread to the log, then to ``report(details)``.

    Ctrl+C in a terminal stays the interpreter's own business, and a thread that calls
    ``sys.exit`` is not an error.
    """

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report(log_unexpected(exc_type, exc, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else None
        report(log_unexpected(args.exc_type, args.exc_value, args.exc_traceback, name))

    sys.excepthook = hook
    threading.excepthook = thread_hook
