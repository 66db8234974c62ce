"""The first-run wizard: the unit, the domains it compiles, and a catalog to start from.

Three steps a clerk can follow without help: who we are (name, level, division
code, contact, where the file goes), which domains apply (all that have guideline
items at our level are ticked, each with its guideline's title), and a summary.
Finishing creates the workspace, adds the template items for our level with our
unit as 公开主体, and records the unticked pilot domains as 未涉及 with the reason
given, so the catalog starts complete rather than empty.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.domains import PILOT_DOMAINS, VILLAGE
from ..domain.errors import GkmlError
from ..domain.model import Unit
from ..domain.templates import TemplateSet, load_templates
from ..domain.vocab import LEVELS
from ..store import Workspace, create_workspace
from ..store.files import SUFFIX
from .labels import domain_label

DEFAULT_REASON = "本单位无此领域的职责和事项"


class NewWorkspaceWizard(QWizard):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建工作区"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.templates: TemplateSet = load_templates()
        self.folder = folder
        self.created: Path | None = None
        self.unit_page = self._unit_page()
        self.domain_page = self._domain_page()
        self.summary_page = self._summary_page()
        for page in (self.unit_page, self.domain_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("创建工作区"))
        self.currentIdChanged.connect(self._entered)

    # -- pages --------------------------------------------------------------------

    def _unit_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("第一步：本单位"))
        page.setSubTitle(self.tr("填写编制目录的单位。单位名称会作为事项的“公开主体”。"))
        form = QFormLayout(page)
        self.name_edit = QLineEdit(placeholderText=self.tr("如：幸福镇人民政府"))
        self.level_combo = QComboBox()
        hints = (self.tr("县（市、区）政府或部门"), self.tr("乡镇、街道"), self.tr("村（居）委会"))
        for level, hint in zip(LEVELS, hints, strict=True):
            self.level_combo.addItem(f"{level}（{hint}）", level)
        self.level_combo.setCurrentIndex(1)
        self.code_edit = QLineEdit(placeholderText=self.tr("12 位统计用区划代码，可以不填"))
        self.contact_edit = QLineEdit(placeholderText=self.tr("联系人和电话，可以不填"))
        self.file_edit = QLineEdit()
        browse = QPushButton(self.tr("选择位置…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.unit_error = QLabel(styleSheet="color: #c62828;", wordWrap=True)
        form.addRow(self.tr("单位名称(&N)："), self.name_edit)
        form.addRow(self.tr("层级(&L)："), self.level_combo)
        form.addRow(self.tr("区划代码："), self.code_edit)
        form.addRow(self.tr("联系人："), self.contact_edit)
        form.addRow(self.tr("保存位置："), row)
        form.addRow(self.unit_error)
        self.name_edit.textChanged.connect(self._suggest_file)
        return page

    def _domain_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("第二步：选择领域"))
        page.setSubTitle(
            self.tr(
                "勾选本单位要编制目录的领域。已勾选的是标准指引中有本级事项的领域；"
                "没有勾选的试点领域将记为“未涉及”。"
            )
        )
        layout = QVBoxLayout(page)
        self.domain_list = QListWidget()
        layout.addWidget(self.domain_list, 1)
        buttons = QHBoxLayout()
        for text, state in (
            (self.tr("全选"), Qt.CheckState.Checked),
            (self.tr("全不选"), Qt.CheckState.Unchecked),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, state=state: self._check_all(state))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        reason_row = QFormLayout()
        self.reason_edit = QLineEdit(DEFAULT_REASON)
        reason_row.addRow(self.tr("未涉及的原因(&R)："), self.reason_edit)
        layout.addLayout(reason_row)
        return page

    def _summary_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("第三步：确认"))
        layout = QVBoxLayout(page)
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    # -- behaviour ------------------------------------------------------------------

    @property
    def level(self) -> str:
        return self.level_combo.currentData()

    def chosen_domains(self) -> list[str]:
        return [
            self.domain_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.domain_list.count())
            if self.domain_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.domain_page:
            self._fill_domains()
        elif self.page(page_id) is self.summary_page:
            chosen = self.chosen_domains()
            count = sum(
                len(self.templates.get(code).items_for_level(self.level)) for code in chosen
            )
            self.summary.setText(
                self.tr(
                    "将创建工作区：{file}\n本单位：{unit}（{level}）\n"
                    "编制 {domains} 个领域，先从标准指引加入 {items} 个事项，公开主体填为本单位。\n"
                    "之后可在主窗口中逐项修改、校验和导出。"
                ).format(
                    file=self.file_edit.text(),
                    unit=self.name_edit.text().strip(),
                    level=self.level,
                    domains=len(chosen),
                    items=count,
                )
            )

    def _fill_domains(self) -> None:
        self.domain_list.clear()
        candidates = [*PILOT_DOMAINS, VILLAGE]
        for domain in candidates:
            template = self.templates.get(domain.code)
            rows = template.items_for_level(self.level) if template else []
            if domain is VILLAGE and self.level != "村级" and not rows:
                continue
            label = self.tr("{domain}（本级事项 {count} 个）").format(
                domain=domain_label(domain.code), count=len(rows)
            )
            entry = QListWidgetItem(label, self.domain_list)
            entry.setData(Qt.ItemDataRole.UserRole, domain.code)
            entry.setToolTip(template.guideline.title if template else "")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if rows else Qt.CheckState.Unchecked)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.domain_list.count()):
            self.domain_list.item(row).setCheckState(state)

    def _suggest_file(self, name: str) -> None:
        stem = re.sub(r'[<>:"/\\|?*\s]', "", name.strip()) or "新工作区"
        self.file_edit.setText(str(self.folder / f"{stem}{SUFFIX}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("工作区保存位置"),
            self.file_edit.text(),
            self.tr("工作区") + f" (*{SUFFIX})",
        )
        if path:
            self.file_edit.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def unit(self) -> Unit:
        return Unit(
            name=self.name_edit.text(),
            level=self.level,
            division_code=unicodedata.normalize("NFKC", self.code_edit.text()).strip(),
            contact=self.contact_edit.text().strip(),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.unit_page:
            try:
                self.unit()
            except GkmlError as exc:
                self.unit_error.setText(exc.message)
                return False
            path = Path(self.file_edit.text())
            if path.exists():
                self.unit_error.setText(
                    self.tr("{path} 已经存在，请换一个名称或位置。").format(path=path)
                )
                return False
            self.unit_error.clear()
        if self.currentPage() is self.domain_page and not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
            return False
        if self.currentPage() is self.summary_page:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        path = Path(self.file_edit.text())
        unit = self.unit()
        try:
            with create_workspace(path, unit) as workspace:
                self._fill(workspace, unit)
        except GkmlError as exc:
            self.summary.setText(self.tr("没有创建：{reason}").format(reason=exc))
            return False
        self.created = path
        return True

    def _fill(self, workspace: Workspace, unit: Unit) -> None:
        home = workspace.home_unit
        chosen = self.chosen_domains()
        items = []
        for code in chosen:
            template = self.templates.get(code)
            if template is not None:
                items += [
                    row.to_item(template, home) for row in template.items_for_level(unit.level)
                ]
        workspace.add_items(items)
        reason = self.reason_edit.text().strip()
        for domain in PILOT_DOMAINS:
            if domain.code not in chosen:
                workspace.declare_out_of_scope(domain.code, reason)
