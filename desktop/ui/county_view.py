"""上报情况: every lower unit's submission at a glance, for a township or the county.

One row per unit: its state (未报送 / 已提交 / 审核中 / 退回修改 / 已通过), item counts
by review state, its errors and warnings, and when its last package arrived; a
filter keeps only the units that are behind, and a double-click opens the unit's
catalog in the window. Counts come from the store (one GROUP BY) and the
session's finding index, so a county of 300 units opens at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QTableView, QVBoxLayout

from ..store.review import UnitState, submission_states
from .labels import data_text
from .row_models import ALL, SEVERITY_COLORS, RowsModel

if TYPE_CHECKING:
    from .main_window import MainWindow

_DONE = "已通过"
_STATE_COLORS = {
    "未报送": SEVERITY_COLORS["error"],
    "退回修改": SEVERITY_COLORS["error"],
    "已提交": SEVERITY_COLORS["warning"],
    "审核中": SEVERITY_COLORS["warning"],
    _DONE: QColor("#2e7d32"),
}


class StatesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "单位"),
        QT_TRANSLATE_NOOP("Headers", "层级"),
        QT_TRANSLATE_NOOP("Headers", "状态"),
        QT_TRANSLATE_NOOP("Headers", "事项"),
        QT_TRANSLATE_NOOP("Headers", "待审"),
        QT_TRANSLATE_NOOP("Headers", "已通过"),
        QT_TRANSLATE_NOOP("Headers", "退回修改"),
        QT_TRANSLATE_NOOP("Headers", "错误"),
        QT_TRANSLATE_NOOP("Headers", "警告"),
        QT_TRANSLATE_NOOP("Headers", "最近接收"),
    )
    #: the unit's id, for drilling down
    UnitRole = Qt.ItemDataRole.UserRole
    #: the value to sort by (numbers as numbers)
    SortRole = Qt.ItemDataRole.UserRole + 1

    def cell(self, row: tuple[UnitState, int, int], column: int, role: int):
        state, errors, warnings = row
        values = (
            state.name,
            data_text(state.level),
            state.state,
            state.items,
            state.submitted,
            state.approved,
            state.returned,
            errors,
            warnings,
            (state.last_received or "")[:16].replace("T", " ") or "—",
        )
        if role == self.UnitRole:
            return state.unit_id
        if role == self.SortRole:
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return _STATE_COLORS.get(state.state)
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and errors:
            return SEVERITY_COLORS["error"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(values[column]) if column in (3, 4, 5, 6, 7, 8) else values[column]
        return None


class BehindFilter(QSortFilterProxyModel):
    """Only the units not yet 已通过, when ``behind`` is on."""

    behind = False

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.behind:
            return True
        index = self.sourceModel().index(source_row, 2, source_parent)
        return index.data() != _DONE


class CountyView(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("上报情况"))
        self.resize(1000, 560)
        self.summary = QLabel()
        self.behind = QCheckBox(self.tr("只看还没有通过的单位(&B)"))
        self.model = StatesModel(self)
        self.proxy = BehindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(StatesModel.SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.doubleClicked.connect(self._drill_down)
        self.behind.toggled.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.behind)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        session = self.window.session
        if session is None or session.workspace is None:
            return
        found = session.findings.by_unit
        states = submission_states(session.workspace)
        self.model.load(
            [(s, found[(s.unit_id, "error")], found[(s.unit_id, "warning")]) for s in states]
        )
        counts: dict[str, int] = {}
        for state in states:
            counts[state.state] = counts.get(state.state, 0) + 1
        parts = "，".join(f"{name} {count} 个" for name, count in counts.items())
        self.summary.setText(
            self.tr("下级单位 {count} 个：{parts}。双击一个单位查看它的目录。").format(
                count=len(states), parts=parts or self.tr("还没有接收过报送包")
            )
        )

    def _filter(self, on: bool) -> None:
        self.proxy.behind = on
        self.proxy.invalidate()  # invalidateFilter is deprecated from Qt 6.10

    def _drill_down(self, index) -> None:
        unit_id = index.data(StatesModel.UnitRole)
        if unit_id:
            self.window.domain_panel.select(ALL, unit_id)
