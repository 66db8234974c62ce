"""The 事项编辑 dock: the selected item in the editor, its edits as undoable commands.

The editor widget only says what the clerk changed; this turns each change into
an :class:`EditItemCommand` on the session's undo stack (committed at once), and
shows the item again when the session says it changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from ..store.changes import Changes
from .commands import EditItemCommand
from .item_editor import ItemEditor
from .session import WorkspaceSession


class EditorPanel(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.editor = ItemEditor()
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        self.scroll = scroll
        self.dock = QDockWidget(self.tr("事项编辑"), window)
        self.dock.setObjectName("editorDock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.dock.setWidget(scroll)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)
        self.session: WorkspaceSession | None = None
        self.editor.edited.connect(self.edit)
        self.editor.undo_requested.connect(lambda: self.session and self.session.undo_stack.undo())
        self.editor.redo_requested.connect(lambda: self.session and self.session.undo_stack.redo())

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        self.editor.templates = session.templates if session is not None else None
        if session is not None:
            session.changed.connect(self._changed)
        else:
            self.editor.show_item(None, [])

    def show_item(self, item_id: str | None) -> None:
        """Show an item (None: nothing chosen); text still being typed is saved first."""
        self.editor.commit_texts()
        session = self.session
        if item_id is None or session is None or session.workspace is None:
            self.editor.show_item(None, [])
            return
        item = session.workspace.item(item_id)
        findings = session.live.findings_for(item_id) if session.live is not None else []
        self.editor.show_item(item, findings)

    def _changed(self, changes: Changes) -> None:
        item = self.editor.item
        if item is not None and (changes.all or item.id in changes.items):
            self.show_item(item.id)

    def edit(self, item_id: str, key: str, value: object) -> None:
        """An edit from the editor: one undoable command, committed at once."""
        session = self.session
        if session is None or session.workspace is None:
            return
        before = {key: session.value(item_id, key)}
        session.undo_stack.push(EditItemCommand(session, item_id, before, {key: value}))

    def focus_field(self, field: str) -> QWidget | None:
        """The cursor in the field a finding is about, scrolled into view."""
        self.dock.show()
        widget = self.editor.focus_field(field)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
        return widget
