"""Undoable edits: every change a clerk makes is a QUndoCommand that commits at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.model import FIELD_LABELS

Apply = Callable[[str, dict[str, object]], None]


class EditItemCommand(QUndoCommand):
    """Set fields of one item; undo puts the old values back (each way is one commit)."""

    def __init__(
        self, apply: Apply, item_id: str, before: dict[str, object], after: dict[str, object]
    ) -> None:
        labels = "、".join(FIELD_LABELS.get(key, key) for key in after)
        super().__init__(f"修改{labels}")
        self.apply = apply
        self.item_id = item_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.apply(self.item_id, self.after)

    def undo(self) -> None:
        self.apply(self.item_id, self.before)
