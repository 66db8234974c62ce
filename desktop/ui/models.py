"""Qt models over the workspace: the domain list (a tree for a county) and the catalog table.

The catalog table is lazy: it holds the ids of the rows in display order (one
small query) and reads the cells of a page of rows only when the view paints
them, so a 100,000-item county opens as fast as a township. Sorting, search and
filters are SQL; nothing goes through QSortFilterProxyModel (17 s to sort 100k).
"""

from __future__ import annotations

import json
from collections import Counter, OrderedDict
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)

from ..domain.domains import domains as all_domains
from ..domain.model import ELEMENT_FIELDS, Unit
from ..domain.rule_catalog import SEVERITY_ORDER
from ..store import Workspace
from .labels import data_text, domain_label, field_label, header, severity_label
from .row_models import ALL, DISPLAY, FOREGROUND, ROOT, SEVERITY_COLORS, TOOLTIP, Index

#: Columns of the catalog table after the problem badge, in the guideline table's order.
TABLE_FIELDS: tuple[str, ...] = ("seq", "level1", *ELEMENT_FIELDS, "status")
PROBLEM_COLUMN = 0
_SEQ_HEADER = QT_TRANSLATE_NOOP("Headers", "序号")
_PROBLEM_HEADER = QT_TRANSLATE_NOOP("Headers", "问题")
#: Initial widths in average character widths: fixed rules, never resizeToContents
#: (0.5 s on a large table).
COLUMN_CHARS: dict[str, int] = {
    "problem": 6,
    "seq": 4,
    "level1": 10,
    "name": 16,
    "content": 24,
    "basis": 20,
    "time_limit": 14,
    "subject": 12,
    "channels": 16,
    "audience": 6,
    "method": 5,
    "levels": 8,
    "status": 5,
}
_LIST_FIELDS = {"channels", "levels"}


@lru_cache(maxsize=4096)
def _joined(stored: str | None) -> str:
    """A stored JSON list as the table shows it; data() runs on every paint, and the same
    few channel and level lists recur across the whole catalog."""
    return "、".join(json.loads(stored or "[]"))


class DomainTreeModel(QAbstractItemModel):
    """'全部事项' then each domain with items, with counts and error badges.

    A county's workspace holds the catalogs of many units: then the top level lists
    the units (this unit first) and each unit's domains sit under it. A workspace of
    one unit stays a flat list, its rows naming no unit.
    """

    CodeRole = Qt.ItemDataRole.UserRole
    UnitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        #: (unit id, domain code, name, count): top-level rows, and each one's children
        self._top: list[tuple[str, str, str, int]] = []
        self._children: list[list[tuple[str, str, str, int]]] = []
        self._errors: Counter[tuple[str, str]] = Counter()

    def load(self, counts: dict[tuple[str, str], int], units: list[Unit] | None = None) -> None:
        """``counts``: items per (unit id, domain); ``units``: this unit first, then others."""
        self.beginResetModel()
        order = {d.code: i for i, d in enumerate(all_domains())}

        def domains(unit: str, scope: dict[str, int]) -> list[tuple[str, str, str, int]]:
            codes = sorted(scope, key=lambda code: (order.get(code, len(order)), code))
            return [(unit, code, domain_label(code), scope[code]) for code in codes]

        by_unit: dict[str, dict[str, int]] = {}
        for (unit, domain), count in counts.items():
            scope = by_unit.setdefault(unit, {})
            scope[domain] = scope.get(domain, 0) + count
        self._top = [(ALL, ALL, self.tr("全部事项"), sum(counts.values()))]
        self._children = [[]]
        if len(by_unit) <= 1:
            merged: dict[str, int] = {}
            for scope in by_unit.values():
                merged.update(scope)
            self._top += domains(ALL, merged)
            self._children += [[] for _ in merged]
        else:
            names = {unit.id: unit.name for unit in units or []}
            rank = {unit.id: i for i, unit in enumerate(units or [])}
            for unit in sorted(by_unit, key=lambda u: (rank.get(u, len(rank)), u)):
                scope = by_unit[unit]
                self._top.append((unit, ALL, names.get(unit, unit), sum(scope.values())))
                self._children.append(domains(unit, scope))
        self.endResetModel()

    @property
    def is_tree(self) -> bool:
        """Whether units are listed with their domains under them (a county's workspace)."""
        return any(self._children)

    def set_errors(self, errors: dict[tuple[str, str], int]) -> None:
        """Errors per (unit id, domain code), shown as badges (parents sum their rows)."""
        # Summed once here: data() runs on every paint, and a county has ~16,000 pairs.
        totals: Counter[tuple[str, str]] = Counter()
        for (unit, domain), count in errors.items():
            for key in {(unit, domain), (unit, ALL), (ALL, domain), (ALL, ALL)}:
                totals[key] += count
        self._errors = totals
        for row in range(len(self._top)):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, parent)
            count = len(self._children[row])
            if count:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 0, parent))

    def _node(self, index: Index) -> tuple[str, str, str, int]:
        parent = index.internalId()
        return self._children[parent - 1][index.row()] if parent else self._top[index.row()]

    # -- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._top) else QModelIndex()
        if parent.internalId() or row >= len(self._children[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0 or parent.internalId():
            return 0
        return len(self._children[parent.row()])

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        unit, code, name, count = self._node(index)
        errors = self._errors[(unit, code)]
        if role == DISPLAY:
            badge = f"  ⚠{errors}" if errors else ""
            return self.tr("{name}（{count}）").format(name=name, count=count) + badge
        if role == TOOLTIP:
            if errors:
                return self.tr("{name}：{count} 个事项，{errors} 个错误").format(
                    name=name, count=count, errors=errors
                )
            return self.tr("{name}：{count} 个事项").format(name=name, count=count)
        if role == FOREGROUND and errors:
            return SEVERITY_COLORS["error"]
        if role == self.CodeRole:
            return code
        if role == self.UnitRole:
            return unit
        return None

    def find(self, domain: str, unit: str = ALL) -> QModelIndex:
        """The row showing ``domain`` (of ``unit`` in a county's tree); 全部事项 if none."""
        for row, (top_unit, code, _name, _count) in enumerate(self._top):
            if top_unit == unit and code == domain:
                return self.index(row, 0)
            if unit and top_unit == unit:
                parent = self.index(row, 0)
                for child, (_u, child_code, _n, _c) in enumerate(self._children[row]):
                    if child_code == domain:
                        return self.index(child, 0, parent)
                return parent
        if unit:
            return self.find(domain)
        return self.index(0, 0)


class CatalogTableModel(QAbstractTableModel):
    """The catalog of one domain (or all), read page by page from the store."""

    ItemIdRole = Qt.ItemDataRole.UserRole
    PAGE = 200
    #: Pages kept in memory: a few screens either side of the one in view.
    PAGES_KEPT = 32

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[tuple | None]] = OrderedDict()
        self._row_of: dict[str, int] | None = None
        self.domain = ALL
        self.unit = ALL
        self.search = ""
        self.status: str | None = None
        self.problems_only: str | None = None
        self._order: tuple[str | None, bool] = (None, False)
        self._worst: dict[str, str] = {}

    # -- what is shown ------------------------------------------------------------

    def load(self, workspace: Workspace | None, domain: str = ALL, unit: str = ALL) -> None:
        self._workspace = workspace
        self.domain, self.unit = domain, unit
        self.refresh()

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def set_status(self, status: str | None) -> None:
        self.status = status
        self.refresh()

    def set_problems_only(self, severity: str | None) -> None:
        """Only items whose worst finding is ``severity`` or worse (None: every item)."""
        self.problems_only = severity
        self.refresh()

    def set_problems(self, worst: dict[str, str]) -> None:
        """The most severe finding of each item (from validation), shown in the badge column."""
        self._worst = worst
        if self.problems_only:
            self.refresh()
        elif self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def set_item_problem(self, item_id: str, severity: str | None) -> None:
        """One item's badge after an edit (the full report follows when typing pauses)."""
        if severity is None:
            self._worst.pop(item_id, None)
        else:
            self._worst[item_id] = severity
        row = self.row_of(item_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._row_of = None
        self._ids = self._query() if self._workspace is not None else []
        self.endResetModel()

    def refresh_items(self, item_ids: set[str]) -> None:
        """Re-read rows that changed (an edit) without resetting the view."""
        for item_id in item_ids:
            row = self.row_of(item_id)
            if row is None:
                continue
            self._pages.pop(row // self.PAGE, None)
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _query(self) -> list[str]:
        assert self._workspace is not None
        key, descending = self._order
        sort_problems = key == "problem"
        ids = self._workspace.item_ids(
            domain=self.domain or None,
            unit_id=self.unit or None,
            search=self.search,
            status=self.status,
            order_by=None if sort_problems else key,
            descending=descending,
        )
        if self.problems_only:
            limit = SEVERITY_ORDER[self.problems_only]
            ids = [i for i in ids if SEVERITY_ORDER.get(self._worst.get(i, ""), 9) <= limit]
        if sort_problems:
            rank = SEVERITY_ORDER
            ids.sort(key=lambda i: rank.get(self._worst.get(i, ""), 9), reverse=descending)
        return ids

    # -- lookups ------------------------------------------------------------------

    def item_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {item: row for row, item in enumerate(self._ids)}
        return self._row_of.get(item_id)

    def _values(self, row: int) -> tuple | None:
        page = row // self.PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * self.PAGE : (page + 1) * self.PAGE]
            assert self._workspace is not None
            found = self._workspace.item_rows(ids, TABLE_FIELDS)
            rows = self._pages[page] = [found.get(item_id) for item_id in ids]
            if len(self._pages) > self.PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * self.PAGE]

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(TABLE_FIELDS) + 1

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == self.ItemIdRole:
            return self._ids[row]
        if column == PROBLEM_COLUMN:
            severity = self._worst.get(self._ids[row])
            if severity is None:
                return None
            if role == DISPLAY:
                return f"● {severity_label(severity)}"
            if role == FOREGROUND:
                return SEVERITY_COLORS[severity]
            if role == TOOLTIP:
                return self.tr("此事项有{severity}，详见下方“校验结果”").format(
                    severity=severity_label(severity)
                )
            return None
        if role not in (DISPLAY, TOOLTIP):
            return None
        values = self._values(row)
        if values is None:
            return None
        key = TABLE_FIELDS[column - 1]
        value = values[column - 1]
        if key in _LIST_FIELDS:
            return _joined(value)
        if key == "status":
            return data_text(value)
        return value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        if section == PROBLEM_COLUMN:
            return header(_PROBLEM_HEADER)
        key = TABLE_FIELDS[section - 1]
        return header(_SEQ_HEADER) if key == "seq" else field_label(key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            key = None
        elif column == PROBLEM_COLUMN:
            key = "problem"
        else:
            key = TABLE_FIELDS[column - 1]
        self._order = (None if key == "seq" else key, order == Qt.SortOrder.DescendingOrder)
        if self._workspace is not None:
            self.layoutAboutToBeChanged.emit()
            self._pages.clear()
            self._row_of = None
            self._ids = self._query()
            self.layoutChanged.emit()
