"""Errors of reading and writing exchange files; each names the file (and sheet, row, column)."""

from __future__ import annotations

from ..domain.errors import GkmlError


class UnreadableFile(GkmlError):
    """A file that cannot be read as a catalog: wrong format, damaged, hostile or encrypted."""

    code = "unreadable-file"


class NoHeader(GkmlError):
    """A sheet without a recognizable header row."""

    code = "no-header"
