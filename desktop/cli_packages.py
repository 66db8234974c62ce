"""``python main.py submit|merge``: packages between villages, townships and the county."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cli import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE

_KINDS = {"new": "新增", "changed": "修改", "deleted": "删除", "conflict": "冲突"}


def add_parsers(commands: argparse._SubParsersAction) -> None:
    submit = commands.add_parser(
        "submit",
        help="把本单位（和所辖单位）的目录写成报送包，交上级单位",
        description="报送包（.gkbs）带本单位的签名；上级用 merge 接收。",
    )
    submit.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    submit.add_argument(
        "--to-parent",
        action="store_true",
        required=True,
        help="交给上一级单位（由本单位的 12 位区划代码推出）",
    )
    submit.add_argument("--out", type=Path, required=True, help="报送包的文件路径或文件夹")
    submit.set_defaults(run=_submit)

    merge = commands.add_parser(
        "merge",
        help="接收下级单位的报送包：先核验、预览，再一次写入（写入前自动备份）",
        description="同一个报送包接收两次不会有任何变化。本级和下级都改过的栏目是冲突，"
        "须用 --conflicts 决定采用哪一方，否则不写入（退出码 1）。包无法接收时退出码为 2。",
    )
    merge.add_argument("files", type=Path, nargs="+", help="报送包（.gkbs），可以一次给出多个")
    merge.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    merge.add_argument("--dry-run", action="store_true", help="只核验和预览，不写入")
    merge.add_argument("--json", action="store_true", help="以 JSON 输出预览")
    merge.add_argument(
        "--conflicts",
        choices=("lower", "keep"),
        help="冲突的栏目：lower 采用下级的，keep 保留本级的",
    )
    merge.add_argument(
        "--accept-new-key",
        action="store_true",
        help="对方换了电脑、签名密钥变了：核实后确认接收",
    )
    merge.set_defaults(run=_merge)

    review = commands.add_parser(
        "review",
        help="审核下级单位报送的事项：通过，或退回修改（须写明原因）",
        description="审核意见记入审核记录，用 return 写成退回包交还下级单位。",
    )
    review.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    review.add_argument("--unit", required=True, help="下级单位：名称、区划代码或编号")
    decision = review.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_true", help="通过")
    decision.add_argument("--return", dest="send_back", action="store_true", help="退回修改")
    review.add_argument("--reason", default="", help="退回修改的原因（退回时必须写）")
    review.add_argument("--items", nargs="+", metavar="编号", help="只审核这些事项（默认全部）")
    review.set_defaults(run=_review)

    back = commands.add_parser(
        "return", help="把对某个下级单位的审核意见写成退回包（.gkbs），交还该单位"
    )
    back.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    back.add_argument("--unit", required=True, help="下级单位：名称、区划代码或编号")
    back.add_argument("--out", type=Path, required=True, help="退回包的文件路径或文件夹")
    back.set_defaults(run=_return)

    status = commands.add_parser("status", help="上报情况：各下级单位的事项数和审核状态")
    status.add_argument("--workspace", type=Path, required=True, help="工作区文件（.gkml）")
    status.set_defaults(run=_status)


def _submit(args: argparse.Namespace) -> int:
    from .exchange.packages import Party, parent_code, write_package
    from .store import open_workspace

    with open_workspace(args.workspace, daily_backup=False) as workspace:
        home = workspace.home_unit
        code = parent_code(home.division_code)
        if not code:
            print(
                "错误：本单位没有 12 位区划代码（或已是县级），推不出上级单位。"
                "请先在“本单位信息”中填写区划代码。",
                file=sys.stderr,
            )
            return EXIT_UNUSABLE
        parent_level = {"村级": "乡级", "乡级": "县级"}.get(home.level, "")
        path = write_package(workspace, args.out, Party("", parent_level, code))
        count = len(workspace.items())
    print(f"已生成报送包：{path}（{count} 个事项），交区划代码 {code} 的上级单位。")
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from .domain.errors import GkmlError
    from .store import open_workspace

    worst = EXIT_OK
    with open_workspace(args.workspace, daily_backup=False) as workspace:
        backed_up = False
        for path in args.files:
            try:
                code, wrote = _merge_one(workspace, path, args, backup=not backed_up)
            except GkmlError as exc:
                print(f"错误：{exc}", file=sys.stderr)
                code, wrote = EXIT_UNUSABLE, False
            backed_up = backed_up or wrote
            worst = max(worst, code)
    return worst


def _merge_one(
    workspace, path: Path, args: argparse.Namespace, *, backup: bool
) -> tuple[int, bool]:
    """One package: its preview, then (unless --dry-run) its transaction. One backup is
    taken before the first package that writes: a county merging 20 townships' packages
    at once waits for one copy of its file, not twenty."""
    from .exchange.merging import MergeConflicts, apply_merge, plan_merge
    from .exchange.packages import read_package

    plan = plan_merge(workspace, read_package(path), accept_new_key=args.accept_new_key)
    if args.json:
        sys.stdout.write(json.dumps(_plan_json(plan), ensure_ascii=False) + "\n")
    else:
        _print_plan(plan)
    if plan.already or args.dry_run:
        return (EXIT_FINDINGS if plan.conflicts and not plan.already else EXIT_OK), False
    try:
        result = apply_merge(workspace, plan, resolve=args.conflicts, backup=backup)
    except MergeConflicts as exc:
        advice = "用 --conflicts lower 或 keep 决定后再接收。"
        print(f"错误：{path.name}：{exc.message}{advice}", file=sys.stderr)
        return EXIT_FINDINGS, False
    if not args.json:
        saved = f"接收前的备份：{result.backup.path.name}" if result.backup else ""
        print(
            f"已接收：新单位 {result.new_units} 个，新增 {result.added} 项，修改 {result.changed}"
            f" 项，删除 {result.deleted} 项。{saved}"
        )
    return EXIT_OK, True


def _print_plan(plan) -> None:
    package = plan.package
    if plan.already:
        print(f"{package.sender.name}的这个报送包已接收过，没有变化。")
        return
    print(f"报送包：{package.sender.name}（{package.sender.level}），{package.created_at[:19]}")
    for note in plan.notes:
        print(f"说明：{note}")
    if package.kind == "return":
        sent_back = [opinion for opinion in plan.opinions if opinion.action == "return"]
        for opinion in sent_back:
            print(f"退回修改：事项 {opinion.item_id}：{opinion.reason}")
        print(
            f"预览（尚未写入）：上级审核意见 {len(plan.opinions)} 条，"
            f"其中退回修改 {len(sent_back)} 条。"
        )
        return
    for unit in plan.new_units:
        print(f"新单位：{unit.name}（{unit.level}）")
    for merge in plan.merges:
        item = merge.incoming
        print(f"{_KINDS[merge.kind]}：{item.level1} / {item.name}")
        for conflict in merge.conflicts:
            print(f"    {conflict.field}：本级“{conflict.local}”，下级“{conflict.incoming}”")
    counts = {kind: len(plan.of_kind(kind)) for kind in _KINDS}
    print(
        f"预览（尚未写入）：新单位 {len(plan.new_units)} 个，新增 {counts['new']} 项，"
        f"修改 {counts['changed']} 项，删除 {counts['deleted']} 项，冲突 {counts['conflict']} 项，"
        f"相同未变 {plan.unchanged} 项。"
    )


def _plan_json(plan) -> dict[str, object]:
    def merge_json(merge) -> dict[str, object]:
        return {
            "item_id": merge.item_id,
            "kind": merge.kind,
            "level1": merge.incoming.level1,
            "name": merge.incoming.name,
            "fields": sorted(merge.taken),
            "conflicts": [
                {"field": c.field, "base": c.base, "local": c.local, "incoming": c.incoming}
                for c in merge.conflicts
            ],
        }

    return {
        "already_received": plan.already,
        "sender": plan.package.sender.to_json(),
        "new_units": [{"id": u.id, "name": u.name, "level": u.level} for u in plan.new_units],
        "items": [merge_json(merge) for merge in plan.merges],
        "unchanged": plan.unchanged,
        "notes": plan.notes,
    }


def _unit(workspace, wanted: str):
    """A lower unit by name, division code or id (a Chinese sentence when none fits)."""
    from .domain.errors import GkmlError

    home = workspace.home_unit
    for unit in workspace.units():
        if unit.id != home.id and wanted in (unit.name, unit.division_code, unit.id):
            return unit
    names = "、".join(u.name for u in workspace.units() if u.id != home.id) or "（还没有）"
    raise GkmlError(f"工作区中没有下级单位“{wanted}”。下级单位有：{names}。")


def _review(args: argparse.Namespace) -> int:
    from .store import open_workspace
    from .store.review import APPROVE, RETURN, review

    with open_workspace(args.workspace, daily_backup=False) as workspace:
        unit = _unit(workspace, args.unit)
        action = RETURN if args.send_back else APPROVE
        ids = review(workspace, unit.id, action, reason=args.reason, item_ids=args.items)
    verdict = "退回修改" if args.send_back else "通过"
    print(f"{unit.name}：{len(ids)} 个事项审核为“{verdict}”。用 return 命令写成退回包交还该单位。")
    return EXIT_OK


def _return(args: argparse.Namespace) -> int:
    from .exchange.packages import Party, write_package
    from .store import open_workspace
    from .store.review import opinions

    with open_workspace(args.workspace, daily_backup=False) as workspace:
        unit = _unit(workspace, args.unit)
        said = opinions(workspace, unit.id)
        if not said:
            print(f"错误：还没有对{unit.name}的审核意见，先用 review 审核。", file=sys.stderr)
            return EXIT_UNUSABLE
        receiver = Party(unit.name, unit.level, unit.division_code, unit.id)
        path = write_package(workspace, args.out, receiver, kind="return")
    returned = sum(1 for opinion in said if opinion.action == "return")
    print(f"已生成退回包：{path}（{len(said)} 条审核意见，其中退回修改 {returned} 条）。")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from .store.review import submission_states
    from .store.snapshot import open_snapshot

    with open_snapshot(args.workspace) as workspace:
        home = workspace.home_unit
        states = submission_states(workspace)
    print(f"{home.name}的上报情况：")
    if not states:
        print("  还没有接收过下级单位的报送包。")
        return EXIT_OK
    for state in states:
        when = (state.last_received or "")[:16].replace("T", " ") or "—"
        print(
            f"  {state.name}（{state.level}）：{state.state}，事项 {state.items}，"
            f"待审 {state.submitted}，已通过 {state.approved}，退回修改 {state.returned}，"
            f"最近接收 {when}"
        )
    counts = {}
    for state in states:
        counts[state.state] = counts.get(state.state, 0) + 1
    print("  合计：" + "，".join(f"{name} {count} 个" for name, count in counts.items()))
    return EXIT_OK
