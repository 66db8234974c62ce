"""The completeness dashboard: per domain, how much of the guideline the catalog covers.

Numbers come from :func:`desktop.domain.completeness.completeness`; the dialog
only shows them, with a progress bar per domain and the verdict that decides
whether export is allowed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QWidget,
)

from ..domain.completeness import DomainProgress, overall_percent
from ..domain.model import Unit
from .forms.dashboard_ui import Ui_Dashboard
from .labels import data_text, domain_label
from .row_models import SEVERITY_COLORS, RowsModel

PERCENT_COLUMN = 7


class ProgressModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "领域"),
        QT_TRANSLATE_NOOP("Headers", "应有事项"),
        QT_TRANSLATE_NOOP("Headers", "已编入"),
        QT_TRANSLATE_NOOP("Headers", "不适用"),
        QT_TRANSLATE_NOOP("Headers", "自有事项"),
        QT_TRANSLATE_NOOP("Headers", "错误"),
        QT_TRANSLATE_NOOP("Headers", "警告"),
        QT_TRANSLATE_NOOP("Headers", "完成度"),
    )
    CodeRole = Qt.ItemDataRole.UserRole

    def cell(self, row: DomainProgress, column: int, role: int):
        if role == self.CodeRole:
            return row.domain
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.declared_out_of_scope:
                return QColor("#757575")
            if column == 5 and row.errors:
                return SEVERITY_COLORS["error"]
            if column == 6 and row.warnings:
                return SEVERITY_COLORS["warning"]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.declared_out_of_scope:
            return self.tr("已声明本单位不涉及这一领域")
        if role == Qt.ItemDataRole.ToolTipRole and column == PERCENT_COLUMN:
            return self.tr("没有错误的事项和标为不适用的事项占应有事项与自有事项的比例")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            name = domain_label(row.domain)
            return name + self.tr("（未涉及）") if row.declared_out_of_scope else name
        if row.declared_out_of_scope:
            return self.tr("未涉及") if column == PERCENT_COLUMN else "—"
        values = (
            row.applicable,
            row.included,
            row.not_applicable,
            row.own,
            row.errors,
            row.warnings,
            row.percent,
        )
        return values[column - 1]


class ProgressDelegate(QStyledItemDelegate):
    """Draws the 完成度 column as a progress bar."""

    def paint(self, painter, option, index) -> None:
        if not isinstance(index.data(), int):
            super().paint(painter, option, index)  # a domain declared 未涉及 says so
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = index.data()
        bar.text = f"{bar.progress}%"
        bar.textVisible = True
        bar.state = option.state
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class Dashboard(QDialog):
    #: a domain the user double-clicked, to open in the main window
    domain_chosen = Signal(str)
    #: the unit whose progress to show (a county's workspace holds many)
    unit_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_Dashboard()
        self.form.setupUi(self)
        self.model = ProgressModel(self)
        self.form.progressTable.setModel(self.model)
        self.form.progressTable.setItemDelegateForColumn(PERCENT_COLUMN, ProgressDelegate(self))
        self.form.progressTable.horizontalHeader().setStretchLastSection(True)
        width = self.fontMetrics().averageCharWidth() * 2
        for column, chars in enumerate((12, 5, 5, 5, 5, 4, 4)):
            self.form.progressTable.setColumnWidth(column, chars * width + 12)
        self.form.progressTable.doubleClicked.connect(
            lambda index: self.domain_chosen.emit(index.data(ProgressModel.CodeRole))
        )
        self.form.unitCombo.currentIndexChanged.connect(
            lambda _i: self.unit_chosen.emit(self.form.unitCombo.currentData())
        )

    @property
    def unit(self) -> str | None:
        return self.form.unitCombo.currentData()

    def set_units(self, units: list[Unit]) -> None:
        """The units to choose from (this unit first); hidden when there is only one."""
        combo = self.form.unitCombo
        combo.blockSignals(True)
        combo.clear()
        for unit in units:
            combo.addItem(f"{unit.name}（{data_text(unit.level)}）", unit.id)
        combo.blockSignals(False)
        for widget in (self.form.unitLabel, combo):
            widget.setVisible(len(units) > 1)

    def show_progress(self, rows: list[DomainProgress], errors: int) -> None:
        # The domains compiled first; those declared 未涉及 after them, each saying so.
        self.model.load(sorted(rows, key=lambda row: row.declared_out_of_scope))
        self.form.overallProgress.setValue(overall_percent(rows))
        missing = sum(r.missing for r in rows if not r.declared_out_of_scope)
        if errors:
            verdict = self.tr(
                "还有 {errors} 个错误，目录不能导出上传。请在“校验结果”中逐条改正。"
            ).format(errors=errors)
            if missing:
                verdict += self.tr(
                    "标准指引中还有 {missing} 个适用事项既未编入也未标为不适用。"
                ).format(missing=missing)
        elif missing:
            verdict = self.tr(
                "没有错误，但标准指引中还有 {missing} 个适用事项既未编入也未标为不适用，"
                "导出上传时要确认缺少这些事项。"
            ).format(missing=missing)
        else:
            verdict = self.tr("没有错误，目录可以导出上传。")
        declared = sum(1 for r in rows if r.declared_out_of_scope)
        if declared:
            verdict += self.tr("{count} 个领域已声明未涉及，不计入总体完成。").format(
                count=declared
            )
        self.form.verdictLabel.setText(verdict)
