"""Undoable edits: every change a clerk makes is a QUndoCommand that commits at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.model import Item
from .labels import data_text, field_label

Apply = Callable[[str, dict[str, object]], None]


def _tr(text: str) -> str:
    """QUndoCommand is not a QObject, so the commands share one translation context."""
    return QCoreApplication.translate("UndoCommands", text)


class EditItemCommand(QUndoCommand):
    """Set fields of one item; undo puts the old values back (each way is one commit)."""

    def __init__(
        self, apply: Apply, item_id: str, before: dict[str, object], after: dict[str, object]
    ) -> None:
        labels = _tr("、").join(field_label(key) for key in after)
        super().__init__(_tr("修改{fields}").format(fields=labels))
        self.apply = apply
        self.item_id = item_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.apply(self.item_id, self.after)

    def undo(self) -> None:
        self.apply(self.item_id, self.before)


class SetStatusCommand(QUndoCommand):
    """Set the 状态 of many items (a county marking a township's list 已审); undo gives
    each its own old status back."""

    def __init__(
        self,
        apply: Callable[[dict[str, str]], None],
        before: dict[str, str],
        status: str,
    ) -> None:
        super().__init__(
            _tr("把 {count} 个事项标为{status}").format(count=len(before), status=data_text(status))
        )
        self.apply = apply
        self.before = before
        self.after = dict.fromkeys(before, status)

    def redo(self) -> None:
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)


class AddItemsCommand(QUndoCommand):
    """Add items (from a template); undo moves them to the recycle bin, redo brings them back."""

    def __init__(
        self,
        add: Callable[[list[Item]], list[Item]],
        set_deleted: Callable[[list[str], bool], None],
        items: list[Item],
    ) -> None:
        super().__init__(_tr("添加 {count} 个事项").format(count=len(items)))
        self.add, self.set_deleted = add, set_deleted
        self.items = items
        self.ids: list[str] | None = None

    def redo(self) -> None:
        if self.ids is None:
            self.ids = [item.id for item in self.add(self.items)]
        else:
            self.set_deleted(self.ids, False)

    def undo(self) -> None:
        assert self.ids is not None
        self.set_deleted(self.ids, True)


class DeleteItemsCommand(QUndoCommand):
    """Move items to the recycle bin (soft delete), or back out of it (``restore``);
    undo does the other."""

    def __init__(
        self,
        set_deleted: Callable[[list[str], bool], None],
        item_ids: list[str],
        *,
        restore: bool = False,
    ) -> None:
        text = _tr("恢复 {count} 个事项") if restore else _tr("删除 {count} 个事项")
        super().__init__(text.format(count=len(item_ids)))
        self.set_deleted = set_deleted
        self.ids = item_ids
        self.delete = not restore

    def redo(self) -> None:
        self.set_deleted(self.ids, self.delete)

    def undo(self) -> None:
        self.set_deleted(self.ids, not self.delete)
