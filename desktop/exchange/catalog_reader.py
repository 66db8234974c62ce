"""Reading catalog tables as items: the official guideline layout and one-row-per-item layouts.

The official layout (see ``shared/reference/guideline-research.md`` §2) has a
title row, a two-row merged header whose leaves under 公开对象/公开方式/公开层级
are tick columns (全社会 | 特定群体, 主动 | 依申请, 县级 | 乡级), 一级事项 merged
down over its 二级事项, and channels written as a ■/□ checklist. Upload and
export layouts have one heading per column and the values as text. Both are
found by heading names and synonyms, wherever the header sits in the sheet
(:mod:`.catalog_header`); list cells are parsed in :mod:`.cell_values`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.domains import domains
from ..domain.errors import InvalidValue, Location
from ..domain.headers import HEADING_SYNONYMS
from ..domain.model import ELEMENT_FIELDS, FIELD_LABELS, Item
from ..domain.templates import TemplateSet
from ..domain.text import EXCEL_CELL_LIMIT
from ..domain.vocab import STATUSES, order_levels
from .catalog_header import Columns, column_notes, find_columns
from .cell_values import parse_channels, parse_exact_list, parse_levels
from .errors import NoHeader
from .guard import open_elsewhere
from .sheets import Sheet, read_sheets
from .surrogates import clean_rows
from .xlsx_stream import column_letter

_SAME_AS_ABOVE = frozenset({"同上", "同上。", "〃"})
_SAME_STARTS = ("同", "〃")
_UNTICKED = frozenset(
    {"", "×", "✗", "✘", "否", "无", "/", "-", "—", "□", "口", "☐", "0", "?", "？"}
)
_NOTE_ROW = re.compile(r"^\s*(注|备注|说明|填表|填报|审核|制表|联系人|注：|附)")


@dataclass(slots=True)
class CatalogRow:
    item: Item
    location: Location
    #: the unit the row names, if the file has unit columns (county files).
    unit_name: str = ""
    division_code: str = ""
    #: the row carried its own item id (full backup layout).
    has_id: bool = False
    #: the item fields the row's sheet has columns for (a re-import changes only those).
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row that cannot become an item, with where and why."""

    location: Location
    reason: str


@dataclass(slots=True)
class CatalogFile:
    """What a catalog file holds, and what the reader noticed on the way (plain Chinese)."""

    path: Path
    rows: list[CatalogRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    #: domain codes the sheets were recognized as (from titles, names or --domain).
    domains: list[str] = field(default_factory=list)
    #: sheet name -> the nine elements' fields no column of that sheet holds.
    absent: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def items(self) -> list[Item]:
        return [row.item for row in self.rows]

    def locations(self) -> dict[str, Location]:
        return {row.item.id: row.location for row in self.rows}


def read_catalog(path: Path, templates: TemplateSet, *, domain: str | None = None) -> CatalogFile:
    """Every item row of every visible sheet with a header; ``domain`` overrides titles."""
    path = Path(path)
    result = CatalogFile(path)
    sheets = read_sheets(path)
    owner = open_elsewhere(path)
    if owner is not None:
        result.notes.append(owner)
    found_header = False
    for sheet_no, sheet in enumerate(sheets, start=1):
        if not sheet.visible:
            result.notes.append(f"工作表“{sheet.name}”是隐藏的，未读取；如需校验请先取消隐藏。")
            continue
        columns = find_columns(sheet)
        if columns is None:
            if any(any(cell.strip() for cell in row) for row in sheet.rows):
                result.notes.append(f"工作表“{sheet.name}”中没有找到表头，未读取。")
            continue
        found_header = True
        sheet_domain = domain or _sheet_domain(path, sheet, columns, templates)
        if sheet_domain and sheet_domain not in result.domains:
            result.domains.append(sheet_domain)
        first_data = columns.first_data_row + 1
        hidden = [row for row in sheet.hidden_rows if row >= first_data]
        if hidden:
            rows_text = "、".join(str(row) for row in hidden)
            result.notes.append(
                f"工作表“{sheet.name}”第 {rows_text} 行是隐藏行，已一并读取，请核对是否需要。"
            )
        for reference in sheet.formulas_without_value:
            result.notes.append(
                f"工作表“{sheet.name}”{reference} 单元格是公式，但文件中没有保存计算结果，"
                "读到的是空白；请在 Excel 或 WPS 中打开并保存后再导入。"
            )
        columns, notes = column_notes(sheet, columns)
        result.notes.extend(notes)
        absent = tuple(key for key in ELEMENT_FIELDS if key not in columns.mapped())
        if absent:
            result.absent[sheet.name] = absent
        result.notes.extend(_skipped_notes(sheet, columns, absent))
        result.rows.extend(
            _rows(path, sheet, columns, sheet_domain or "", templates, sheet_no, result.rejected)
        )
        sheet.rows = []  # the items hold what is needed; a county's sheet is ~100 MB of lists
    if not found_header:
        raise NoHeader(
            "没有找到目录表头。表头应包含“事项名称（或二级事项）”“公开内容”“公开依据”"
            "“公开时限”“公开主体”等栏目名称。",
            Location(path=str(path)),
        )
    clean_rows(result.rows, result.rejected, result.notes)
    return result


def _skipped_notes(sheet: Sheet, columns: Columns, absent: tuple[str, ...]) -> list[str]:
    """One note per column left out; with the elements the table then lacks, what follows.

    A clerk who sees 200 "公开主体没有填写" errors must learn they come from one column
    whose heading was not recognized, not from 200 blank cells."""
    where = f"工作表“{sheet.name}”"
    notes = [
        f"{where}{column_letter(column)} 列“{heading}”不是目录栏目，未读取。"
        for column, heading in columns.unmapped
    ]
    if columns.unmapped and absent:
        labels = "”“".join(FIELD_LABELS[key] for key in absent)
        notes.append(
            f"{where}没有“{labels}”列，所以下面各行的“{labels}”都是空的，"
            "校验中的“没有填写”由此而来；如果上面未读取的列就是其中之一，"
            "请把它的列标题改为标准名称（如“公开主体”）后再校验或导入。"
        )
    return notes


def _sheet_domain(path: Path, sheet: Sheet, columns: Columns, templates: TemplateSet) -> str | None:
    """The title above the header, else the sheet's name, else the file's (社会救助目录.xlsx)."""
    candidates = [
        cell for row in sheet.rows[: columns.header_rows[0]] for cell in row if cell.strip()
    ]
    candidates += [sheet.name, path.stem]
    for text in candidates:
        template = templates.resolve(text.strip())
        if template is not None:
            return template.code
    return None


def _rows(
    path: Path,
    sheet: Sheet,
    columns: Columns,
    domain: str,
    templates: TemplateSet,
    sheet_no: int,
    rejected: list[Rejected],
) -> Iterable[CatalogRow]:
    """Item rows below the header; runs once per row of a 100,000-row file, so kept lean."""
    used = sorted({*columns.fields, *columns.ticks})
    keys = [columns.fields.get(column) for column in used]
    wanted = _ITEM_FIELDS | _BOOKKEEPING | {"domain", "unit_name", "division_code", "id"}
    text_at = [(position, key) for position, key in enumerate(keys) if key in wanted]
    present = {key for _, key in text_at}
    has_channels, has_levels = "channels" in present, "levels" in present
    has_level1, has_domain, has_id = "level1" in present, "domain" in present, "id" in present
    has_units = bool(present & {"unit_name", "division_code"})
    has_bookkeeping = bool(present & _BOOKKEEPING)
    ticks_at = [
        (position, *columns.ticks[column])
        for position, column in enumerate(used)
        if column in columns.ticks
    ]
    merged = _merged_values(sheet, columns.first_data_row)
    previous = [""] * len(used)
    last_level1 = ""
    # A full backup's lists are exact (、 between entries, escaped inside one).
    channels_of = _Memo(parse_exact_list if has_id else parse_channels)
    levels_of = _Memo(parse_exact_list if has_id else parse_levels)
    fields = frozenset(present | {tick_field for _, tick_field, _ in ticks_at})
    domain_of = _Memo(lambda text: _domain_code(text, templates))
    where = str(path)
    for index in range(columns.first_data_row, len(sheet.rows)):
        row = sheet.rows[index]
        width = len(row)
        cells = [row[column] if column < width else "" for column in used]
        overrides = merged.get(index)
        if overrides:
            for position, column in enumerate(used):
                if column in overrides:
                    cells[position] = overrides[column]
        if not has_id:  # a full backup is exact: 同上 there is the text 同上
            for position, value in enumerate(cells):
                if value.startswith(_SAME_STARTS) and value.strip() in _SAME_AS_ABOVE:
                    cells[position] = previous[position]
        filled = [position for position, value in enumerate(cells) if value and not value.isspace()]
        if _skip(cells, filled, keys):
            continue
        if max(map(len, cells)) > EXCEL_CELL_LIMIT:
            rejected.append(_too_long(cells, used, keys, Location(where, sheet.name, index + 1)))
            continue
        previous = cells
        values: dict[str, object] = {key: cells[position] for position, key in text_at}
        if ticks_at:
            _apply_ticks(values, cells, ticks_at)
        if has_channels and type(values.get("channels")) is str:
            values["channels"] = channels_of(values["channels"])
        if has_levels and type(values.get("levels")) is str:
            values["levels"] = levels_of(values["levels"])
        if has_level1 and not has_id:  # nor is a blank 一级事项 filled down
            level1 = values["level1"]
            if str(level1).strip():
                last_level1 = level1  # type: ignore[assignment]
            elif str(values.get("name", "")).strip():
                values["level1"] = last_level1
        location = Location(path=where, sheet=sheet.name, row=index + 1)
        item_domain = domain
        if has_domain:
            text = str(values.pop("domain")).strip()
            if text:
                item_domain, unknown = domain_of(text)
                if unknown:
                    rejected.append(Rejected(_at(location, FIELD_LABELS["domain"]), unknown))
                    continue
        unit_name = division_code = item_id = ""
        if has_units:
            unit_name = str(values.pop("unit_name", "")).strip()
            division_code = str(values.pop("division_code", "")).strip()
        try:
            if has_bookkeeping:
                values.update(_bookkeeping(values, location))
            if has_id:
                item_id = str(values.pop("id")).strip()
            unit = division_code or unit_name
            item = Item(
                domain=item_domain,
                id=item_id or f"{sheet_no}:{index + 1}",
                unit_id=f"unit:{unit}" if unit else "",
                **values,  # type: ignore[arg-type]
            )
        except InvalidValue as problem:
            rejected.append(Rejected(problem.location or location, problem.message))
            continue
        yield CatalogRow(item, location, unit_name, division_code, bool(item_id), fields)


def _too_long(
    cells: list[str], used: list[int], keys: list[str | None], location: Location
) -> Rejected:
    """A cell no spreadsheet can hold whole: storing it would make the workspace one that
    no longer exports (and Excel would cut it), so its row is left out and named."""
    position = next(p for p, value in enumerate(cells) if len(value) > EXCEL_CELL_LIMIT)
    letter = column_letter(used[position])
    heading = FIELD_HEADINGS.get(keys[position] or "", "")
    named = f"{letter} 列“{heading}”" if heading else f"{letter} 列"
    return Rejected(
        Location(location.path, location.sheet, location.row, letter),
        f"{named}有 {len(cells[position])} 个字符，超过单元格上限 {EXCEL_CELL_LIMIT}，"
        "这一行未导入；请精简这个单元格后再导入。",
    )


def _apply_ticks(
    values: dict[str, object], cells: list[str], ticks_at: list[tuple[int, str, tuple[str, ...]]]
) -> None:
    ticked: dict[str, list[str]] = {}
    for position, tick_field, tick_values in ticks_at:
        chosen = ticked.setdefault(tick_field, [])
        if cells[position].strip() not in _UNTICKED:
            chosen.extend(tick_values)
    for tick_field, chosen in ticked.items():
        if tick_field in values:
            continue
        if tick_field == "levels":
            values["levels"] = order_levels(chosen)
        else:
            # One 公开对象 and one 公开方式 per item; with both ticked, the first
            # (全社会, 主动) is the wider one.
            values[tick_field] = chosen[0] if chosen else ""


_BOOKKEEPING = frozenset(
    {
        "seq",
        "revision",
        "status",
        "template_item_id",
        "template_version",
        "created_at",
        "updated_at",
        "confirmed_at",
    }
)


def _bookkeeping(values: dict[str, object], location: Location) -> dict[str, object]:
    """Fields only the full backup layout carries: numbers, status, dates, template ids.

    Takes them out of ``values`` and returns them converted; blank ones are left out so
    the item keeps its defaults."""
    raw = {key: str(values.pop(key) or "").strip() for key in _BOOKKEEPING if key in values}
    extra: dict[str, object] = {}
    seq = raw.get("seq", "")
    if seq.isdigit():  # 序号 is informational in most layouts (1, 1.1, 0505, pasted headers)
        extra["seq"] = int(seq)
    revision = raw.get("revision", "")
    if revision:
        if not revision.isdigit() or int(revision) < 1:
            column = FIELD_HEADINGS["revision"]
            raise InvalidValue(f"“{column}”应为正整数，这里是“{revision}”。", _at(location, column))
        extra["revision"] = int(revision)
    status = raw.get("status", "")
    if status:
        if status not in STATUSES:
            raise InvalidValue(
                f"状态“{status}”无效，应为 {'、'.join(STATUSES)} 之一。", _at(location, "状态")
            )
        extra["status"] = status
    for key in ("template_item_id", "template_version", "created_at", "updated_at", "confirmed_at"):
        if raw.get(key):
            extra[key] = raw[key]
    return extra


def _at(location: Location, column: str) -> Location:
    return Location(location.path, location.sheet, location.row, column)


class _Memo:
    """A per-file cache for parsing cells whose values repeat down a column."""

    __slots__ = ("cache", "parse")

    def __init__(self, parse) -> None:
        self.parse = parse
        self.cache: dict[str, object] = {}

    def __call__(self, text: str):
        cache = self.cache
        if text in cache:
            return cache[text]
        found = cache[text] = self.parse(text)
        return found


def _domain_code(text: str, templates: TemplateSet) -> tuple[str, str]:
    """(code, "") for a domain's code, name or other name; ("", why) for unknown text.

    The sentence is the one ``--domain`` gives for a typo (是不是 社会救助？), so
    ``validate FILE`` and ``import`` say the same about the same row."""
    template = templates.resolve(text)
    if template is not None:
        return template.code, ""
    for known in domains():
        if text in (known.code, known.name):
            return known.code, ""
    closest = templates.closest(text)
    if closest is not None:
        return "", f"所属领域“{text}”无法识别。是不是 {closest.name}？"
    return "", f"所属领域“{text}”无法识别；请写领域的标准名称（如 社会救助）。"


def _merged_values(sheet: Sheet, first_row: int) -> dict[int, dict[int, str]]:
    """Row -> column -> value for cells inside merged ranges below the header."""
    values: dict[int, dict[int, str]] = {}
    for r0, c0, r1, c1 in sheet.merged:
        if r1 < first_row:
            continue
        value = sheet.cell(r0, c0)
        for r in range(max(r0, first_row), r1 + 1):
            for c in range(c0, c1 + 1):
                values.setdefault(r, {})[c] = value
    return values


def _skip(cells: list[str], filled: list[int], keys: list[str | None]) -> bool:
    """Blank rows, and section titles or notes (one cell of text outside the item columns)."""
    if not filled:
        return True
    if len(filled) == 1:
        position = filled[0]
        if keys[position] in (None, "seq", "domain") or _NOTE_ROW.match(cells[position]):
            return True
    return False


FIELD_HEADINGS = {key: names[0] for key, names in HEADING_SYNONYMS.items()}
_ITEM_FIELDS = frozenset(
    {
        "name",
        "channels",
        "levels",
        "level1",
        "content",
        "basis",
        "time_limit",
        "subject",
        "audience",
        "method",
        "category",
        "link",
        "service_code",
        "not_applicable_reason",
    }
)
