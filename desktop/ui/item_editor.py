"""The item editor: the nine elements of the selected item, with the guideline's help.

Vocabularies are dropdowns, levels and the standard channels are checkboxes, and
every field's tooltip says what the guideline expects there. The editor does not
write: it says what changed (``edited``), and the window turns that into an
undoable command that commits at once. Text fields report when the user leaves
them, or after a short pause in typing, so nothing typed waits for a "Save".
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem, QMenu, QPlainTextEdit, QWidget

from ..domain.citations import add_citation, citation_suggestions, quote_title
from ..domain.findings import Finding
from ..domain.model import Item
from ..domain.templates import TemplateSet
from ..domain.vocab import AUDIENCES, METHODS, STANDARD_CHANNELS, STATUSES, TIME_LIMITS
from .forms.item_editor_ui import Ui_ItemEditor
from .labels import data_text, finding_message, severity_label
from .row_models import SEVERITY_COLORS

TYPING_PAUSE_MS = 800
_SEPARATORS = "、，,；;"


class ItemEditor(QWidget):
    #: item id, field key, new value (a tuple for channels and levels)
    edited = Signal(str, str, object)
    fix_requested = Signal(str)
    confirm_requested = Signal(str)
    #: Ctrl+Z / Ctrl+Y in a field (which would otherwise undo only its own typing)
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ItemEditor()
        self.form.setupUi(self)
        self.item: Item | None = None
        #: the workspace's guideline templates, for the laws 引用法规 offers
        self.templates: TemplateSet | None = None
        #: the home unit's division code: 引用法规 offers its province's own laws too
        self.division_code = ""
        self._loading = False
        form = self.form
        for value in AUDIENCES:
            form.audienceCombo.addItem(value, value)
        for value in METHODS:
            form.methodCombo.addItem(value, value)
        for value in STATUSES:
            form.statusCombo.addItem(data_text(value), value)
        form.timeLimitEdit.addItems(list(TIME_LIMITS))
        for channel in STANDARD_CHANNELS:
            entry = QListWidgetItem(channel, form.channelList)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        self._levels = {
            "县级": form.countyCheck,
            "乡级": form.townshipCheck,
            "村级": form.villageCheck,
        }
        self._lines = {
            "level1": form.level1Edit,
            "name": form.nameEdit,
            "subject": form.subjectEdit,
            "link": form.linkEdit,
            "not_applicable_reason": form.reasonEdit,
        }
        self._texts: dict[str, QPlainTextEdit] = {
            "content": form.contentEdit,
            "basis": form.basisEdit,
        }
        self._combos = {
            "audience": form.audienceCombo,
            "method": form.methodCombo,
            "status": form.statusCombo,
        }
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.commit_texts)
        for key, line in self._lines.items():
            line.editingFinished.connect(lambda key=key, line=line: self._emit(key, line.text()))
        for text in self._texts.values():
            text.textChanged.connect(self._typing)
        self._fields = (
            *self._lines.values(),
            *self._texts.values(),
            form.timeLimitEdit.lineEdit(),
            form.otherChannelsEdit,
        )
        for field in self._fields:
            field.installEventFilter(self)
        for key, combo in self._combos.items():
            combo.currentIndexChanged.connect(
                lambda _i, key=key, combo=combo: self._emit(key, combo.currentData())
            )
        form.timeLimitEdit.lineEdit().editingFinished.connect(self._time_limit_changed)
        form.timeLimitEdit.activated.connect(lambda _i: self._time_limit_changed())
        form.channelList.itemChanged.connect(lambda _item: self._channels_changed())
        # The channel boxes wrap with the width and grow with the font: the list is as tall
        # as its rows, so the editor scrolls as one page instead of hiding boxes in a box.
        self._fit = QTimer(self, singleShot=True, interval=0)
        self._fit.timeout.connect(self.fit_channels)
        form.channelList.installEventFilter(self)
        # English labels (“Not applicable because:”) wrap between words so the fields keep
        # their width; a Chinese label stays on one line (CJK would break inside a word).
        for label in self.findChildren(QLabel):
            if label.buddy() is not None:
                label.setWordWrap(" " in label.text())
        form.otherChannelsEdit.editingFinished.connect(self._channels_changed)
        for check in self._levels.values():
            check.toggled.connect(lambda _on: self._levels_changed())
        self.cite_menu = QMenu(form.citeButton)
        self.cite_menu.aboutToShow.connect(self._fill_cite_menu)
        form.citeButton.setMenu(self.cite_menu)
        form.quoteButton.clicked.connect(self.quote_selection)
        form.fixButton.clicked.connect(lambda: self.item and self.fix_requested.emit(self.item.id))
        form.confirmButton.clicked.connect(
            lambda: self.item and self.confirm_requested.emit(self.item.id)
        )
        self.show_item(None, [])

    # -- showing -------------------------------------------------------------------

    def show_item(self, item: Item | None, findings: list[Finding]) -> None:
        """Show an item (None: nothing selected); widgets already showing a value keep
        their cursor. Call :meth:`commit_texts` first, then read the item, so text still
        being typed is saved before it is shown again."""
        self._loading = True
        try:
            self.item = item
            self.setEnabled(item is not None)
            shown = item or Item(domain="", name="")
            for key, line in self._lines.items():
                if line.text() != getattr(shown, key):
                    line.setText(getattr(shown, key))
            for key, text in self._texts.items():
                if text.toPlainText() != getattr(shown, key):
                    text.setPlainText(getattr(shown, key))
            for key, combo in self._combos.items():
                _choose(combo, getattr(shown, key))
            if self.form.timeLimitEdit.currentText() != shown.time_limit:
                self.form.timeLimitEdit.setEditText(shown.time_limit)
            others = []
            standard = {
                self.form.channelList.item(i).text(): i for i in range(len(STANDARD_CHANNELS))
            }
            for row in range(self.form.channelList.count()):
                self.form.channelList.item(row).setCheckState(Qt.CheckState.Unchecked)
            for channel in shown.channels:
                if channel in standard:
                    self.form.channelList.item(standard[channel]).setCheckState(
                        Qt.CheckState.Checked
                    )
                else:
                    others.append(channel)
            self.form.otherChannelsEdit.setText("、".join(others))
            for level, check in self._levels.items():
                check.setChecked(level in shown.levels)
            self._show_findings(findings)
        finally:
            self._loading = False

    def _show_findings(self, findings: list[Finding]) -> None:
        if self.item is None:
            self.form.itemFindings.setText(self.tr("在表格中选一个事项进行编辑。"))
        elif not findings:
            self.form.itemFindings.setText(self.tr("这一事项没有发现问题。"))
        else:
            lines = [
                f'<span style="color:{SEVERITY_COLORS[f.severity].name()}">'
                + self.tr("【{severity}】").format(severity=severity_label(f.severity))
                + f"</span>{html.escape(finding_message(f))}"
                for f in findings
            ]
            self.form.itemFindings.setText("<br/>".join(lines))
        self.form.fixButton.setEnabled(any(f.fix for f in findings))

    def field_widget(self, key: str) -> QWidget | None:
        """The widget that edits ``key`` (a finding's field), for jumping to it."""
        form = self.form
        others = {
            "time_limit": form.timeLimitEdit,
            "channels": form.channelList,
            "levels": next(iter(self._levels.values())),
        }
        widgets: dict[str, QWidget] = {**self._lines, **self._texts, **self._combos, **others}
        return widgets.get(key)

    def focus_field(self, key: str) -> QWidget | None:
        """Put the cursor in the field a finding is about (its text selected)."""
        widget = self.field_widget(key)
        if widget is None:
            return None
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return widget

    # -- reporting edits -------------------------------------------------------------

    def commit_texts(self) -> None:
        """Report the multi-line fields now (leaving the field, a pause, another item)."""
        self._pause.stop()
        for key, text in self._texts.items():
            self._emit(key, text.toPlainText())

    def commit_all(self) -> None:
        """Report every field as it reads now, one-line fields too (before an undo)."""
        for key, line in self._lines.items():
            self._emit(key, line.text())
        self._time_limit_changed()
        self._channels_changed()
        self.commit_texts()

    def fit_channels(self) -> None:
        """Make the channel list exactly as tall as its wrapped rows at its present width,
        and never narrower than its longest channel (社区/企事业单位/村公示栏(电子屏))."""
        channels = self.form.channelList
        channels.doItemsLayout()
        offset = channels.verticalScrollBar().value()
        rects = [channels.visualItemRect(channels.item(row)) for row in range(channels.count())]
        margins = 2 * channels.frameWidth() + 2 * channels.spacing() + 4
        channels.setMinimumWidth(max(rect.width() for rect in rects) + margins)
        bottom = max(rect.bottom() for rect in rects) + offset
        channels.setFixedHeight(bottom + margins)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.channelList and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self._fit.start()
        if event.type() == QEvent.Type.FocusOut and watched in self._texts.values():
            self.commit_texts()
        if event.type() == QEvent.Type.KeyPress and watched in self._fields:
            for key, signal in (
                (QKeySequence.StandardKey.Undo, self.undo_requested),
                (QKeySequence.StandardKey.Redo, self.redo_requested),
            ):
                if event.matches(key):
                    # The catalog's undo, not the field's own: what was typed is saved as
                    # an edit first, so Ctrl+Z takes it back like any other edit.
                    self.commit_all()
                    signal.emit()
                    return True
        return super().eventFilter(watched, event)

    def _typing(self) -> None:
        if not self._loading:
            self._pause.start()

    # -- 公开依据 help ------------------------------------------------------------------

    def _fill_cite_menu(self) -> None:
        self.cite_menu.clear()
        domain = self.item.domain if self.item is not None else ""
        for title in citation_suggestions(self.templates, domain, division_code=self.division_code):
            action = self.cite_menu.addAction(f"《{title}》")
            action.triggered.connect(lambda _checked=False, title=title: self.cite(title))

    def cite(self, title: str) -> None:
        """Insert 《title》 in 公开依据 and save at once."""
        edit = self.form.basisEdit
        text = edit.toPlainText()
        # At the cursor when the clerk was typing there, else after what is written.
        at = edit.textCursor().position() if edit.hasFocus() else len(text)
        self._set_basis(*add_citation(text, at, title))

    def quote_selection(self) -> None:
        """Put the selected words of 公开依据 in 《》 (a title typed without them)."""
        edit = self.form.basisEdit
        selection = edit.textCursor()
        text, cursor = quote_title(
            edit.toPlainText(), selection.selectionStart(), selection.selectionEnd()
        )
        self._set_basis(text, cursor)

    def _set_basis(self, text: str, cursor: int) -> None:
        edit = self.form.basisEdit
        if text != edit.toPlainText():
            edit.setPlainText(text)
        position = edit.textCursor()
        position.setPosition(cursor, QTextCursor.MoveMode.MoveAnchor)
        edit.setTextCursor(position)
        edit.setFocus()
        self.commit_texts()

    def _time_limit_changed(self) -> None:
        self._emit("time_limit", self.form.timeLimitEdit.currentText())

    def _channels_changed(self) -> None:
        chosen = [
            self.form.channelList.item(row).text()
            for row in range(self.form.channelList.count())
            if self.form.channelList.item(row).checkState() == Qt.CheckState.Checked
        ]
        text = self.form.otherChannelsEdit.text()
        for separator in _SEPARATORS:
            text = text.replace(separator, "、")
        others = [part.strip() for part in text.split("、") if part.strip()]
        self._emit("channels", tuple(chosen + [c for c in others if c not in chosen]))

    def _levels_changed(self) -> None:
        self._emit(
            "levels", tuple(level for level, check in self._levels.items() if check.isChecked())
        )

    def _emit(self, key: str, value: object) -> None:
        if self._loading or self.item is None or value is None:
            return
        if getattr(self.item, key) == value:
            return
        # What the editor shows is now the truth; the commit that follows reloads it.
        self.item = dataclasses.replace(self.item, **{key: value})
        self.edited.emit(self.item.id, key, value)


def _choose(combo, value: str) -> None:
    """Select ``value``; a value outside the list (e.g. 主动公开) is shown as it is."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
