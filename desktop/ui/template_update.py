"""Applying a newer guideline template: what changed, item by item, the user decides.

Lists every update for the domain (changed wording, new rows, dropped rows). Ticked
by default are new rows and changes to fields the unit never edited itself; a
field the unit had reworded is shown but left alone unless the user ticks it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.template_updates import TemplateUpdate
from .labels import field_label
from .row_models import CheckableRowsModel

_KINDS = {
    "changed": QT_TRANSLATE_NOOP("UpdatesModel", "措辞有变"),
    "added": QT_TRANSLATE_NOOP("UpdatesModel", "新增事项"),
    "removed": QT_TRANSLATE_NOOP("UpdatesModel", "指引已删除"),
}


class UpdatesModel(CheckableRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "采用"),
        QT_TRANSLATE_NOOP("Headers", "变化"),
        QT_TRANSLATE_NOOP("Headers", "事项"),
        QT_TRANSLATE_NOOP("Headers", "内容"),
        QT_TRANSLATE_NOOP("Headers", "备注"),
    )

    @property
    def updates(self) -> list[TemplateUpdate]:
        return self._rows

    def load_updates(self, updates: list[TemplateUpdate]) -> None:
        self.checked = {n for n, update in enumerate(updates) if update.proposed}
        self.load(updates)

    def checkable(self, update: TemplateUpdate) -> bool:
        return update.kind != "removed"

    def chosen(self) -> list[TemplateUpdate]:
        return self.checked_rows()

    def cell(self, update: TemplateUpdate, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 1:
            return self.tr(_KINDS[update.kind])
        if column == 2:
            return f"{update.row.level1} / {update.row.name}"
        if column == 3:
            if update.kind == "changed":
                return self.tr("；").join(
                    self.tr("{field}：{value}").format(field=field_label(key), value=_short(new))
                    for key, (_, new) in update.changes.items()
                )
            if update.kind == "added":
                return update.row.content
            return self.tr("新版指引没有这一事项")
        if column == 4 and update.edited_locally:
            fields = self.tr("、").join(field_label(key) for key in update.edited_locally)
            return self.tr("本单位改过{fields}，默认不覆盖").format(fields=fields)
        return None


class TemplateUpdateDialog(QDialog):
    """Pick a domain with a newer template; ``model.chosen()`` on accept."""

    def __init__(
        self, choices: dict[str, tuple[str, list[TemplateUpdate]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("标准指引模板更新"))
        self.resize(900, 560)
        self.choices = choices
        layout = QVBoxLayout(self)
        self.domain_combo = QComboBox()
        for code, (title, _updates) in choices.items():
            self.domain_combo.addItem(title, code)
        self.note = QLabel(wordWrap=True)
        self.model = UpdatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 90, 220, 320)):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("采用勾选的更新"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.domain_combo, self.note, self.table, self.buttons):
            layout.addWidget(widget)
        self.domain_combo.currentIndexChanged.connect(lambda _i: self._load())
        self._load()

    @property
    def domain(self) -> str | None:
        return self.domain_combo.currentData()

    def _load(self) -> None:
        if self.domain is None:
            self.note.setText(
                self.tr(
                    "工作区中没有比事项来源更新的模板版本。导入新模板："
                    "python main.py templates import 文件 --workspace 工作区"
                )
            )
            self.model.load_updates([])
            return
        _title, updates = self.choices[self.domain]
        self.model.load_updates(updates)
        self.note.setText(
            self.tr(
                "共 {count} 处变化。已勾选的是新增事项和本单位没有改过的措辞；"
                "本单位改过的栏目默认保留原样。"
            ).format(count=len(updates))
        )


def _short(value: object) -> str:
    text = "、".join(value) if isinstance(value, tuple) else str(value)
    return text if len(text) <= 40 else text[:40] + "…"
