"""Lone surrogates out of what a file was read into, before anything meets them.

A lone half of a UTF-16 pair cannot come out of a strict UTF-8 or GB18030 decode, nor
out of python-calamine; it comes out of a JSON escape (the full layout keeps lists as
JSON, and ``"\\ud800"`` is valid JSON). Python text holds it, but SQLite, every file
writer and the console refuse it with a UnicodeEncodeError. So it is replaced by U+FFFD
as the file is read, and the clerk is told where.
"""

from __future__ import annotations

import dataclasses

from ..domain.errors import Location
from ..domain.model import FIELD_LABELS, Item
from ..domain.text import LONE_SURROGATE, replace_surrogates

_TEXT_FIELDS = [
    f.name for f in dataclasses.fields(Item) if f.type in ("str", "str | None", "tuple[str, ...]")
]


def clean_rows(rows: list, rejected: list, notes: list[str]) -> None:
    """Replace lone surrogates in ``rows`` (CatalogRow) and ``rejected`` (their reasons)
    in place; one note per cell.

    >>> clean_rows(catalog.rows, catalog.rejected, catalog.notes)  # doctest: +SKIP
    """
    for row in rows:
        cells = [(row, "unit_name", "单位名称"), (row, "division_code", "区划代码")]
        cells += [(row.item, name, FIELD_LABELS.get(name, name)) for name in _TEXT_FIELDS]
        for owner, name, label in cells:
            value = getattr(owner, name)
            if isinstance(value, tuple):
                if not any(LONE_SURROGATE.search(part) for part in value):
                    continue
                setattr(owner, name, tuple(replace_surrogates(part) for part in value))
            elif isinstance(value, str) and LONE_SURROGATE.search(value):
                setattr(owner, name, replace_surrogates(value))
            else:
                continue
            notes.append(
                f"{_at(row.location, label)}：含有无效的字符（不成对的代理码位，多由其他软件"
                "转换出错造成），已换成“\ufffd”，请核对这一格。"
            )
    for index, refusal in enumerate(rejected):
        if LONE_SURROGATE.search(refusal.reason):
            rejected[index] = dataclasses.replace(
                refusal, reason=replace_surrogates(refusal.reason)
            )


def _at(location: Location, column: str) -> Location:
    return dataclasses.replace(location, column=column)
