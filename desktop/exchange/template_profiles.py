"""A profile from the province's own blank upload template.

No public specification of the provincial upload layout exists: offices receive it
as an empty xlsx. Its headings are mapped to fields through the same synonym table
as import; columns nobody recognizes are reported (the user picks, or they stay
blank columns so the file keeps the province's exact layout).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import Location
from ..domain.headers import field_for_heading, heading_key, indirect_field
from .errors import NoHeader
from .profiles import COLUMN_FIELDS, COLUMN_LABELS, Column, Profile, ProfileError, column_field
from .sheets import read_sheets
from .xlsx_stream import column_letter

BLANK = "blank"


@dataclass(slots=True)
class TemplateMapping:
    profile: Profile
    #: (column letter, heading) of columns no field was found for (exported blank).
    unmapped: list[tuple[str, str]] = field(default_factory=list)
    #: the template's column letter of each profile column (empty headings are skipped).
    letters: list[str] = field(default_factory=list)


def profile_from_template(
    path: Path, name: str, *, title: str = "", choices: dict[str, str] | None = None
) -> TemplateMapping:
    """Map a blank template's header row; ``choices`` maps a heading to a field by hand.

    A choice is a field code or the Chinese name the mapping shows (``{"备注": "五公开类别"}``).
    The rows above the header (the province's title, 填报单位 …) are kept for the export.
    """
    resolved = {}
    for heading, value in (choices or {}).items():
        chosen = column_field(value)
        if chosen is None:
            names = "、".join(COLUMN_LABELS[key] for key in sorted(COLUMN_FIELDS))
            raise ProfileError(f"“{value}”不是可用的栏目。可用：{names}。")
        resolved[heading_key(heading)] = chosen
    choices = resolved
    name = name.strip()
    if not name or any(c in name for c in '<>:"/\\|?*'):
        raise ProfileError('格式名称不能为空，也不能含有 < > : " / \\ | ? * 等字符。')
    for sheet in read_sheets(path):
        if not sheet.visible:
            continue
        best = max(
            range(min(len(sheet.rows), 20)),
            key=lambda i: sum(1 for cell in sheet.rows[i] if cell and field_for_heading(cell)),
            default=None,
        )
        if best is None:
            continue
        headings = [" ".join(cell.split()) for cell in sheet.rows[best]]
        if sum(1 for h in headings if h and field_for_heading(h)) < 2:
            continue
        columns, unmapped, letters = [], [], []
        for index, heading in enumerate(headings):
            if not heading:
                continue
            letters.append(column_letter(index))
            chosen = (
                choices.get(heading_key(heading))
                or field_for_heading(heading)
                or indirect_field(heading)  # 主体, 公开属性; a bare 公开 stays unmapped
                or None
            )
            if chosen == "seq":
                chosen = "row_number"  # a template's 序号 numbers the rows it is sent
            if chosen is None:
                unmapped.append((column_letter(index), heading))
                chosen = BLANK
            columns.append(
                Column(header=heading, field=chosen, width=max(8, min(40, 2 * len(heading) + 4)))
            )
        profile = Profile(
            name=name,
            title=title or name,
            layout="rows",
            columns=tuple(columns),
            kind="upload",
            about=f"由空白模板 {Path(path).name} 生成。",
            sheet=sheet.name,
            title_rows=tuple(_trimmed(row) for row in sheet.rows[:best]),
        )
        return TemplateMapping(profile, unmapped, letters)
    raise NoHeader(
        "模板中没有找到表头行（至少要能认出两个栏目，如“事项名称”“公开内容”）。",
        Location(path=str(path)),
    )


def _trimmed(row: list[str]) -> tuple[str, ...]:
    """A title row without the empty cells at its end (a blank row stays, as a spacer)."""
    cells = list(row)
    while cells and not cells[-1].strip():
        cells.pop()
    return tuple(cells)
