"""Import: a catalog file into a workspace, previewed first, then all at once.

:func:`plan_import` reads and checks everything and writes nothing: what would be
added or updated, every rejected row with file, sheet, row, column and reason,
the reader's notes (hidden sheets, unmapped columns) and the validation of what
comes in. :func:`apply_import` then takes a backup and writes the plan in one
transaction: all of it or, on any failure, none of it.

Rows that carry an item id (the full backup layout) update that item when the
file's revision is newer, and are refused when the workspace's is: an import
never overwrites a newer edit silently. Rows naming another unit (a county
gathering its townships' files) go to that unit, which is added when new.
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


@dataclass(slots=True)
class ImportPlan:
    path: Path
    added: list[CatalogRow] = field(default_factory=list)
    updated: list[CatalogRow] = field(default_factory=list)
    unchanged: int = 0
    new_units: list[Unit] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    report: Report | None = None

    @property
    def empty(self) -> bool:
        return not (self.added or self.updated)


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
    by_name = {
        (item.unit_id, item.domain, comparison_key(item.level1), comparison_key(item.name)): item
        for item in existing.values()
    }
    seen: dict[tuple[str, str, str, str], Location] = {}
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
        if row.has_id and item.id in existing:
            current = existing[item.id]
            if current.revision < item.revision:
                plan.updated.append(row)
            elif _same(current, item):
                plan.unchanged += 1
            else:
                plan.rejected.append(
                    Rejected(
                        row.location,
                        f"工作区中的这一事项更新（修订号 {current.revision}，文件中为 "
                        f"{item.revision}），为免覆盖没有导入。",
                    )
                )
            continue
        if row.has_id and item.id in deleted:
            plan.rejected.append(
                Rejected(row.location, "这一事项在工作区的回收站中；请先恢复它再导入。")
            )
            continue
        key = (item.unit_id, item.domain, comparison_key(item.level1), comparison_key(item.name))
        if key in by_name:
            plan.rejected.append(
                Rejected(
                    _at(row.location, "事项名称"),
                    f"工作区中已有同一事项（一级事项“{item.level1}”，事项名称“{item.name}”），"
                    "没有重复导入。",
                )
            )
            continue
        if key in seen:
            plan.rejected.append(
                Rejected(
                    _at(row.location, "事项名称"),
                    f"与本文件第 {seen[key].row} 行是同一事项，没有重复导入。",
                )
            )
            continue
        seen[key] = row.location
        if not row.has_id:
            item.id = new_id()
            item.seq = 0
        plan.added.append(row)
    plan.new_units = units.new_units
    check()
    incoming = [row.item for row in (*plan.added, *plan.updated)]
    context = Context.for_unit(
        home,
        templates=templates,
        known_unit_names=tuple(unit.name for unit in (*workspace.units(), *plan.new_units)),
        locations={row.item.id: row.location for row in (*plan.added, *plan.updated)},
        completeness=False,
    )
    plan.report = validate(incoming, context)
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
    with workspace.atomic():
        for unit in plan.new_units:
            workspace.add_unit(unit, action="unit-import")
        workspace.add_items([row.item for row in plan.added], action="import")
        for row in plan.updated:
            workspace.overwrite_item(row.item, action="import")
    return ImportResult(len(plan.added), len(plan.updated), taken)


class _UnitResolver:
    """Which unit a row belongs to: the home unit, a known sub-unit, or a new one."""

    def __init__(self, workspace: Workspace, home: Unit) -> None:
        self.home = home
        self.new_units: list[Unit] = []
        self._by_code = {u.division_code: u.id for u in workspace.units() if u.division_code}
        self._by_name = {u.name: u.id for u in workspace.units()}

    def unit_for(self, row: CatalogRow) -> str:
        name, code = row.unit_name, row.division_code
        if not name and not code:
            return self.home.id
        found = (code and self._by_code.get(code)) or (name and self._by_name.get(name))
        if found:
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


def _same(current: Item, incoming: Item) -> bool:
    return all(getattr(current, key) == getattr(incoming, key) for key in EDITABLE_FIELDS)


def _unknown_domain(row: CatalogRow) -> Rejected:
    if row.item.domain:
        return Rejected(
            _at(row.location, "所属领域"),
            f"所属领域“{row.item.domain}”无法识别；请写领域的标准名称（如 社会救助）。",
        )
    return Rejected(
        row.location,
        "无法确定所属领域：表格标题、工作表名称、文件名和“所属领域”列都没有给出。"
        "请在导入时指定领域（导入窗口的“领域”，或命令行的 --domain），或在表中加“所属领域”列。",
    )


def _at(location: Location, column: str) -> Location:
    return dataclasses.replace(location, column=column)
