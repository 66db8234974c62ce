"""Folders outside any workspace: the program's data and logs, the user's documents.

``GKML_DATA_DIR`` moves the data folder, and the logs with it (tests give every test
its own; a portable install keeps everything beside the program).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

APP_DIR_NAME = "gkml"


def data_dir() -> Path:
    """The demo workspace, the user's export profiles and, under ``GKML_DATA_DIR``, logs."""
    override = os.environ.get("GKML_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def installed_templates_dir() -> Path:
    """Template versions and new domains the user installed for every new workspace.

    Asked on every template lookup, so the folder is worked out once per data folder
    (platformdirs takes ~0.1 ms a call)."""
    return _installed_templates_dir(os.environ.get("GKML_DATA_DIR"))


@lru_cache(maxsize=8)
def _installed_templates_dir(override: str | None) -> Path:
    return data_dir() / "templates"


def log_dir() -> Path:
    """Where the log file goes: the OS's log folder, or ``logs`` in ``GKML_DATA_DIR``."""
    if os.environ.get("GKML_DATA_DIR"):
        return data_dir() / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_DIR_NAME, appauthor=False))


def documents_dir() -> Path:
    """The user's Documents folder wherever the OS keeps it (moved to D:, or redirected
    to a server on a domain PC, it is not ``~/Documents``), or the data folder when it
    does not exist, so a file dialog never starts in a folder that is not there.
    """
    from platformdirs import user_documents_dir

    documents = Path(user_documents_dir())
    return documents if documents.is_dir() else data_dir()
