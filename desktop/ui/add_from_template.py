"""Adding a domain's guideline items: the rows for the unit's level, the rest pre-ticked.

Rows already in the catalog (or marked 不适用) are shown as such and cannot be
ticked again; the ones the unit does not have can be marked 不适用 with a reason,
which is what completeness asks for (防止缺项少项).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.completeness import template_status
from ..domain.model import Item, Unit
from ..domain.templates import Template, TemplateItem, TemplateSet
from .forms.add_from_template_ui import Ui_AddFromTemplate

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_STATUS_TEXT = {"included": "已在目录中", "not-applicable": "已标为不适用", "missing": ""}


class TemplateChoiceModel(QAbstractTableModel):
    HEADERS = ("加入", "一级事项", "事项名称", "公开内容", "目录中")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TemplateItem] = []
        self.status: dict[str, str] = {}
        self.checked: set[str] = set()

    def load(self, template: Template, level: str, items: list[Item]) -> None:
        self.beginResetModel()
        self.rows = template.items_for_level(level)
        self.status = template_status(template, level, items)
        self.checked = {row.id for row in self.rows if self.status[row.id] == "missing"}
        self.endResetModel()

    def chosen(self) -> list[TemplateItem]:
        return [row for row in self.rows if row.id in self.checked]

    def left_out(self) -> list[TemplateItem]:
        return [
            row
            for row in self.rows
            if row.id not in self.checked and self.status[row.id] == "missing"
        ]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.status[self.rows[index.row()].id] == "missing":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            if self.status[row.id] != "missing":
                return Qt.CheckState.Checked
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = ("", row.level1, row.name, row.content, _STATUS_TEXT[self.status[row.id]])
            return values[column]
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.rows[index.row()]
        if self.status[row.id] != "missing":
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row.id)
        else:
            self.checked.discard(row.id)
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class AddFromTemplate(QDialog):
    """Choose template items; ``items()`` gives the new items (added and 不适用) on accept."""

    def __init__(
        self,
        templates: TemplateSet,
        unit: Unit,
        current: list[Item],
        domain: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_AddFromTemplate()
        self.form.setupUi(self)
        self.templates, self.unit, self.current = templates, unit, current
        self.model = TemplateChoiceModel(self)
        self.form.choiceTable.setModel(self.model)
        width = self.fontMetrics().averageCharWidth() * 2
        for column, chars in enumerate((3, 10, 14, 24)):
            self.form.choiceTable.setColumnWidth(column, chars * width + 12)
        self.form.choiceTable.horizontalHeader().setStretchLastSection(True)
        for template in templates:
            if template.items_for_level(unit.level):
                self.form.domainCombo.addItem(template.name, template.code)
        if domain and self.form.domainCombo.findData(domain) >= 0:
            self.form.domainCombo.setCurrentIndex(self.form.domainCombo.findData(domain))
        self.form.domainCombo.currentIndexChanged.connect(lambda _i: self._load())
        self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("加入目录")
        self.form.buttons.accepted.connect(self._accept)
        self._load()

    @property
    def template(self) -> Template:
        template = self.templates.get(self.form.domainCombo.currentData())
        assert template is not None
        return template

    def _load(self) -> None:
        template = self.template
        self.model.load(template, self.unit.level, self.current)
        guideline = template.guideline
        coverage = "" if template.coverage.complete else "（本模板未收全原表，见模板说明）"
        self.form.guidelineLabel.setText(
            f"{guideline.title}　{guideline.issuer}　适用于{self.unit.level}的事项 "
            f"{len(self.model.rows)} 个{coverage}"
        )

    def _accept(self) -> None:
        if self.form.markRestCheck.isChecked() and not self.form.reasonEdit.text().strip():
            # Said where the answer goes, without a dialog in front of the dialog.
            self.form.reasonEdit.setPlaceholderText("请写明原因，如：本镇无此项业务")
            self.form.reasonEdit.setStyleSheet("border: 2px solid #c62828;")
            self.form.reasonEdit.setFocus()
            return
        self.accept()

    def items(self) -> list[Item]:
        template = self.template
        new = [row.to_item(template, self.unit) for row in self.model.chosen()]
        if self.form.markRestCheck.isChecked():
            reason = self.form.reasonEdit.text().strip()
            for row in self.model.left_out():
                item = row.to_item(template, self.unit)
                item.not_applicable_reason = reason
                new.append(item)
        return new
