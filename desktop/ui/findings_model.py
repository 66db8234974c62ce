"""The findings panel's model: a filtered, sorted view of the session's finding index."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt

from ..domain.finding_index import FindingIndex
from ..domain.findings import Finding
from ..domain.rule_catalog import rule_catalog
from .labels import domain_label, field_label, finding_message, header, rule_advice, severity_label
from .row_models import (
    ALL,
    DISPLAY,
    FOREGROUND,
    ROOT,
    SEVERITY_COLORS,
    TOOLTIP,
    Index,
)


class FindingsModel(QAbstractTableModel):
    """Validation findings: severity, domain, item, field, message (with the rule's advice).

    A view of a :class:`FindingIndex` (the session's, asked for through ``source`` so
    that it is brought up to date with the latest edits first); the model re-reads its
    rows for the filter on :meth:`refilter`.
    """

    FindingRole = Qt.ItemDataRole.UserRole
    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "严重程度"),
        QT_TRANSLATE_NOOP("Headers", "领域"),
        QT_TRANSLATE_NOOP("Headers", "事项"),
        QT_TRANSLATE_NOOP("Headers", "栏目"),
        QT_TRANSLATE_NOOP("Headers", "问题说明"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        empty = FindingIndex()
        self._source: Callable[[], FindingIndex] = lambda: empty
        self._rows: list[Finding] = []
        #: item id -> how to name the item (序号 and 事项名称)
        self._names: dict[str, str] = {}
        self.severity: str | None = None
        self.domain = ALL
        self.unit = ALL

    @property
    def found(self) -> FindingIndex:
        return self._source()

    def show(self, source: Callable[[], FindingIndex], names: dict[str, str]) -> None:
        """Show an index afresh (after a whole-workspace validation)."""
        self._source = source
        self._names = dict(names)
        self.refilter()

    def refilter(self, names: dict[str, str] | None = None) -> None:
        """Re-read the rows for the filter (the index changed), naming new items."""
        self._names.update(names or {})
        self.beginResetModel()
        self._rows = self.found.rows(severity=self.severity, domain=self.domain, unit=self.unit)
        self.endResetModel()

    def set_severity(self, severity: str | None) -> None:
        self.severity = severity
        self.refilter()

    def set_scope(self, domain: str, unit: str = ALL) -> None:
        """Only the findings of one domain (ALL: every one), of one unit in a county's."""
        self.domain, self.unit = domain, unit
        self.refilter()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role == self.FindingRole:
            return finding
        if role == FOREGROUND and column == 0:
            return SEVERITY_COLORS[finding.severity]
        if role == TOOLTIP:
            return rule_advice(rule_catalog()[finding.rule])
        if role != DISPLAY:
            return None
        if column == 0:
            return severity_label(finding.severity)
        if column == 1:
            return domain_label(finding.domain) if finding.domain else ""
        if column == 2:
            return self._names.get(finding.item_id or "", self.tr("（整个领域）"))
        if column == 3:
            return field_label(finding.field) if finding.field else ""
        return finding_message(finding) + (self.tr("（可一键修正）") if finding.fix else "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return header(self.HEADERS[section])
        return None
