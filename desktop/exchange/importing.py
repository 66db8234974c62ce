"""Import: a catalog file into a workspace, previewed first, then all at once.

:func:`plan_import` reads and checks everything and writes nothing: what would be
added or updated, every rejected row with file, sheet, row, column and reason,
the reader's notes (hidden sheets, unmapped columns) and the validation of what
comes in. :func:`apply_import` then takes a backup and writes the plan in one
transaction: all of it or, on any failure, none of it.

A corrected spreadsheet updates the items it matches (clerks correct a catalog in
Excel and import it again): a row of the full backup layout matches its item by
id, any other row the item of the same unit and domain with the same 一级事项 and
事项名称 (compared on :func:`comparison_key`, so a stray full-width space is still
the same item). Each update lists its field changes (:mod:`.item_diff`) for the
preview. A full backup row whose revision is the workspace's is an edit made in
the file; a newer one is taken as it is; an older one that differs is refused, so
an import never overwrites a newer edit silently.

Rows naming another unit (a county gathering its townships' files) go to that
unit, which is added when new; a workspace that holds only its own unit adds one
only when asked (:attr:`ImportPlan.add_new_units`): there such rows are more often
the clerk's own catalog under another spelling of the unit's name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.domains import is_known_domain
from ..domain.errors import GkmlError, Location
from ..domain.findings import Context, Report
from ..domain.model import EDITABLE_FIELDS, Item, Unit, new_id
from ..domain.text import comparison_key
from ..domain.validation import validate
from ..store.backup import Backup
from ..store.template_versions import workspace_templates
from ..store.workspace import Workspace
from .catalog_reader import CatalogRow, Rejected, read_catalog
from .item_diff import FieldChange, field_changes

_Key = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Update:
    """An item the file changes: its row, the item as stored, and what changes."""

    row: CatalogRow
    current: Item
    changes: tuple[FieldChange, ...]
    #: the file holds a newer revision from elsewhere (taken with its bookkeeping),
    #: rather than cells edited in a file exported from here
    newer: bool = False

    @property
    def applied(self) -> dict[str, object]:
        """Field -> the file's value, for the changes that are written (not ``kept``)."""
        return {change.field: change.new for change in self.changes if not change.kept}

    @property
    def item(self) -> Item:
        """The item as the import leaves it (what the preview validates)."""
        if self.newer:
            return self.row.item
        return dataclasses.replace(self.current, **self.applied)


@dataclass(slots=True)
class ImportPlan:
    """What an import would write; change :attr:`add_new_units` before applying it."""

    path: Path
    added: list[CatalogRow] = field(default_factory=list)
    updated: list[Update] = field(default_factory=list)
    unchanged: int = 0
    new_units: list[Unit] = field(default_factory=list)
    #: whether the rows of :attr:`new_units` are imported (their units added)
    add_new_units: bool = True
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    report: Report | None = None

    def new_unit_counts(self) -> list[tuple[Unit, int]]:
        """Each new unit with how many of the file's items are its."""
        counts = dict.fromkeys((unit.id for unit in self.new_units), 0)
        for row in self.added:
            if row.item.unit_id in counts:
                counts[row.item.unit_id] += 1
        return [(unit, counts[unit.id]) for unit in self.new_units]

    @property
    def to_add(self) -> list[CatalogRow]:
        """The rows that become new items (without the new units' unless they are added)."""
        if self.add_new_units or not self.new_units:
            return self.added
        new = {unit.id for unit in self.new_units}
        return [row for row in self.added if row.item.unit_id not in new]

    @property
    def empty(self) -> bool:
        return not (self.to_add or self.updated)


@dataclass(slots=True)
class ImportResult:
    added: int
    updated: int
    backup: Backup | None


class ImportCancelled(GkmlError):
    code = "cancelled"


def plan_import(
    workspace: Workspace,
    path: Path,
    *,
    domain: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Everything an import would do, without writing anything. ``cancelled`` is asked
    between the steps (read, match, validate) and every few thousand rows."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("已取消预览，工作区没有任何改动。")

    templates = workspace_templates(workspace)
    catalog = read_catalog(Path(path), templates, domain=domain)
    check()
    plan = ImportPlan(Path(path), rejected=list(catalog.rejected), notes=list(catalog.notes))
    home = workspace.home_unit
    units = _UnitResolver(workspace, home)
    existing = {item.id: item for item in workspace.items()}
    deleted = {item.id for item in workspace.items(deleted=True)}
    #: the workspace may hold duplicates (validation flags them): each file row takes
    #: the first one no earlier row took
    by_key: dict[_Key, list[Item]] = {}
    for stored in existing.values():
        by_key.setdefault(_key(stored), []).append(stored)
    #: item id, and the key of every row -> the (last) row that claimed it
    seen: dict[str | _Key, Location] = {}
    kept = 0
    for number, row in enumerate(catalog.rows):
        if number % 5000 == 0:
            check()
        item = row.item
        if not is_known_domain(item.domain):
            plan.rejected.append(_unknown_domain(row))
            continue
        if not item.name.strip():
            plan.rejected.append(
                Rejected(_at(row.location, "事项名称"), "事项名称为空，无法导入。")
            )
            continue
        item.unit_id = units.unit_for(row)
        if row.has_id and item.id in deleted:
            plan.rejected.append(
                Rejected(row.location, "这一事项在工作区的回收站中；请先恢复它再导入。")
            )
            continue
        key = _key(item)
        current = existing.get(item.id) if row.has_id else None
        if current is None and key in by_key:
            current = next((s for s in by_key[key] if s.id not in seen), None)
        claim = current.id if current is not None else key
        if claim in seen:
            plan.rejected.append(_same_as(row, seen[claim]))
            continue
        seen[claim] = seen[key] = row.location
        if current is not None:
            kept += _match(plan, row, current)
            continue
        if not row.has_id:
            item.id = new_id()
            item.seq = 0
        plan.added.append(row)
    if kept:
        plan.notes.append(
            f"文件中与已有事项对应的行有 {kept} 个单元格是空的：工作区中原有的内容保留，没有清空。"
            "确实要清空时，请在程序中修改。"
        )
    plan.new_units = units.new_units
    plan.add_new_units = len(units.held) > 1
    check()
    incoming = [(row.item, row.location) for row in plan.added]
    incoming += [(update.item, update.row.location) for update in plan.updated]
    context = Context.for_unit(
        home,
        templates=templates,
        known_unit_names=tuple(unit.name for unit in (*workspace.units(), *plan.new_units)),
        locations={item.id: location for item, location in incoming},
        completeness=False,
    )
    plan.report = validate([item for item, _ in incoming], context)
    return plan


def apply_import(
    workspace: Workspace,
    plan: ImportPlan,
    *,
    backup: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write a plan: a backup first, then one transaction for every unit and item."""
    if plan.empty:
        return ImportResult(0, 0, None)
    taken = workspace.backup("import") if backup else None
    if cancelled is not None and cancelled():
        return ImportResult(0, 0, taken)
    added = plan.to_add
    with workspace.atomic():
        if plan.add_new_units:
            known = {unit.id for unit in workspace.units()}
            for unit in plan.new_units:
                if unit.id not in known:  # a removed sub-unit comes back as it was
                    workspace.add_unit(unit, action="unit-import")
        workspace.add_items([row.item for row in added], action="import")
        for update in plan.updated:
            if update.newer:
                workspace.overwrite_item(update.row.item, action="import")
            else:
                workspace.update_item(update.current.id, action="import", **update.applied)
    return ImportResult(len(added), len(plan.updated), taken)


class _UnitResolver:
    """Which unit a row belongs to: the home unit, a held sub-unit, or a new one.

    A sub-unit that was removed (none of its items live) is known but not held:
    its rows are counted with the new units' (the clerk is asked again), and it
    comes back under its own id."""

    def __init__(self, workspace: Workspace, home: Unit) -> None:
        self.home = home
        self.new_units: list[Unit] = []
        units = workspace.units()
        self.held = {home.id} | {unit for unit, _domain in workspace.unit_domain_counts()}
        self._removed = {u.id: u for u in units if u.id not in self.held}
        self._by_code = {u.division_code: u.id for u in units if u.division_code}
        self._by_name = {u.name: u.id for u in units}

    def unit_for(self, row: CatalogRow) -> str:
        name, code = row.unit_name, row.division_code
        if not name and not code:
            return self.home.id
        found = (code and self._by_code.get(code)) or (name and self._by_name.get(name))
        if found:
            removed = self._removed.pop(found, None)
            if removed is not None:
                self.new_units.append(removed)
            return found
        unit = Unit(
            name=name or code,
            level=infer_level(name, code),
            division_code=code if re.fullmatch(r"\d{12}", code) else "",
            parent_id=self.home.id,
        )
        self.new_units.append(unit)
        if unit.division_code:
            self._by_code[unit.division_code] = unit.id
        self._by_name[unit.name] = unit.id
        return unit.id


def infer_level(name: str, division_code: str) -> str:
    """A unit's level from its 统计用区划代码 (…TTTVVV) or, failing that, from its name."""
    if re.fullmatch(r"\d{12}", division_code):
        if division_code[6:] == "000000":
            return "县级"
        return "乡级" if division_code[9:] == "000" else "村级"
    if re.search(r"(村|社区|居委会|村民委员会|居民委员会)", name):
        return "村级"
    if re.search(r"(乡|镇|街道|办事处)", name):
        return "乡级"
    return "县级"


def _key(item: Item) -> _Key:
    """Which item a row is about: unit, domain, and the normalised 一级事项 and 事项名称."""
    return (item.unit_id, item.domain, comparison_key(item.level1), comparison_key(item.name))


def _match(plan: ImportPlan, row: CatalogRow, current: Item) -> int:
    """A row about an item the workspace holds: an update, the same, or refused as older.
    Returns how many of its blank cells keep the stored value."""
    incoming = row.item
    by_id = row.has_id and incoming.id == current.id
    fields = EDITABLE_FIELDS if by_id else row.fields
    changes = field_changes(current, incoming, fields, exact=row.has_id)
    if by_id and incoming.revision > current.revision:
        plan.updated.append(Update(row, current, changes, newer=True))
    elif all(change.kept for change in changes):
        plan.unchanged += 1
    elif by_id and incoming.revision < current.revision:
        labels = "、".join(change.label for change in changes)
        plan.rejected.append(
            Rejected(
                row.location,
                f"文件导出之后，工作区里的这一事项又修改过；文件中与工作区不同的{labels}"
                "没有导入，以免覆盖较新的修改。请重新导出一份，在新文件中改正后再导入。",
            )
        )
    else:
        plan.updated.append(Update(row, current, changes))
    return sum(change.kept for change in changes)


def _same_as(row: CatalogRow, earlier: Location) -> Rejected:
    return Rejected(
        _at(row.location, "事项名称"),
        f"与本文件第 {earlier.row} 行是同一事项，没有重复导入。",
    )


def _unknown_domain(row: CatalogRow) -> Rejected:
    """A row without a domain (a misspelt one the reader already refused, with a suggestion)."""
    return Rejected(
        row.location,
        "无法确定所属领域：表格标题、工作表名称、文件名和“所属领域”列都没有给出。"
        "请在导入时指定领域（导入窗口的“领域”，或命令行的 --domain），或在表中加“所属领域”列。",
    )


def _at(location: Location, column: str) -> Location:
    return dataclasses.replace(location, column=column)
