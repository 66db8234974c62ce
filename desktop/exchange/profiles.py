"""Export profiles: the layout of a file a catalog goes out in, as data.

A profile names its columns (heading → item field, with value maps), its sheet
and split rules, whether export needs a catalog free of errors, and length
limits. Bundled profiles live beside this module; profiles a user makes (e.g.
from the province's blank upload template) live in the user's data folder, so
another province's layout is a new file, not new code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import GkmlError, Location
from ..domain.findings import ValidationProfile
from ..domain.headers import HEADING_SYNONYMS, field_for_heading, heading_key
from ..domain.model import FIELD_LABELS
from ..places import data_dir
from ..resources import package_path
from ..store.files import atomic_output

BUNDLED_DIR = package_path("exchange", "profiles")
SCHEMA_VERSION = 1
LAYOUTS = ("rows", "official")
#: Fields a column may carry: every item field, the unit's name and division code, and
#: "blank" for a column the province's template has but the catalog does not fill.
#: "row_number" numbers the rows of each sheet 1, 2, 3 … (a template's 序号 column).
COLUMN_FIELDS = frozenset(HEADING_SYNONYMS) | {"blank", "row_number"}
#: What each column field is called in messages and the profile dialog.
COLUMN_LABELS: dict[str, str] = {
    **{key: names[0] for key, names in HEADING_SYNONYMS.items()},
    **FIELD_LABELS,
    "row_number": "序号（按行编号）",
    "blank": "（留空）",
}


_BY_LABEL = {heading_key(label): key for key, label in COLUMN_LABELS.items()}
_BY_LABEL[heading_key("留空")] = "blank"


class ProfileError(GkmlError):
    code = "profile"


def column_field(text: str) -> str | None:
    """The column field ``text`` names: a code, the Chinese label the mapping printed, or a
    heading of the synonym table, so that ``--map 备注=五公开类别`` works as shown.

    Example::

        column_field("五公开类别")  # "category"
    """
    text = text.strip()
    if text in COLUMN_FIELDS:
        return text
    key = heading_key(text)
    return _BY_LABEL.get(key) or field_for_heading(text)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    field: str
    width: int = 16
    #: value -> what the file shows instead (e.g. 主动 -> 主动公开)
    map: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    title: str
    layout: str
    columns: tuple[Column, ...]
    kind: str = "upload"
    about: str = ""
    requires_valid: bool = True
    sheet: str = "公开事项"
    #: how list fields (channels, levels) become one cell
    list_separator: str = "、"
    #: lists written so that they read back exactly (:func:`desktop.domain.text.join_list`)
    list_escape: bool = False
    by_domain: bool = False
    max_rows: int = 0
    max_length: dict[str, int] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    #: rows a province's template has above its header (title, 填报单位 …), written as-is.
    title_rows: tuple[tuple[str, ...], ...] = ()
    path: Path | None = None

    @property
    def is_upload(self) -> bool:
        return self.kind == "upload"

    def validation(self) -> ValidationProfile:
        return ValidationProfile(self.title, self.required, self.max_length)


def user_profiles_dir() -> Path:
    return data_dir() / "profiles"


def profile_names() -> list[str]:
    """Bundled profiles first, then the user's own, by name."""
    names = [p.stem for p in sorted(BUNDLED_DIR.glob("*.json"))]
    folder = user_profiles_dir()
    if folder.is_dir():
        names += [p.stem for p in sorted(folder.glob("*.json")) if p.stem not in names]
    return names


def load_profile(name: str) -> Profile:
    """A profile by name (user profiles may not shadow bundled ones) or by file path."""
    candidates = [BUNDLED_DIR / f"{name}.json", user_profiles_dir() / f"{name}.json"]
    if name.endswith(".json"):
        candidates.insert(0, Path(name))
    for path in candidates:
        if path.is_file():
            return read_profile(path)
    raise ProfileError(f"找不到导出格式“{name}”。可用的格式：{'、'.join(profile_names())}。")


def read_profile(path: Path) -> Profile:
    where = Location(path=str(path))
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError(f"导出格式文件无法读取：{exc}", where) from exc
    return parse_profile(data, where, Path(path))


def parse_profile(data: object, where: Location, path: Path | None = None) -> Profile:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
        raise ProfileError("不是本程序的导出格式文件（schema 应为 1）。", where)
    layout = data.get("layout")
    if layout not in LAYOUTS:
        raise ProfileError(f"导出格式的 layout 应为 {' 或 '.join(LAYOUTS)}。", where)
    columns = []
    for number, raw in enumerate(data.get("columns", ()), start=1):
        if not isinstance(raw, dict) or raw.get("field") not in COLUMN_FIELDS:
            raise ProfileError(f"第 {number} 列的 field 不是已知的栏目。", where)
        columns.append(
            Column(
                header=str(raw.get("header") or raw["field"]),
                field=raw["field"],
                width=int(raw.get("width", 16)),
                map=dict(raw.get("map", {})),
            )
        )
    if layout == "rows" and not columns:
        raise ProfileError("导出格式没有任何列。", where)
    split = data.get("split", {})
    return Profile(
        name=str(data.get("name") or (path.stem if path else "")),
        title=str(data.get("title") or data.get("name") or ""),
        layout=layout,
        columns=tuple(columns),
        kind=str(data.get("kind", "upload")),
        about=str(data.get("about", "")),
        requires_valid=bool(data.get("requires_valid", True)),
        sheet=str(data.get("sheet", "公开事项")),
        list_separator=str(data.get("list_separator", "、")),
        list_escape=bool(data.get("list_escape", False)),
        by_domain=bool(split.get("by_domain", False)),
        max_rows=int(split.get("max_rows", 0)),
        max_length={str(k): int(v) for k, v in data.get("max_length", {}).items()},
        required=tuple(data.get("required", ())),
        title_rows=_title_rows(data.get("title_rows", ()), where),
        path=path,
    )


def _title_rows(raw: object, where: Location) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list | tuple) or not all(isinstance(row, list | tuple) for row in raw):
        raise ProfileError("导出格式的 title_rows 应为若干行文字。", where)
    return tuple(tuple(str(cell or "") for cell in row) for row in raw)


def profile_data(profile: Profile) -> dict[str, object]:
    """A profile as its JSON document (for saving one made from a template)."""
    return {
        "schema": SCHEMA_VERSION,
        "name": profile.name,
        "title": profile.title,
        "about": profile.about,
        "kind": profile.kind,
        "layout": profile.layout,
        "requires_valid": profile.requires_valid,
        "sheet": profile.sheet,
        "list_separator": profile.list_separator,
        "list_escape": profile.list_escape,
        "split": {"by_domain": profile.by_domain, "max_rows": profile.max_rows},
        "columns": [
            {
                "header": c.header,
                "field": c.field,
                "width": c.width,
                **({"map": c.map} if c.map else {}),
            }
            for c in profile.columns
        ],
        "max_length": profile.max_length,
        "required": list(profile.required),
        **({"title_rows": [list(row) for row in profile.title_rows]} if profile.title_rows else {}),
    }


def save_user_profile(profile: Profile) -> Path:
    """Write a profile into the user's profile folder (temp file, fsync, atomic replace)."""
    if (BUNDLED_DIR / f"{profile.name}.json").exists():
        raise ProfileError(f"“{profile.name}”是程序自带的格式名称，请换一个名称。")
    folder = user_profiles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{profile.name}.json"
    text = json.dumps(profile_data(profile), ensure_ascii=False, indent=2) + "\n"
    with atomic_output(target) as temp:
        temp.write_text(text, encoding="utf-8")
    return target
