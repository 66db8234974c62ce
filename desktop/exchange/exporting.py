"""Export: a workspace's catalog through a profile into files, recorded as batches.

Upload and publishing profiles refuse while validation finds errors (and say
which), refuse a catalog with nothing to export, and write a catalog that leaves
out guideline items only when the caller confirms with their number (a stale or
careless confirmation does not match); the full backup profile never refuses. Long
exports report progress and can be cancelled between files; a cancelled export
leaves no file and no batch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.completeness import completeness
from ..domain.domains import domain_name
from ..domain.errors import GkmlError
from ..domain.findings import Finding
from ..domain.model import Item
from ..store import batches
from ..store.checking import validate_workspace
from ..store.template_versions import workspace_templates
from ..store.workspace import Workspace
from .layouts import official_sheets, profile_tables
from .profiles import Profile, load_profile, profile_names
from .xlsx_writer import WriteReport, write_official, write_tables

Progress = Callable[[int, int], None]


class ExportRefused(GkmlError):
    """Validation found errors; ``findings`` are the errors (the UI lists them)."""

    code = "export-refused"

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


@dataclass(frozen=True, slots=True)
class MissingItems:
    """Guideline items at the home unit's level that the catalog neither holds nor marks
    不适用, in domains not declared 未涉及: what an upload would silently leave out."""

    #: (domain code, how many of its guideline items are missing), in domain order
    by_domain: tuple[tuple[str, int], ...] = ()

    @property
    def count(self) -> int:
        return sum(missing for _code, missing in self.by_domain)

    def summary(self, shown: int = 3) -> str:
        """``社会救助 12 个、就业 5 个等 9 个领域``: the largest gaps first."""
        largest = sorted(self.by_domain, key=lambda entry: -entry[1])
        text = "、".join(f"{domain_name(code)} {missing} 个" for code, missing in largest[:shown])
        return text + (f"等 {len(largest)} 个领域" if len(largest) > shown else "")


class ExportIncomplete(GkmlError):
    """Guideline items are missing and the export was not confirmed with their number."""

    code = "export-incomplete"

    def __init__(self, message: str, missing: MissingItems) -> None:
        super().__init__(message)
        self.missing = missing


class ExportCancelled(GkmlError):
    code = "cancelled"


@dataclass(slots=True)
class ExportResult:
    files: list[Path] = field(default_factory=list)
    items: int = 0
    batches: list[batches.Batch] = field(default_factory=list)
    removed_characters: list[str] = field(default_factory=list)
    #: why no file was written when there was nothing to write (``changed_only``), else ""
    nothing: str = ""


@dataclass(frozen=True, slots=True)
class ExportCheck:
    """What stands between a chosen export and its file: errors on the items it writes
    (refused), no item at all (refused), guideline items left out (to be confirmed)."""

    blockers: list[Finding] = field(default_factory=list)
    #: the refusal when there is nothing to export, else ""
    empty: str = ""
    missing: MissingItems = field(default_factory=MissingItems)
    #: "nothing changed since the last accepted upload" when only changes were asked, else ""
    unchanged: str = ""

    @property
    def refused(self) -> bool:
        return bool(self.blockers or self.empty or self.unchanged)


def check_export(
    workspace: Workspace,
    profile: Profile | str,
    *,
    domain: str | None = None,
    changed_only: bool = False,
    today: date | None = None,
) -> ExportCheck:
    """Everything :func:`export_catalog` refuses or asks to confirm, without writing: the
    export dialog shows exactly this, so the dialog and the export always agree.

    Example::

        check = check_export(workspace, "upload")
        if not check.refused:
            export_catalog(workspace, "upload", out_dir, confirm_missing=check.missing.count)
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    every = workspace.items()
    return _check(
        workspace,
        profile,
        every,
        _exported(workspace, profile, every, domain, changed_only),
        domain,
        changed_only,
        today,
    )


def export_blockers(
    workspace: Workspace,
    profile: Profile | str,
    *,
    domain: str | None = None,
    changed_only: bool = False,
    today: date | None = None,
) -> list[Finding]:
    """The errors that stop this export, on the items it would write; empty when it may go.

    The profile's own checks count (fields it requires), which a plain workspace
    validation does not run; a profile that does not require a valid catalog (the
    full backup) is never blocked.

    Example::

        blockers = export_blockers(workspace, "upload", domain="social-assistance")
    """
    return check_export(
        workspace, profile, domain=domain, changed_only=changed_only, today=today
    ).blockers


def missing_items(
    workspace: Workspace,
    profile: Profile | str,
    *,
    domain: str | None = None,
    changed_only: bool = False,
) -> MissingItems:
    """The guideline items this export would leave out, which it asks to be confirmed.

    Nothing is asked of the full backup (it is not a catalog to publish) nor of an
    export of only the changes since the last upload (the rest went before).

    Example::

        missing = missing_items(workspace, "upload")
        export_catalog(workspace, "upload", out_dir, confirm_missing=missing.count)
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    if not profile.requires_valid or changed_only:
        return MissingItems()
    home = workspace.home_unit
    rows = completeness(
        workspace.items(unit_id=home.id),
        workspace_templates(workspace),
        home.level,
        out_of_scope=workspace.out_of_scope(home.id),
    )
    return MissingItems(
        tuple(
            (row.domain, row.missing)
            for row in rows
            if row.missing > 0
            and not row.declared_out_of_scope
            and (domain is None or row.domain == domain)
        )
    )


def export_catalog(
    workspace: Workspace,
    profile: Profile | str,
    out_dir: Path,
    *,
    domain: str | None = None,
    changed_only: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    confirm_missing: int | None = None,
) -> ExportResult:
    """Write the catalog through ``profile`` into ``out_dir`` and record the batches.

    Before writing a byte (see :func:`check_export`), raises :class:`ExportRefused`
    on errors of the exported items, or when there is no item to export at all; and
    :class:`ExportIncomplete` when guideline items are missing, unless
    ``confirm_missing`` is their number. When only changes were asked and nothing
    changed since the last accepted upload, no file is written and ``nothing`` says so.
    A file never replaces another: two exports in the same second get ``-2``, ``-3``….

    Example::

        export_catalog(workspace, "upload", Path("导出"), changed_only=True).files
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    home = workspace.home_unit
    every = workspace.items()
    items = _exported(workspace, profile, every, domain, changed_only)
    check = _check(workspace, profile, every, items, domain, changed_only, today)
    if check.unchanged:
        return ExportResult(nothing=check.unchanged)
    if check.blockers:
        raise ExportRefused(_refusal(profile, check.blockers, items), check.blockers)
    if check.empty:
        raise ExportRefused(check.empty, [])
    if check.missing.count and confirm_missing != check.missing.count:
        raise ExportIncomplete(_incomplete(profile, check.missing, confirm_missing), check.missing)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    units = {unit.id: unit for unit in workspace.units()}
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    parts = _parts(profile, items)
    result = ExportResult(items=len(items))
    written: list[tuple[Path, list[Item]]] = []
    try:
        for number, (suffix, part) in enumerate(parts, start=1):
            if cancelled is not None and cancelled():
                raise ExportCancelled("导出已取消，没有生成文件。")
            name = f"{home.name}-{profile.title.split('（')[0]}{suffix}-{stamp}"
            target = _reserve(out_dir, _safe_file_name(name))
            written.append((target, part))
            report = _write(profile, target, part, units, home, today)
            result.removed_characters += report.removed_characters
            if progress is not None:
                progress(number, len(parts))
    except BaseException:
        for target, _ in written:
            target.unlink(missing_ok=True)
        raise
    for target, part in written:
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        result.batches.append(
            batches.add_batch(
                workspace,
                profile.name,
                target.name,
                digest,
                part,
                changed_only=changed_only,
                upload=profile.is_upload,
            )
        )
        result.files.append(target)
    return result


def _exported(
    workspace: Workspace,
    profile: Profile,
    every: list[Item],
    domain: str | None,
    changed_only: bool,
) -> list[Item]:
    """The items an export writes: of the domain, published, changed since upload if asked."""
    items = [item for item in every if domain is None or item.domain == domain]
    if profile.kind != "backup":
        # 不适用 items record a decision; they are not published or uploaded.
        items = [item for item in items if not item.is_not_applicable]
    if changed_only:
        uploads = {name for name in profile_names() if _is_upload(name)} | {profile.name}
        items = batches.changed_since_upload(workspace, items, uploads)
    return items


def _check(
    workspace: Workspace,
    profile: Profile,
    every: list[Item],
    items: list[Item],
    domain: str | None,
    changed_only: bool,
    today: date | None,
) -> ExportCheck:
    if changed_only and not items:
        return ExportCheck(unchanged=_unchanged(profile, domain))
    if not profile.requires_valid:
        return ExportCheck()
    blockers = _blockers(workspace, profile, every, items, today)
    empty = _nothing(profile, domain) if not items else ""
    missing = missing_items(workspace, profile, domain=domain, changed_only=changed_only)
    return ExportCheck(blockers, empty, missing)


def _blockers(
    workspace: Workspace,
    profile: Profile,
    every: list[Item],
    items: list[Item],
    today: date | None,
) -> list[Finding]:
    """Errors on the exported items, the profile's checks included (every item is
    validated so duplicates and completeness see the whole catalog)."""
    report = validate_workspace(workspace, today=today, profile=profile.validation(), items=every)
    exported = {item.id for item in items}
    return [f for f in report.findings if f.severity == "error" and f.item_id in exported]


def _refusal(profile: Profile, errors: list[Finding], items: list[Item]) -> str:
    names = {item.id: item for item in items}

    def describe(finding: Finding) -> str:
        item = names[finding.item_id]  # type: ignore[index]
        where = f"{domain_name(item.domain)}第 {item.seq} 项“{item.name}”"
        return f"{where}：{finding.message.rstrip('。')}"

    shown = "；".join(describe(f) for f in errors[:3])
    more = f"（共 {len(errors)} 个错误）" if len(errors) > 3 else ""
    return (
        f"目录中还有错误，不能导出“{profile.title}”：{shown}{more}。"
        "请先改正（python main.py validate 工作区 可查看全部）。"
    )


def _nothing(profile: Profile, domain: str | None) -> str:
    scope = f"“{domain_name(domain)}”领域" if domain else "目录"
    return (
        f"{scope}中没有可导出的事项，不能导出空的“{profile.title}”。"
        "请先从标准指引加入事项（目录 › 从标准指引添加事项）。"
    )


def _unchanged(profile: Profile, domain: str | None) -> str:
    scope = f"“{domain_name(domain)}”领域" if domain else "目录"
    return (
        f"{scope}自上次确认被省级系统接收的上传以来没有新增或修改的事项，"
        f"没有生成“{profile.title}”文件。"
    )


def _incomplete(profile: Profile, missing: MissingItems, confirmed: int | None) -> str:
    told = (
        f"确认的缺项数 {confirmed} 与实际的 {missing.count} 个不符，目录已有变化。"
        if confirmed is not None
        else ""
    )
    return (
        f"{told}标准指引中还有 {missing.count} 个适用事项既未编入也未标为不适用"
        f"（{missing.summary()}），导出的“{profile.title}”将缺少这些事项。"
        f"请补齐，或标为不适用并写明原因；确实要这样导出，须确认缺项数 {missing.count}。"
    )


def _parts(profile: Profile, items: list[Item]) -> list[tuple[str, list[Item]]]:
    if profile.by_domain:
        groups: dict[str, list[Item]] = {}
        for item in items:
            groups.setdefault(item.domain, []).append(item)
        parts = [(f"-{domain_name(code)}", group) for code, group in groups.items()]
    else:
        parts = [("", items)]
    if profile.max_rows > 0:
        split = []
        for suffix, group in parts:
            chunks = [
                group[i : i + profile.max_rows] for i in range(0, len(group), profile.max_rows)
            ]
            if len(chunks) == 1:
                split.append((suffix, group))
            else:
                split += [(f"{suffix}-{n}", chunk) for n, chunk in enumerate(chunks, start=1)]
        parts = split
    return parts or [("", [])]


def _write(profile, target, items, units, home, today) -> WriteReport:
    if profile.layout == "official":
        day = (today or date.today()).isoformat()
        return write_official(target, official_sheets(items, home, day, units))
    return write_tables(target, profile_tables(profile, items, units))


def _is_upload(name: str) -> bool:
    try:
        return load_profile(name).is_upload
    except GkmlError:
        return False


def _reserve(out_dir: Path, stem: str) -> Path:
    """A new file's name, taken at once (``O_EXCL``) so no other export can write to it:
    ``stem.xlsx``, else ``stem-2.xlsx``… (exports are named by the second)."""
    for number in range(1, 1000):
        target = out_dir / (f"{stem}.xlsx" if number == 1 else f"{stem}-{number}.xlsx")
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return target
    raise ExportRefused(
        f"文件夹 {out_dir} 中已有太多同名的导出文件（{stem}），请换一个文件夹。", []
    )


def _safe_file_name(name: str) -> str:
    return "".join("_" if c in '<>:"/\\|?*' else c for c in name)
