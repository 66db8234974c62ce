"""The 事项编辑 dock: the selected item in the editor, its edits as undoable commands.

The editor widget only says what the clerk changed; this turns each change into
an :class:`EditItemCommand` on the session's undo stack (committed at once), and
shows the item again when the session says it changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
        window.resizeDocks([self.dock], [max(420, self.needed_width())], Qt.Orientation.Horizontal)
        self.session: WorkspaceSession | None = None
        # A font switch reaches the fields a moment later: the width is checked once their
        # layout has asked for its new size.
        self._fit = QTimer(self, singleShot=True, interval=0)
        self._fit.timeout.connect(self.fit_width)
        self.editor.installEventFilter(self)
        self.editor.edited.connect(self.edit)
        self.editor.undo_requested.connect(lambda: self.session and self.session.undo_stack.undo())
        self.editor.redo_requested.connect(lambda: self.session and self.session.undo_stack.redo())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.LayoutRequest:
            self._fit.start()
        return super().eventFilter(watched, event)

    def fit_width(self) -> None:
        """Widen the dock when the editor's fields no longer fit it (large font, English):
        the editor then scrolls up and down only, never sideways."""
        needed = self.needed_width()
        window = self.dock.parentWidget()
        if self.dock.width() < needed and isinstance(window, QMainWindow):
            window.resizeDocks([self.dock], [needed], Qt.Orientation.Horizontal)

    def needed_width(self) -> int:
        """The dock's width at which the editor needs no horizontal scroll bar."""
        scroll = self.scroll
        return (
            self.editor.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
            + 8
        )

    def attach(self, session: WorkspaceSession | None) -> None:
        self.session = session
        self._context_changed()
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

    def _context_changed(self) -> None:
        """The templates and the home unit's province, for the laws 引用法规 offers."""
        session = self.session
        workspace = session.workspace if session is not None else None
        self.editor.templates = session.templates if session is not None else None
        self.editor.division_code = workspace.home_unit.division_code if workspace else ""

    def _changed(self, changes: Changes) -> None:
        if changes.context:
            self._context_changed()
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
