"""Finding a catalog sheet's header and what each column holds, as a person reads it.

The header is the row with the most known headings among the first rows (titles and
notes come first), with a second row of leaves under merged parents in the official
layout (全社会 | 特定群体, 主动 | 依申请, 县级 | 乡级). Real catalogs add their own
ways, each read for what it means and said in a note: a 公开层级 column with a single
level leaf (镇级) over √ ticks, headings cut off by a narrow column (公开, 主体), a
公开属性 column that holds 主动公开/依申请公开 beside a 公开方式 column that says how
the text is published (全文发布), and headings in 繁体 (公開層級, 鎮級).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..domain.hanzi import has_traditional
from ..domain.headers import PUBLIC_FIELDS, field_for_heading, heading_key, indirect_field
from ..domain.model import FIELD_LABELS
from ..domain.vocab import canonical_audience, canonical_levels, canonical_method
from .sheets import Sheet
from .xlsx_stream import column_letter

#: Header rows are looked for among the first rows of a sheet (titles and notes come first).
HEADER_SEARCH_ROWS = 20
_MIN_HEADINGS = 3
_PARENTHETICAL = re.compile(r"\((.*?)\)")
#: Leaves under these parents are tick columns even when they stand alone (公开层级 / 镇级).
_TICK_PARENTS = frozenset({"levels", "audience", "method"})
#: Data rows looked at to tell which of two columns claiming a field really holds it.
_SAMPLE_ROWS = 200

#: Tick columns: the field they fill and how a leaf heading becomes a value.
_TICK_FIELDS = (
    ("audience", canonical_audience),
    ("method", canonical_method),
)
_VOCABULARY = {"method": canonical_method, "audience": canonical_audience}
_WORDS = {"method": "主动/依申请（像是发布的形式）", "audience": "全社会/特定群体"}


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column holds what, found from a sheet's header."""

    header_rows: tuple[int, ...]
    fields: dict[int, str]
    #: column -> (field, value) for tick columns, e.g. 5 -> ("audience", "全社会").
    ticks: dict[int, tuple[str, tuple[str, ...]]]
    unmapped: tuple[tuple[int, str], ...] = ()
    #: (column, heading, field) read from an indirect heading (公开属性, a cut-off 公开).
    indirect: tuple[tuple[int, str, str], ...] = ()
    #: (column, heading, field) of a column naming a field another column already holds.
    contested: tuple[tuple[int, str, str], ...] = ()

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def mapped(self) -> set[str]:
        return {*self.fields.values(), *(f for f, _ in self.ticks.values())}


def find_columns(sheet: Sheet) -> Columns | None:
    """The header (one row, or two with merged parents) and what each column holds."""
    best_row, best_score = -1, 0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score = sum(1 for cell in row if cell and _classify(cell) is not None)
        if score > best_score:
            best_row, best_score = index, score
    if best_score < _MIN_HEADINGS:
        return None
    top = sheet.rows[best_row]
    below = sheet.rows[best_row + 1] if best_row + 1 < len(sheet.rows) else []
    two_rows = _is_sub_header(below) or _is_leaf_row(top, below)
    width = max(len(top), len(below) if two_rows else 0)
    fields: dict[int, str] = {}
    ticks: dict[int, tuple[str, tuple[str, ...]]] = {}
    unmapped: list[tuple[int, str]] = []
    indirect: list[tuple[int, str, str]] = []
    contested: list[tuple[int, str, str]] = []
    for column in range(width):
        heading = top[column] if column < len(top) else ""
        leaf = below[column] if two_rows and column < len(below) else ""
        text = leaf or heading
        if not text.strip():
            continue
        shown = " ".join(text.split())
        kind = _classify(text)
        if kind is None and leaf and heading:
            kind = _classify(heading)
        if kind is None:
            stands_for = indirect_field(text)
            if stands_for is None:
                unmapped.append((column, shown))
            else:
                indirect.append((column, shown, stands_for))
        elif kind[0] == "tick":
            ticks[column] = (kind[1], kind[2])
        elif kind[1] == "levels" and (named := _named_levels(text)):
            ticks[column] = ("levels", named)  # 公开层级（镇级）over √ ticks
        elif kind[1] not in fields.values():
            fields[column] = kind[1]
        else:
            contested.append((column, shown, kind[1]))
    header_rows = (best_row, best_row + 1) if two_rows else (best_row,)
    columns = Columns(header_rows, fields, ticks, tuple(unmapped), (), tuple(contested))
    return _place_indirect(columns, indirect)


def column_notes(sheet: Sheet, columns: Columns) -> tuple[Columns, list[str]]:
    """Settle columns that claim the same field by what they hold, and say what was done.

    Example: E 列“公开属性” holds 主动公开 and F 列“公开方式” holds 全文发布, so E is
    read as 公开方式 and F is left out, and both notes say so.
    """
    columns, settled = _settle_contested(sheet, columns)
    where = f"工作表“{sheet.name}”"
    notes = []
    for column, heading, field in sorted(columns.indirect):
        label = FIELD_LABELS[field]
        if field == "method":
            meaning = f"写的是主动公开/依申请公开，按“{label}”读取"
        else:
            meaning = f"像是被截短的“{label}”，已按“{label}”读取，请核对"
        notes.append(f"{where}{column_letter(column)} 列的标题是“{heading}”，{meaning}。")
    notes += settled
    header = [cell for index in columns.header_rows for cell in sheet.rows[index]]
    if any(has_traditional(cell) for cell in header):
        notes.append(f"{where}的表头是繁体字，已按简体识别栏目和规范用语；文字按原样保存。")
    return columns, notes


def _place_indirect(columns: Columns, indirect: list[tuple[int, str, str]]) -> Columns:
    """Indirect headings take the field they stand for, unless a plain heading holds it."""
    fields = dict(columns.fields)
    placed: list[tuple[int, str, str]] = []
    contested = list(columns.contested)
    unmapped = list(columns.unmapped)
    for column, heading, stands_for in indirect:
        field = stands_for or _only_missing(columns, fields)
        if not field:
            unmapped.append((column, heading))
        elif field in fields.values() or field in {f for f, _ in columns.ticks.values()}:
            contested.append((column, heading, field))
        else:
            fields[column] = field
            placed.append((column, heading, field))
    return replace(
        columns,
        fields=fields,
        unmapped=tuple(sorted(unmapped)),
        indirect=tuple(placed),
        contested=tuple(contested),
    )


def _only_missing(columns: Columns, fields: dict[int, str]) -> str:
    """The one 公开… element no column holds (what a bare 公开 heading was), else ""."""
    held = {*fields.values(), *(f for f, _ in columns.ticks.values())}
    missing = [field for field in PUBLIC_FIELDS if field not in held]
    return missing[0] if len(missing) == 1 else ""


def _settle_contested(sheet: Sheet, columns: Columns) -> tuple[Columns, list[str]]:
    """Two columns for one vocabulary field: the one whose values are that vocabulary wins."""
    notes: list[str] = []
    if not columns.contested:
        return columns, notes
    fields = dict(columns.fields)
    indirect = list(columns.indirect)
    where = f"工作表“{sheet.name}”"
    for column, heading, field in columns.contested:
        holder = next((c for c, f in fields.items() if f == field), None)
        label = FIELD_LABELS[field]
        if holder is None:  # tick columns (主动 | 依申请) hold it
            notes.append(
                f"{where}{column_letter(column)} 列“{heading}”与勾选的“{label}”栏重复，"
                f"未读取；“{label}”按勾选读取。"
            )
            continue
        canonical = _VOCABULARY.get(field)
        if canonical is None:
            notes.append(
                f"{where}{column_letter(column)} 列“{heading}”与 {column_letter(holder)} 列"
                f"同为“{label}”，只读取了 {column_letter(holder)} 列。"
            )
            continue
        theirs = _recognized(sheet, columns, holder, canonical)
        ours = _recognized(sheet, columns, column, canonical)
        if ours > theirs:
            loser, fields[column] = holder, field
            del fields[holder]
            indirect = [entry for entry in indirect if entry[0] != holder]
            indirect.append((column, heading, field))
        else:
            loser = column
        example = _first_value(sheet, columns, loser)
        kept = next(c for c, f in fields.items() if f == field)
        notes.append(
            f"{where}{column_letter(loser)} 列写的是“{example}”等，不是{_WORDS[field]}，"
            f"未读取；“{label}”按 {column_letter(kept)} 列读取。"
        )
    return replace(columns, fields=fields, indirect=tuple(indirect), contested=()), notes


def _recognized(sheet: Sheet, columns: Columns, column: int, canonical) -> int:
    rows = sheet.rows[columns.first_data_row : columns.first_data_row + _SAMPLE_ROWS]
    return sum(1 for row in rows if column < len(row) and canonical(row[column]) is not None)


def _first_value(sheet: Sheet, columns: Columns, column: int) -> str:
    for row in sheet.rows[columns.first_data_row :]:
        if column < len(row) and row[column].strip():
            return " ".join(row[column].split())
    return ""


#: Longer cells among the first rows are data (a 3.5-million-character one took 2 s to
#: normalise as a would-be heading); the longest synonym is ~30 characters.
_LONGEST_HEADING = 200


def _classify(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """("field", key, ()) for a column heading, ("tick", field, values) for a tick leaf."""
    if len(text) > _LONGEST_HEADING:  # an item's text, not a heading: not worth normalising
        return None
    key = heading_key(text)
    plain = _PARENTHETICAL.sub("", key) or key
    for candidate in (key, plain):
        found = field_for_heading(candidate)
        if found is not None:
            return ("field", found, ())
    for candidate in (key, plain):
        for tick_field, canonical in _TICK_FIELDS:
            value = canonical(candidate)
            if value is not None:
                return ("tick", tick_field, (value,))
        levels = canonical_levels(candidate)
        if levels:
            return ("tick", "levels", levels)
    return None


def _named_levels(heading: str) -> tuple[str, ...]:
    """The levels a 公开层级 heading names in brackets: 公开层级（镇级） → 乡级."""
    for inside in _PARENTHETICAL.findall(heading_key(heading)):
        levels = canonical_levels(inside)
        if levels:
            return levels
    return ()


def _is_sub_header(row: list[str]) -> bool:
    """A second header row holds leaves (一级事项, 全社会, 主动, 县级 …) and nothing else."""
    cells = [cell for cell in row if cell.strip()]
    if not cells:
        return False
    known = [cell for cell in cells if _classify(cell) is not None]
    return len(known) >= 2 and len(known) >= len(cells) - 1


def _is_leaf_row(top: list[str], row: list[str]) -> bool:
    """A second header row with only tick leaves under their parents: 公开层级 over 镇级.

    A township's own catalog prints one level, so the row below the header holds a
    single 镇级 and the cells under it are √; that leaf, not "√", is the level."""
    filled = [(column, cell) for column, cell in enumerate(row) if cell.strip()]
    if not filled:
        return False
    for column, cell in filled:
        kind = _classify(cell)
        if kind is None or kind[0] != "tick":
            return False
        parent = _parent_field(top, column)
        if parent != kind[1] or parent not in _TICK_PARENTS:
            return False
    return True


def _parent_field(top: list[str], column: int) -> str | None:
    """The field of the heading over ``column``, or of the merged heading left of it."""
    for index in range(min(column, len(top) - 1), -1, -1):
        if top[index].strip():
            kind = _classify(top[index])
            return kind[1] if kind is not None and kind[0] == "field" else None
    return None
