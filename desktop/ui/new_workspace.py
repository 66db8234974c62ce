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
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget, QWizard

from ..domain.domains import VILLAGE_CODE
from ..domain.errors import GkmlError
from ..domain.model import Unit
from ..domain.templates import Template, TemplateSet, load_templates
from ..domain.vocab import LEVELS
from ..store import DEFAULT_OUT_OF_SCOPE_REASON, create_workspace, seed_catalog
from ..store.files import SUFFIX
from ..store.seeding import seedable_domains
from .forms.new_workspace_ui import Ui_NewWorkspaceWizard
from .labels import data_text, domain_label


class NewWorkspaceWizard(QWizard):
    """The pages are ``forms/new_workspace.ui``; this class fills and checks them."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_NewWorkspaceWizard()
        self.form.setupUi(self)
        self.templates: TemplateSet = load_templates()
        self.folder = folder
        self.created: Path | None = None
        form = self.form
        hints = (self.tr("县（市、区）政府或部门"), self.tr("乡镇、街道"), self.tr("村（居）委会"))
        for level, hint in zip(LEVELS, hints, strict=True):
            form.levelCombo.addItem(f"{data_text(level)}（{hint}）", level)
        form.levelCombo.setCurrentIndex(1)
        form.reasonEdit.setText(DEFAULT_OUT_OF_SCOPE_REASON)
        form.browseButton.clicked.connect(self._browse)
        form.checkAllButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        form.checkNoneButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        form.nameEdit.textChanged.connect(self._suggest_file)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("创建工作区"))
        self.currentIdChanged.connect(self._entered)

    # -- behaviour ------------------------------------------------------------------

    @property
    def level(self) -> str:
        return self.form.levelCombo.currentData()

    def chosen_domains(self) -> list[str]:
        return [
            self.form.domainList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.form.domainList.count())
            if self.form.domainList.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.form.domainPage:
            self._fill_domains()
        elif self.page(page_id) is self.form.summaryPage:
            chosen = self.chosen_domains()
            count = sum(
                len(self.templates.get(code).items_for_level(self.level)) for code in chosen
            )
            self.form.summaryLabel.setText(
                self.tr(
                    "将创建工作区：{file}\n本单位：{unit}（{level}）\n"
                    "编制 {domains} 个领域，先从标准指引加入 {items} 个事项，公开主体填为本单位。\n"
                    "之后可在主窗口中逐项修改、校验和导出。"
                ).format(
                    file=self.form.fileEdit.text(),
                    unit=self.form.nameEdit.text().strip(),
                    level=data_text(self.level),
                    domains=len(chosen),
                    items=count,
                )
            )

    def _fill_domains(self) -> None:
        self.form.domainList.clear()
        for domain in seedable_domains():
            template = self.templates.get(domain.code)
            rows = template.items_for_level(self.level) if template else []
            if domain.code == VILLAGE_CODE and self.level != "村级" and not rows:
                continue
            label = self.tr("{domain}（本级事项 {count} 个）").format(
                domain=domain_label(domain.code), count=len(rows)
            )
            entry = QListWidgetItem(label, self.form.domainList)
            entry.setData(Qt.ItemDataRole.UserRole, domain.code)
            entry.setToolTip(_guideline_tip(template) if template else "")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if rows else Qt.CheckState.Unchecked)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.form.domainList.count()):
            self.form.domainList.item(row).setCheckState(state)

    def _suggest_file(self, name: str) -> None:
        stem = re.sub(r'[<>:"/\\|?*\s]', "", name.strip()) or "新工作区"
        self.form.fileEdit.setText(str(self.folder / f"{stem}{SUFFIX}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("工作区保存位置"),
            self.form.fileEdit.text(),
            self.tr("工作区") + f" (*{SUFFIX})",
        )
        if path:
            self.form.fileEdit.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def unit(self) -> Unit:
        return Unit(
            name=self.form.nameEdit.text(),
            level=self.level,
            division_code=unicodedata.normalize("NFKC", self.form.codeEdit.text()).strip(),
            contact=self.form.contactEdit.text().strip(),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.form.unitPage:
            try:
                self.unit()
            except GkmlError as exc:
                self.form.unitError.setText(exc.message)
                return False
            path = Path(self.form.fileEdit.text())
            if path.exists():
                self.form.unitError.setText(
                    self.tr("{path} 已经存在，请换一个名称或位置。").format(path=path)
                )
                return False
            self.form.unitError.clear()
        if self.currentPage() is self.form.domainPage and not self.form.reasonEdit.text().strip():
            self.form.reasonEdit.setFocus()
            return False
        if self.currentPage() is self.form.summaryPage:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        path = Path(self.form.fileEdit.text())
        unit = self.unit()
        try:
            with create_workspace(path, unit) as workspace:
                seed_catalog(workspace, self.chosen_domains(), self.form.reasonEdit.text().strip())
        except GkmlError as exc:
            self.form.summaryLabel.setText(self.tr("没有创建：{reason}").format(reason=exc))
            return False
        self.created = path
        return True


def _guideline_tip(template: Template) -> str:
    """The guideline a domain follows and, when its template lacks rows, what to ask for."""
    g = template.guideline
    source = " ".join(part for part in (g.issuer, g.doc_no) if part)
    title = f"{g.title}（{source}）" if source else g.title
    missing = template.coverage.missing if not template.coverage.complete else ""
    return f"{title}\n{missing}" if missing else title
