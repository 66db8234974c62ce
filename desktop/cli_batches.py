"""``python main.py batches WS`` lists export batches; ``batches confirm|reject WS N``
records the province's answer (exporting a file is not uploading it)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import EXIT_OK, EXIT_UNUSABLE

_DECISIONS = {"confirm": True, "reject": False}


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "batches",
        help="导出批次：列出，或确认上传文件已被省级系统接收（confirm）、被退回（reject）",
        usage="python main.py batches 工作区 | batches confirm 工作区 批次号 "
        "| batches reject 工作区 批次号",
        description="导出上传文件只记为“已导出”；确认省级系统已接收后，"
        "批次中的事项状态才变为“已上传”，“只导出修改部分”也以此为准。"
        "被退回的批次不改变事项状态。",
    )
    parser.add_argument(
        "words", nargs="+", metavar="参数", help="工作区，或 confirm/reject 工作区 批次号"
    )
    parser.set_defaults(run=_batches)


def _batches(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if words[0] in _DECISIONS:
        if len(words) != 3 or not words[2].isdigit():
            print(
                f"错误：用法为 python main.py batches {words[0]} 工作区 批次号"
                "（批次号见 python main.py batches 工作区）。",
                file=sys.stderr,
            )
            return EXIT_UNUSABLE
        return _decide(Path(words[1]), int(words[2]), accepted=_DECISIONS[words[0]])
    if len(words) != 1:
        print(
            "错误：列出批次只需给出工作区；确认接收请用 batches confirm 工作区 批次号。",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    return _list(Path(words[0]))


def _list(path: Path) -> int:
    from .store.batches import STATE_LABELS, batches
    from .store.snapshot import open_snapshot

    with open_snapshot(path) as workspace:  # also while the app has it open
        found = batches(workspace)
    if not found:
        print(f"{path} 还没有导出批次。")
        return EXIT_OK
    for batch in found:
        scope = "仅修改部分" if batch.changed_only else "全部"
        print(
            f"{batch.id:>4}  {batch.created_at.replace('T', ' ')[:19]}  {batch.profile}  "
            f"{batch.item_count} 项（{scope}）  {STATE_LABELS[batch.state]}  {batch.file_name}"
        )
    waiting = [batch.id for batch in found if batch.awaits_decision]
    if waiting:
        print(
            f"待确认的上传批次：{'、'.join(map(str, waiting))}。省级系统接收后请运行 "
            f"python main.py batches confirm {path} 批次号。"
        )
    return EXIT_OK


def _decide(path: Path, batch_id: int, *, accepted: bool) -> int:
    from .store import open_workspace
    from .store.batches import STATE_LABELS, decide_batch

    with open_workspace(path, daily_backup=False) as workspace:
        decision = decide_batch(workspace, batch_id, accepted=accepted)
    batch = decision.batch
    print(f"批次 {batch.id}（{batch.file_name}）已记为“{STATE_LABELS[batch.state]}”。")
    if accepted:
        print(f"{len(decision.uploaded)} 个事项的状态改为“已上传”。")
    else:
        print("事项状态不变；改正后再导出上传，“只导出修改部分”会包括这些事项。")
    if decision.skipped:
        print(
            f"注意：{decision.skipped} 个事项在导出后修改或删除过，状态未改；"
            "省级系统收到的是修改前的内容，请再导出上传。"
        )
    return EXIT_OK
