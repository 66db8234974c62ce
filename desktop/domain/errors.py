"""One error family for the whole app.

Every failure a clerk can meet is a :class:`GkmlError` carrying a Chinese sentence
that says what is wrong and what to do, plus where (file, sheet, row, column).
Layers raise the narrow subclasses; only the edges (CLI, UI) render them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """Where a problem was found; every part is optional."""

    path: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.path:
            parts.append(f"文件 {self.path}")
        if self.sheet:
            parts.append(f"工作表 {self.sheet}")
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"{self.column} 列")
        return "，".join(parts)


class GkmlError(Exception):
    """Base of every expected error; ``message`` is the Chinese sentence shown to users."""

    code = "error"

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location and str(self.location):
            return f"{self.location}：{self.message}"
        return self.message


class InvalidValue(GkmlError):
    """A value does not fit its field (e.g. a division code that is not 12 digits)."""

    code = "invalid-value"
