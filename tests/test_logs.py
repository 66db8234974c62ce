"""The rotating log file the app and the CLI share."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from desktop.logs import setup_logging


def log_handlers() -> list[RotatingFileHandler]:
    root = logging.getLogger()
    return [h for h in root.handlers if isinstance(h, RotatingFileHandler)]


def test_the_log_file_is_in_the_data_folder_and_rotates_at_1_mb_keeping_5(data_dir: Path):
    path = setup_logging("命令行")
    assert path == data_dir / "logs" / "gkml.log"
    assert setup_logging("命令行") == path
    [handler] = log_handlers()
    assert (Path(handler.baseFilename), handler.maxBytes, handler.backupCount) == (
        path,
        1_000_000,
        5,
    )
    logging.getLogger("desktop.store").info("一条记录")
    assert "一条记录" in path.read_text(encoding="utf-8")


def test_the_log_moves_with_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    setup_logging("命令行")
    monkeypatch.setenv("GKML_DATA_DIR", str(tmp_path))
    path = setup_logging("命令行")
    assert [Path(h.baseFilename) for h in log_handlers()] == [path]
    assert path == tmp_path / "logs" / "gkml.log"
