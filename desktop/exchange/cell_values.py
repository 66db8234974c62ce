"""List cells of catalog tables: 公开渠道和载体 and 公开层级 as written in real files.

A channel cell is a ■/□ checklist (the official template), a list joined by 、 or
；, a numbered list (1.政府网站; 2.其他) or, in the full backup layout, a JSON array
(a channel may contain 、). The list numbers are not part of the channel names.
"""

from __future__ import annotations

import json
import re

from ..domain.text import NUMBERING, split_list, without_numbering
from ..domain.vocab import canonical_levels

_CHOSEN_MARKS = "■▄◆▲√✓✔☑●t"
_UNCHOSEN_MARKS = "□口☐〇○"
_CHECKLIST = re.compile(
    f"([{_CHOSEN_MARKS}{_UNCHOSEN_MARKS}])\\s*([^{_CHOSEN_MARKS}{_UNCHOSEN_MARKS}]+)"
)
_LIST_SEPARATORS = re.compile(r"[、，,；;\n\r\t ]+")
#: A list number inside a numbered list: "1.政府网站2.其他" has two entries.
_INNER_NUMBER = re.compile(r"[(（]\d{1,2}[)）]|(?<![\d.．(（])\d{1,2}[.．、)）](?![\d.．])")


def parse_channels(text: str) -> tuple[str, ...]:
    """A 公开渠道和载体 cell as a list: the ■ ones of a ■/□ checklist, else the listed ones.

    Example::

        parse_channels("1.政府网站; 2.其他")  # ("政府网站", "其他")
    """
    if not text.strip():
        return ()
    listed = _json_list(text)
    if listed is not None:
        return listed
    marked = _CHECKLIST.findall(text)
    if marked:
        return tuple(
            name.strip(" 、，,；;\n")
            for mark, name in marked
            if mark in _CHOSEN_MARKS and name.strip(" 、，,；;\n")
        )
    return _listed(text)


def parse_levels(text: str) -> tuple[str, ...]:
    """A 公开层级 cell: 县级、乡级 as text, or a heading-like value such as 乡、村级."""
    listed = _json_list(text)
    if listed is not None:
        return listed
    whole = canonical_levels(text)
    if whole:
        return whole
    return _listed(text)


def parse_exact_list(text: str) -> tuple[str, ...]:
    """A list cell of the full backup layout (see ``split_list``); the JSON arrays that
    backups written before 、-joined lists hold are read too."""
    listed = _json_list(text)
    return listed if listed is not None else split_list(text)


def _listed(text: str) -> tuple[str, ...]:
    """Entries of a 、/；-separated list; a numbered list loses its numbers."""
    stripped = text.strip()
    if NUMBERING.match(stripped):
        stripped = _INNER_NUMBER.sub("、", stripped)
    parts = (without_numbering(part) for part in _LIST_SEPARATORS.split(stripped))
    return tuple(part for part in parts if part)


def _json_list(text: str) -> tuple[str, ...] | None:
    """Backups from earlier versions wrote lists as JSON arrays."""
    if not text.startswith("["):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, list) and all(isinstance(entry, str) for entry in value):
        return tuple(value)
    return None
