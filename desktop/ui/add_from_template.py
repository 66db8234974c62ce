"""Adding a domain's guideline items: the rows for the unit's level, the rest pre-ticked.

Rows already in the catalog (or marked 不适用) are shown as such and cannot be
ticked again; the ones the unit does not have can be marked 不适用 with a reason,
which is what completeness asks for (防止缺项少项).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.completeness import template_status
from ..domain.model import Item, Unit
from ..domain.templates import Template, TemplateItem, TemplateSet
from .forms.add_from_template_ui import Ui_AddFromTemplate
from .labels import domain_label
from .row_models import CheckableRowsModel

_STATUS_TEXT = {
    "included": QT_TRANSLATE_NOOP("TemplateChoiceModel", "已在目录中"),
    "not-applicable": QT_TRANSLATE_NOOP("TemplateChoiceModel", "已标为不适用"),
    "missing": "",
}


class TemplateChoiceModel(CheckableRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "加入"),
        QT_TRANSLATE_NOOP("Headers", "一级事项"),
        QT_TRANSLATE_NOOP("Headers", "事项名称"),
        QT_TRANSLATE_NOOP("Headers", "公开内容"),
        QT_TRANSLATE_NOOP("Headers", "目录中"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: dict[str, str] = {}

    @property
    def rows(self) -> list[TemplateItem]:
        return self._rows

    def load_template(self, template: Template, level: str, items: list[Item]) -> None:
        self.status = template_status(template, level, items)
        rows = template.items_for_level(level)
        self.checked = {n for n, row in enumerate(rows) if self.status[row.id] == "missing"}
        self.load(rows)

    def checkable(self, row: TemplateItem) -> bool:
        return self.status[row.id] == "missing"

    def check_state(self, number: int):
        if not self.checkable(self._rows[number]):
            return Qt.CheckState.Checked  # already in the catalog (or marked 不适用)
        return super().check_state(number)

    def chosen(self) -> list[TemplateItem]:
        return self.checked_rows()

    def left_out(self) -> list[TemplateItem]:
        return [
            row
            for number, row in enumerate(self._rows)
            if number not in self.checked and self.checkable(row)
        ]

    def cell(self, row: TemplateItem, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 4:
                status = _STATUS_TEXT[self.status[row.id]]
                return self.tr(status) if status else ""
            return ("", row.level1, row.name, row.content)[column]
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
                self.form.domainCombo.addItem(domain_label(template.code), template.code)
        if domain and self.form.domainCombo.findData(domain) >= 0:
            self.form.domainCombo.setCurrentIndex(self.form.domainCombo.findData(domain))
        self.form.domainCombo.currentIndexChanged.connect(lambda _i: self._load())
        self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("加入目录"))
        self.form.buttons.accepted.connect(self._accept)
        self._load()

    @property
    def template(self) -> Template:
        template = self.templates.get(self.form.domainCombo.currentData())
        assert template is not None
        return template

    def _load(self) -> None:
        template = self.template
        self.model.load_template(template, self.unit.level, self.current)
        guideline = template.guideline
        coverage = "" if template.coverage.complete else self.tr("（本模板未收全原表，见模板说明）")
        self.form.guidelineLabel.setText(
            self.tr("{title}　{issuer}　适用于{level}的事项 {count} 个{coverage}").format(
                title=guideline.title,
                issuer=guideline.issuer,
                level=self.unit.level,
                count=len(self.model.rows),
                coverage=coverage,
            )
        )

    def _accept(self) -> None:
        if self.form.markRestCheck.isChecked() and not self.form.reasonEdit.text().strip():
            # Said where the answer goes, without a dialog in front of the dialog.
            self.form.reasonEdit.setPlaceholderText(self.tr("请写明原因，如：本镇无此项业务"))
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
