"""Undoable edits: every change a clerk makes is a QUndoCommand that calls an operation.

Each way (redo and undo) is one operation, committed at once; the commands hold
the values to put back, never a window's private methods.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.model import Item
from . import operations
from .labels import data_text, field_label
from .session import WorkspaceSession


def _tr(text: str) -> str:
    """QUndoCommand is not a QObject, so the commands share one translation context."""
    return QCoreApplication.translate("UndoCommands", text)


class EditItemCommand(QUndoCommand):
    """Set fields of one item; undo puts the old values back."""

    def __init__(
        self,
        session: WorkspaceSession,
        item_id: str,
        before: dict[str, object],
        after: dict[str, object],
    ) -> None:
        labels = _tr("、").join(field_label(key) for key in after)
        super().__init__(_tr("修改{fields}").format(fields=labels))
        self.session = session
        self.item_id = item_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        operations.edit_item(self.session, self.item_id, self.after)

    def undo(self) -> None:
        operations.edit_item(self.session, self.item_id, self.before)


class SetStatusCommand(QUndoCommand):
    """Set the 状态 of many items (a county marking a township's list 已审); undo gives
    each its own old status back."""

    def __init__(self, session: WorkspaceSession, before: dict[str, str], status: str) -> None:
        super().__init__(
            _tr("把 {count} 个事项标为{status}").format(count=len(before), status=data_text(status))
        )
        self.session = session
        self.before = before
        self.after = dict.fromkeys(before, status)

    def redo(self) -> None:
        operations.set_statuses(self.session, self.after)

    def undo(self) -> None:
        operations.set_statuses(self.session, self.before)


class AddItemsCommand(QUndoCommand):
    """Add items (from a template); undo moves them to the recycle bin, redo brings them back."""

    def __init__(self, session: WorkspaceSession, items: list[Item]) -> None:
        super().__init__(_tr("添加 {count} 个事项").format(count=len(items)))
        self.session = session
        self.items = items
        self.ids = [item.id for item in items]
        self.added = False

    def redo(self) -> None:
        if self.added:
            operations.set_deleted(self.session, self.ids, False)
        else:
            operations.add_items(self.session, self.items)
            self.added = True

    def undo(self) -> None:
        operations.set_deleted(self.session, self.ids, True)


class DeleteItemsCommand(QUndoCommand):
    """Move items to the recycle bin (soft delete), or back out of it (``restore``);
    undo does the other."""

    def __init__(
        self, session: WorkspaceSession, item_ids: list[str], *, restore: bool = False
    ) -> None:
        text = _tr("恢复 {count} 个事项") if restore else _tr("删除 {count} 个事项")
        super().__init__(text.format(count=len(item_ids)))
        self.session = session
        self.ids = item_ids
        self.delete = not restore

    def redo(self) -> None:
        operations.set_deleted(self.session, self.ids, self.delete)

    def undo(self) -> None:
        operations.set_deleted(self.session, self.ids, not self.delete)


class RemoveUnitCommand(QUndoCommand):
    """Remove a sub-unit: its items to the recycle bin; undo puts those items back."""

    def __init__(self, session: WorkspaceSession, unit_id: str, name: str) -> None:
        super().__init__(_tr("删除下级单位“{name}”").format(name=name))
        self.session = session
        self.unit_id = unit_id
        self.ids: list[str] = []

    def redo(self) -> None:
        self.ids = operations.remove_unit(self.session, self.unit_id)

    def undo(self) -> None:
        operations.set_deleted(self.session, self.ids, False)
