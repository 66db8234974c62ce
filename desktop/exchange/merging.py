"""Receiving a package: verify → a preview of what would change → one transaction.

:func:`plan_merge` writes nothing: it refuses a package meant for another unit,
from the wrong level, older than one already merged, or signed with a key other
than the one pinned for that unit; it says so when the same package arrives
twice; and it lists the new units and the new, changed, deleted and conflicting
items (three-way against the version last accepted). :func:`apply_merge` then
takes a backup and writes all of it in one transaction, or none of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from ..domain.errors import GkmlError, Location
from ..domain.merging import DELETED, ItemMerge, merge_item
from ..domain.model import Unit
from ..store import receiving
from ..store.backup import Backup
from ..store.review import Opinion, take_opinions
from ..store.workspace import Workspace, now_iso
from .packages import Package, PackageError

Resolve = Literal["lower", "keep"]
#: How conflicts are decided: one way for all, or per (item id, field).
Resolution = Resolve | Mapping[tuple[str, str], Resolve]
#: Which level a unit's packages come from (乡级 receives villages', 县级 townships').
LOWER_LEVEL = {"县级": "乡级", "乡级": "村级"}
UPPER_LEVEL = {lower: upper for upper, lower in LOWER_LEVEL.items()}
RECEIVED_STATUS = "待审"


class MergeConflicts(GkmlError):
    """Both levels changed the same fields: nothing is written until each is decided."""

    code = "merge-conflicts"


@dataclass(slots=True)
class MergePlan:
    package: Package
    #: the same package was merged before: nothing to do
    already: bool = False
    new_units: list[Unit] = field(default_factory=list)
    merges: list[ItemMerge] = field(default_factory=list)
    unchanged: int = 0
    #: the sender's key is pinned on apply (first package from it, or a confirmed new key)
    pin: receiving.PinnedKey | None = None
    notes: list[str] = field(default_factory=list)
    #: a return package's opinions on this unit's items (通过, or 退回修改 and why)
    opinions: list[Opinion] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[ItemMerge]:
        return [merge for merge in self.merges if merge.kind == kind]

    @property
    def conflicts(self) -> list[ItemMerge]:
        return self.of_kind("conflict")


@dataclass(frozen=True, slots=True)
class MergeResult:
    new_units: int
    added: int
    changed: int
    deleted: int
    unchanged: int
    backup: Backup | None


def plan_merge(
    workspace: Workspace, package: Package, *, accept_new_key: bool = False
) -> MergePlan:
    """Everything receiving ``package`` would do, without writing anything."""
    where = Location(path=str(package.path))
    plan = MergePlan(package)
    seen = receiving.received(workspace, package.package_id)
    if seen is not None:
        if seen.sha256 != package.sha256:
            raise PackageError(
                "已经接收过编号相同、内容却不同的报送包（可能被改动过），不予接收。", where
            )
        plan.already = True
        return plan
    home = workspace.home_unit
    sender, receiver = package.sender, package.receiver
    if package.kind == "return":
        return _plan_return(workspace, package, accept_new_key, plan, where)
    if package.kind != "submit":
        raise PackageError("这是下发的包，请用“从标准指引添加”接收其中的事项。", where)
    if receiver.division_code and home.division_code != receiver.division_code:
        raise PackageError(
            f"这个报送包是发给区划代码 {receiver.division_code} 的单位的，不是本单位"
            f"（{home.name}，{home.division_code or '未填区划代码'}），不予接收。",
            where,
        )
    if LOWER_LEVEL.get(home.level) != sender.level:
        expected = LOWER_LEVEL.get(home.level)
        raise PackageError(
            f"{sender.name}（{sender.level}）的报送包不能直接交给本单位（{home.level}）"
            + (f"：本单位接收{expected}单位的报送包。" if expected else "：村级不接收报送包。"),
            where,
        )
    if sender.unit_id == home.id:
        raise PackageError("这是本单位自己发出的报送包。", where)
    _check_key(workspace, package, accept_new_key, plan, where)
    latest = receiving.latest_from(workspace, _sender_code(package))
    if latest is not None and _when(package.created_at) <= _when(latest):
        raise PackageError(
            f"这个报送包（{package.created_at[:19]}）比已经接收过的（{latest[:19]}）更早，"
            "不予接收。请让对方重新报送最新的目录。",
            where,
        )
    known = {unit.id for unit in workspace.units()}
    units = {unit.id: unit for unit in package.units}
    for unit in package.units:
        if unit.id not in known:
            parent = unit.parent_id if unit.parent_id in units or unit.parent_id in known else None
            if unit.id == sender.unit_id:
                parent = home.id
            plan.new_units.append(Unit(**{**_unit_values(unit), "parent_id": parent}))
    # Only the items the package names: a county holds 200,000 of which one township is 7,000.
    local = {item.id: item for item in workspace.items_by_id(i.id for i in package.items)}
    bases = receiving.merge_bases(workspace, (item.id for item in package.items))
    for item in package.items:
        if item.unit_id not in units:
            raise PackageError(f"报送包中的事项 {item.id} 不属于包中的任何单位。", where)
        mine = local.get(item.id)
        if mine is not None and mine.unit_id != item.unit_id:
            raise PackageError(f"报送包中的事项 {item.id} 与本单位另一单位的事项编号相同。", where)
        merge = merge_item(bases.get(item.id), mine, item)
        if merge.kind == "unchanged":
            plan.unchanged += 1
        else:
            plan.merges.append(merge)
    return plan


def apply_merge(
    workspace: Workspace, plan: MergePlan, *, resolve: Resolution | None = None, backup: bool = True
) -> MergeResult:
    """Write a plan: a ``merge`` backup, then one transaction. Conflicts need ``resolve``:
    ``"lower"`` takes the lower unit's value, ``"keep"`` keeps this workspace's, or a
    mapping decides each (item id, field); a conflict it leaves out writes nothing."""
    if plan.already:
        return MergeResult(0, 0, 0, 0, plan.unchanged, None)
    if plan.package.kind == "return":
        return _apply_return(workspace, plan, backup)
    undecided = [
        (merge.item_id, c.field)
        for merge in plan.conflicts
        for c in merge.conflicts
        if resolve is None
        or (isinstance(resolve, Mapping) and (merge.item_id, c.field) not in resolve)
    ]
    if undecided:
        count = len(undecided)
        raise MergeConflicts(
            f"有 {len(plan.conflicts)} 个事项的 {count} 处，本级和下级都改过且改得不同，"
            "需要逐处决定采用哪一方，报送包尚未接收。"
        )
    package = plan.package
    taken = backup and workspace.backup("merge")
    added = [m.incoming for m in plan.of_kind("new")]
    for item in added:
        item.status = RECEIVED_STATUS
    changed = deleted = 0
    with workspace.atomic():
        for unit in plan.new_units:
            workspace.add_unit(unit, action="unit-merge")
        workspace.add_items(added, action="merge")
        for merge in plan.merges:
            if merge.kind == "new" or merge.local is None:
                continue
            values = dict(merge.taken)
            for conflict in merge.conflicts:
                way = (
                    resolve[(merge.item_id, conflict.field)]
                    if isinstance(resolve, Mapping)
                    else resolve
                )
                values[conflict.field] = conflict.incoming if way == "lower" else conflict.local
            gone = values.pop(DELETED, None)
            if values:
                current = workspace.item(merge.item_id)
                for key, value in values.items():
                    setattr(current, key, value)
                current.status = RECEIVED_STATUS
                current.revision += 1
                current.updated_at = now_iso()
                workspace.overwrite_item(current, action="merge")
                changed += 1
            if gone is True:
                workspace.delete_item(merge.item_id)
                deleted += 1
            elif gone is False:
                workspace.restore_item(merge.item_id)
        receiving.set_merge_bases(workspace, package.items)
        _remember(workspace, plan)
    return MergeResult(
        len(plan.new_units), len(added), changed, deleted, plan.unchanged, taken or None
    )


def _plan_return(
    workspace: Workspace, package: Package, accept: bool, plan: MergePlan, where: Location
) -> MergePlan:
    """A return package: the level above's opinions on this unit's items."""
    home, sender, receiver = workspace.home_unit, package.sender, package.receiver
    if receiver.unit_id != home.id:
        raise PackageError(
            f"这个退回包是给{receiver.name}的，不是本单位（{home.name}）的，不予接收。", where
        )
    if UPPER_LEVEL.get(home.level) != sender.level:
        raise PackageError(
            f"{sender.name}（{sender.level}）不是本单位（{home.level}）的上一级，不予接收。", where
        )
    _check_key(workspace, package, accept, plan, where)
    latest = receiving.latest_from(workspace, _sender_code(package))
    if latest is not None and _when(package.created_at) <= _when(latest):
        raise PackageError("这个退回包比已经接收过的更早，不予接收。", where)
    own = {item.id for item in workspace.items()}
    plan.opinions = [opinion for opinion in package.opinions if opinion.item_id in own]
    return plan


def _remember(workspace: Workspace, plan: MergePlan) -> None:
    """In the merge's transaction: the sender's key pinned, the package logged as taken."""
    package = plan.package
    if plan.pin is not None:
        receiving.pin_key(workspace, _sender_code(package), plan.pin)
    receiving.record_package(
        workspace,
        package.package_id,
        package.sha256,
        package.kind,
        _sender_code(package),
        package.created_at,
    )


def _apply_return(workspace: Workspace, plan: MergePlan, backup: bool) -> MergeResult:
    taken = backup and workspace.backup("merge")
    with workspace.atomic():
        changed = len(take_opinions(workspace, plan.opinions))
        _remember(workspace, plan)
    return MergeResult(0, 0, changed, 0, 0, taken or None)


def _check_key(
    workspace: Workspace, package: Package, accept: bool, plan: MergePlan, where: Location
) -> None:
    key = receiving.PinnedKey(package.sender.unit_id, package.public_key, package.sender_workspace)
    pinned = receiving.pinned_key(workspace, _sender_code(package))
    if pinned is None:
        plan.pin = key
        plan.notes.append(f"第一次接收{package.sender.name}的报送包：记下它的签名密钥。")
        return
    if (pinned.public_key, pinned.workspace_id) == (key.public_key, key.workspace_id):
        return
    if not accept:
        raise PackageError(
            f"{package.sender.name}的报送包签名与以前接收的不同：可能换了电脑或重装了程序，"
            "也可能不是该单位发出的。请与对方核实；确认是换了电脑后再接收"
            "（命令行加 --accept-new-key）。",
            where,
        )
    plan.pin = key
    plan.notes.append(f"{package.sender.name}换了电脑：改记新的签名密钥。")


def _sender_code(package: Package) -> str:
    return package.sender.division_code or package.sender.unit_id


def _when(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.astimezone()


def _unit_values(unit: Unit) -> dict[str, object]:
    return {
        "id": unit.id,
        "name": unit.name,
        "level": unit.level,
        "division_code": unit.division_code,
        "contact": unit.contact,
    }
