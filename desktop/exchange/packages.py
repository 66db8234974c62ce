"""Submission packages (``.gkbs``): one file a unit sends to the level above (or below).

A zip of a signed ``manifest.json`` (who sends, to whom, when, and the size and
SHA-256 of every member), ``units.json`` and ``items.json`` (the catalog with its
stable ids and revisions, deleted items included so deletions travel), and a
``目录.xlsx`` copy for people who open it in WPS. The receiver reads it only
through :func:`read_package`: sizes bounded, names fixed, hashes and the Ed25519
signature checked, JSON parsed into plain values; nothing in it is ever executed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..domain.errors import GkmlError, Location
from ..domain.model import Item, Unit
from ..store.files import atomic_output
from ..store.identity import identity
from ..store.item_rows import unit_row
from ..store.review import APPROVE, RETURN, Opinion, opinions
from ..store.workspace import Workspace
from .layouts import official_sheets
from .xlsx_writer import write_official

SUFFIX = ".gkbs"
FORMAT = "gkml-package"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
UNITS, ITEMS, REVIEW, COPY = "units.json", "items.json", "review.json", "目录.xlsx"
KINDS = ("submit", "return", "distribute")
#: Bounds for a package from anyone: a county's 200,000 items are ~250 MB of JSON.
MAX_FILE = 512 * 1024 * 1024
MAX_MEMBER = {MANIFEST: 1024 * 1024, SIGNATURE: 1024, UNITS: 16 * 1024 * 1024}
_OPINION_FIELDS = ("item_id", "unit_id", "action", "reason", "reviewer", "at")
MAX_DATA = 400 * 1024 * 1024
MAX_ITEMS = 300_000

_ITEM_TEXT = (
    "domain", "name", "level1", "content", "basis", "time_limit", "subject", "method",
    "audience", "category", "link", "service_code", "status", "not_applicable_reason",
    "unit_id", "created_at", "updated_at",
)  # fmt: skip
_ITEM_OPTIONAL = ("template_item_id", "template_version", "confirmed_at", "deleted_at")


class PackageError(GkmlError):
    """A package that cannot be taken: damaged, tampered with, or not for this workspace."""

    code = "package"


@dataclass(frozen=True, slots=True)
class Party:
    """A sending or receiving unit as a manifest names it."""

    name: str
    level: str
    division_code: str
    unit_id: str = ""

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "level": self.level,
            "division_code": self.division_code,
            "unit_id": self.unit_id,
        }


@dataclass(slots=True)
class Package:
    path: Path
    sha256: str
    package_id: str
    kind: str
    created_at: str
    sender: Party
    sender_workspace: str
    public_key: str
    receiver: Party
    template_versions: dict[str, str] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    #: review opinions: a return package's on the receiver's items; a submission's on
    #: the sender's own sub-units (the county sees how each township reviewed)
    opinions: list[Opinion] = field(default_factory=list)


def parent_code(division_code: str) -> str:
    """The 12-digit code of the unit above: a village's township, a township's county.

    Example: ``parent_code("330102001001") == "330102001000"``.
    """
    if len(division_code) != 12 or not division_code.isdigit():
        return ""
    if division_code[9:] != "000":
        return division_code[:9] + "000"
    if division_code[6:] != "000000":
        return division_code[:6] + "000000"
    return ""


def write_package(
    workspace: Workspace, out: Path, receiver: Party, *, kind: str = "submit"
) -> Path:
    """Write this workspace's catalog (every unit it holds) as a signed package; a
    ``return`` package carries only the review opinions on the receiver's items.

    ``out`` is a folder (the file is named ``单位-YYYYmmdd-HHMMSS.gkbs``) or a file path.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    home = workspace.home_unit
    me = identity(workspace)
    created = datetime.now().astimezone().isoformat(timespec="microseconds")
    out = Path(out)
    if out.is_dir():
        out = _unused(out / f"{home.name}-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}")
    if kind == "return":
        units, items = [], []
        said = opinions(workspace, receiver.unit_id)
    else:
        units = [unit_row(unit) for unit in workspace.units()]
        items = workspace.items() + workspace.items(deleted=True)
        said = opinions(workspace)
    data = {
        UNITS: _json_bytes(units),
        ITEMS: _json_bytes([_item_json(item) for item in items]),
        REVIEW: _json_bytes([_opinion_json(opinion) for opinion in said]),
    }
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / COPY
        own = [item for item in items if item.unit_id == home.id and item.deleted_at is None]
        write_official(copy, official_sheets(own, home, created[:10]))
        data[COPY] = copy.read_bytes()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": uuid.uuid4().hex,
        "kind": kind,
        "created_at": created,
        "app_version": __version__,
        "sender": Party(home.name, home.level, home.division_code, home.id).to_json(),
        "sender_workspace": me.workspace_id,
        "public_key": me.public_key,
        "receiver": receiver.to_json(),
        "template_versions": _template_versions(items),
        "members": {
            name: {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
            for name, body in data.items()
        },
    }
    manifest_bytes = _json_bytes(manifest)
    with atomic_output(out) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(me.sign(manifest_bytes)))
        for name, body in data.items():
            archive.writestr(name, body)
    return out


def read_package(path: Path) -> Package:
    """Read and verify a package; raises :class:`PackageError` with a Chinese sentence."""
    path = Path(path)
    where = Location(path=str(path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise PackageError(f"报送包太大（{size // 1024 // 1024} MB），不是正常的目录。", where)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackageError("找不到这个报送包文件。", where) from None
    except OSError as exc:
        raise PackageError(f"无法读取报送包（{exc.strerror or exc}）。", where) from exc
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise PackageError("这不是报送包，或文件不完整（可能没有传完）。", where) from None
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        expected = {MANIFEST, SIGNATURE, UNITS, ITEMS, REVIEW, COPY}
        if set(infos) != expected:
            extra = sorted(set(infos) - expected) or sorted(expected - set(infos))
            raise PackageError(f"报送包的内容不对（{'、'.join(extra)}），不予接收。", where)
        manifest_bytes = _member(archive, infos[MANIFEST], MAX_MEMBER[MANIFEST], where)
        manifest = _manifest(manifest_bytes, where)
        signature = _member(archive, infos[SIGNATURE], MAX_MEMBER[SIGNATURE], where)
        _verify(manifest, manifest_bytes, signature, where)
        bodies = {}
        for name in (UNITS, ITEMS, REVIEW, COPY):
            declared = manifest["members"].get(name) or {}
            body = _member(archive, infos[name], MAX_MEMBER.get(name, MAX_DATA), where)
            if len(body) != declared.get("size") or (
                hashlib.sha256(body).hexdigest() != declared.get("sha256")
            ):
                raise PackageError(
                    f"报送包中的 {name} 与清单不符（被改动过或已损坏），不予接收。", where
                )
            bodies[name] = body
    units = [_unit(raw_unit, where) for raw_unit in _json(bodies[UNITS], list, where)]
    raw_items = _json(bodies[ITEMS], list, where)
    if len(raw_items) > MAX_ITEMS:
        raise PackageError(f"报送包中的事项超过 {MAX_ITEMS} 个，不予接收。", where)
    return Package(
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        package_id=manifest["package_id"],
        kind=manifest["kind"],
        created_at=manifest["created_at"],
        sender=_party(manifest["sender"], where),
        sender_workspace=str(manifest["sender_workspace"]),
        public_key=manifest["public_key"],
        receiver=_party(manifest["receiver"], where),
        template_versions=dict(manifest.get("template_versions") or {}),
        units=units,
        items=[_item(raw_item, where) for raw_item in raw_items],
        opinions=[_opinion(raw, where) for raw in _json(bodies[REVIEW], list, where)],
    )


# -- reading, defensively --------------------------------------------------------------


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, where) -> bytes:
    if info.file_size > limit or info.flag_bits & 0x1:
        raise PackageError(f"报送包中的 {info.filename} 太大或已加密，不予接收。", where)
    try:
        with archive.open(info) as member:
            body = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageError(f"报送包已损坏（{info.filename} 读不出来）。", where) from exc
    if len(body) > limit:
        raise PackageError(f"报送包中的 {info.filename} 太大，不予接收。", where)
    return body


def _json(body: bytes, kind: type, where):
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise PackageError("报送包中的数据读不出来（不是完整的 JSON）。", where) from exc
    if not isinstance(value, kind):
        raise PackageError("报送包中的数据格式不对。", where)
    return value


def _manifest(body: bytes, where) -> dict:
    manifest = _json(body, dict, where)
    if manifest.get("format") != FORMAT:
        raise PackageError("这不是公开目录编制工具的报送包。", where)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise PackageError("报送包由更新版本的程序生成，请先升级程序再接收。", where)
    for key in ("package_id", "kind", "created_at", "public_key", "sender_workspace"):
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            raise PackageError(f"报送包清单缺少 {key}。", where)
    if manifest["kind"] not in KINDS:
        raise PackageError(f"报送包的类别“{manifest['kind']}”无法识别。", where)
    if not isinstance(manifest.get("members"), dict):
        raise PackageError("报送包清单缺少文件列表。", where)
    return manifest


def _verify(manifest: dict, body: bytes, signature: bytes, where) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["public_key"]))
        key.verify(base64.b64decode(signature), body)
    except (InvalidSignature, ValueError) as exc:
        raise PackageError("报送包的签名不对（清单被改动过），不予接收。", where) from exc


def _party(value: object, where) -> Party:
    if not isinstance(value, dict):
        raise PackageError("报送包清单中的单位信息不完整。", where)
    texts = {key: value.get(key, "") for key in ("name", "level", "division_code", "unit_id")}
    if not all(isinstance(text, str) for text in texts.values()):
        raise PackageError("报送包清单中的单位信息格式不对。", where)
    return Party(**texts)


def _unit(value: object, where) -> Unit:
    if not isinstance(value, dict):
        raise PackageError("报送包中的单位格式不对。", where)
    try:
        return Unit(
            id=str(value["id"]),
            name=str(value["name"]),
            level=str(value["level"]),
            division_code=str(value.get("division_code") or ""),
            parent_id=value.get("parent_id") if isinstance(value.get("parent_id"), str) else None,
            contact=str(value.get("contact") or ""),
        )
    except (KeyError, GkmlError) as exc:
        raise PackageError(f"报送包中有一个单位读不出来（{exc}）。", where) from exc


def _item(value: object, where) -> Item:
    """One item from the package's JSON, every field of the type it must have (a county's
    package has 50,000: plain type checks, no per-field generator)."""
    if type(value) is not dict or type(value.get("id")) is not str:
        raise PackageError("报送包中有一个事项格式不对。", where)
    get = value.get
    fields: dict[str, object] = {"id": value["id"]}
    for key in _ITEM_TEXT:
        text = get(key, "")
        if type(text) is not str:
            raise _not_text(value, key, where)
        fields[key] = text
    for key in _ITEM_OPTIONAL:
        text = get(key)
        if text is not None and type(text) is not str:
            raise _not_text(value, key, where)
        fields[key] = text
    for key in ("channels", "levels"):
        entries = get(key) or []
        if type(entries) is not list or any(type(entry) is not str for entry in entries):
            raise _not_text(value, key, where)
        fields[key] = entries
    for key in ("seq", "revision"):
        number = get(key, 0)
        if type(number) is not int:
            raise _not_text(value, key, where)
        fields[key] = number
    try:
        return Item(**fields)  # type: ignore[arg-type]
    except GkmlError as exc:
        raise PackageError(f"报送包中的事项 {value['id']} 读不出来：{exc}", where) from exc


def _opinion(value: object, where) -> Opinion:
    if type(value) is not dict or any(type(value.get(k)) is not str for k in _OPINION_FIELDS):
        raise PackageError("报送包中有一条审核意见格式不对。", where)
    if value["action"] not in (APPROVE, RETURN):
        raise PackageError(f"报送包中的审核意见“{value['action']}”无法识别。", where)
    return Opinion(*(value[key] for key in _OPINION_FIELDS))


def _not_text(value: dict, key: str, where) -> PackageError:
    return PackageError(f"报送包中的事项 {value['id']} 的 {key} 格式不对。", where)


# -- writing ---------------------------------------------------------------------------


def _unused(path: Path) -> Path:
    """``path``, or ``name-2``, ``name-3`` … when a package of the same second is there."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _item_json(item: Item) -> dict[str, object]:
    values = item.values()
    values["channels"] = list(item.channels)
    values["levels"] = list(item.levels)
    return values


def _opinion_json(opinion: Opinion) -> dict[str, str]:
    return {key: getattr(opinion, key) for key in _OPINION_FIELDS}


def _template_versions(items: list[Item]) -> dict[str, str]:
    return {i.domain: i.template_version for i in items if i.template_version}
