"""报送 and 接收 in the window: send the catalog up, take a lower unit's package in.

Receiving follows the import's shape: the package is read, verified and previewed
on a read-only connection (nothing written); the clerk decides every conflict
(采用下级 is ticked, 保留本级 unticked) and presses 接收, and the merge runs on a
writer connection of its own after a backup. Every view reloads from the session.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.merging import DELETED, ItemMerge
from ..domain.text_diff import differing_spans
from ..exchange.merging import MergePlan, MergeResult, apply_merge, plan_merge
from ..exchange.packages import read_package
from ..store.changes import Changes
from .labels import field_label
from .row_models import CheckableRowsModel
from .session import WorkspaceSession
from .workers import Worker

_KINDS = {
    "new": QT_TRANSLATE_NOOP("ReceiveDialog", "新增"),
    "changed": QT_TRANSLATE_NOOP("ReceiveDialog", "修改"),
    "deleted": QT_TRANSLATE_NOOP("ReceiveDialog", "删除"),
    "conflict": QT_TRANSLATE_NOOP("ReceiveDialog", "冲突"),
}


class ChangesModel(CheckableRowsModel):
    """One row per change a package makes; a conflict's row is ticked to 采用下级."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "采用下级"),
        QT_TRANSLATE_NOOP("Headers", "类别"),
        QT_TRANSLATE_NOOP("Headers", "事项"),
        QT_TRANSLATE_NOOP("Headers", "栏目"),
        QT_TRANSLATE_NOOP("Headers", "本级"),
        QT_TRANSLATE_NOOP("Headers", "下级"),
    )

    def load_plan(self, plan: MergePlan) -> None:
        rows: list[tuple[ItemMerge, str, object, object]] = []
        for merge in plan.merges:
            for conflict in merge.conflicts:
                rows.append((merge, conflict.field, conflict.local, conflict.incoming))
            if merge.kind != "conflict":
                local = merge.local
                for key, value in merge.taken.items():
                    before = getattr(local, key, "") if local and key != DELETED else ""
                    rows.append((merge, key, before, value))
        self.checked = set()
        self.load(rows)

    #: columns 4 and 5 as HTML, the characters the other side lacks highlighted
    HighlightRole = Qt.ItemDataRole.UserRole + 10

    def checkable(self, row: object) -> bool:
        return row[0].kind == "conflict"  # type: ignore[index]

    def resolution(self) -> dict[tuple[str, str], str]:
        """(item id, field) -> "lower" or "keep", for every conflict row."""
        return {
            (row[0].item_id, row[1]): ("lower" if number in self.checked else "keep")
            for number, row in enumerate(self._rows)
            if self.checkable(row)
        }

    def cell(self, row, column: int, role: int):
        merge, key, before, after = row
        if role == self.HighlightRole and column in (4, 5):
            ours, theirs = _shown(before), _shown(after)
            spans = differing_spans(ours, theirs)
            return _marked(ours, spans[0]) if column == 4 else _marked(theirs, spans[1])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = merge.incoming
        values = (
            "",
            self.tr(_KINDS[merge.kind]),
            f"{item.level1} / {item.name}" if item.level1 else item.name,
            self.tr("删除") if key == DELETED else field_label(key),
            _shown(before),
            _shown(after),
        )
        return values[column]


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as HTML with ``spans`` highlighted (what differs from the other side)."""
    parts, at = [], 0
    for start, end in spans:
        parts.append(html.escape(text[at:start]))
        parts.append(f'<span style="background:#ffe082">{html.escape(text[start:end])}</span>')
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's highlighted HTML (ChangesModel.HighlightRole) instead of its text."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        marked = index.data(ChangesModel.HighlightRole)
        if marked is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(marked)
        document.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "、".join(value)
    if isinstance(value, bool):
        return "删除" if value else ""
    return str(value)


class ReceiveDialog(QDialog):
    """接收报送包: choose the file, see what it changes, decide conflicts, receive."""

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("接收下级报送包"))
        self.resize(980, 600)
        self.session = session
        self.plan: MergePlan | None = None
        self.result: MergeResult | None = None
        self.worker: Worker | None = None
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("下级单位交来的 .gkbs 文件"))
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        label = QLabel(self.tr("报送包(&F)："))
        label.setBuddy(self.file_edit)
        row.addWidget(label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel(self.tr("选择报送包后先预览，预览不会写入任何内容。"))
        self.summary.setWordWrap(True)
        self.changes = ChangesModel(self)
        self.table = QTableView()
        self.table.setModel(self.changes)
        self.highlight = HighlightDelegate(self.table)
        for column in (4, 5):
            self.table.setItemDelegateForColumn(column, self.highlight)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 60, 260, 100, 200)):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("预览(&V)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.receive_button = self.buttons.addButton(
            self.tr("接收(&R)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.receive_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.receive_button.clicked.connect(self.receive)
        self.buttons.rejected.connect(self.reject)
        self.file_edit.textChanged.connect(lambda _text: self._forget())
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择报送包"), self.file_edit.text(), self.tr("报送包 (*.gkbs)")
        )
        if path:
            self.file_edit.setText(path)

    def _forget(self) -> None:
        self.plan = None
        self.receive_button.setEnabled(False)

    def preview(self) -> None:
        """Read, verify and plan in a worker on a read-only connection."""
        path = Path(self.file_edit.text().strip())
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("正在核验报送包…"))
        self.preview_button.setEnabled(False)
        self.worker = self.session.background(
            lambda reader, _worker: plan_merge(reader, read_package(path)),
            self._planned,
            self._failed,
        )

    def _planned(self, plan: MergePlan) -> None:
        self.worker = None
        self.preview_button.setEnabled(True)
        self.plan = plan
        self.changes.load_plan(plan)
        sender = plan.package.sender
        if plan.already:
            self.summary.setText(
                self.tr("{sender}的这个报送包已接收过，没有变化。").format(sender=sender.name)
            )
            return
        text = self.tr(
            "预览（尚未写入）：{sender}（{level}）报送。新单位 {units} 个，新增 {new} 项，"
            "修改 {changed} 项，删除 {deleted} 项，冲突 {conflicts} 项，相同未变 {same} 项。"
        ).format(
            sender=sender.name,
            level=sender.level,
            units=len(plan.new_units),
            new=len(plan.of_kind("new")),
            changed=len(plan.of_kind("changed")),
            deleted=len(plan.of_kind("deleted")),
            conflicts=len(plan.conflicts),
            same=plan.unchanged,
        )
        if plan.package.kind == "return":
            text = self.tr("上级的审核意见 {count} 条。").format(count=len(plan.opinions))
        if plan.conflicts:
            text += self.tr(
                "冲突的栏目本级和下级都改过：勾选“采用下级”的取下级的，其余保留本级的。"
            )
        self.summary.setText("\n".join([text, *plan.notes]))
        self.receive_button.setEnabled(True)

    def receive(self) -> None:
        """Merge on a writer connection (planned again there), after a backup."""
        if self.plan is None or self.plan.already:
            return
        path, resolution = self.plan.package.path, self.changes.resolution()
        self.receive_button.setEnabled(False)
        self.summary.setText(self.tr("正在备份并接收…"))

        def work(writer, _worker: Worker) -> MergeResult:
            plan = plan_merge(writer, read_package(path))
            return apply_merge(writer, plan, resolve=resolution)

        self.worker = self.session.background(work, self._received, self._failed, write=True)

    def _received(self, result: MergeResult) -> None:
        self.worker = None
        self.result = result
        self.plan = None
        self.session.notify(Changes.everything())
        backup = result.backup.path.name if result.backup else ""
        self.summary.setText(
            self.tr(
                "已接收：新单位 {units} 个，新增 {added} 项，修改 {changed} 项，删除 {deleted} 项。"
                "接收前的备份：{backup}"
            ).format(
                units=result.new_units,
                added=result.added,
                changed=result.changed,
                deleted=result.deleted,
                backup=backup,
            )
        )

    def _failed(self, message: str) -> None:
        self.worker = None
        self.preview_button.setEnabled(True)
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setText(message)
