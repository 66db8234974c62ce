"""Text primitives of validation: comparison keys and the hygiene of pasted Chinese text.

Clerks paste from Word, web pages and WeChat; what comes along is invisible
(zero-width spaces, control characters, U+3000 and no-break spaces). Stored
text always stays as typed; these functions give comparison keys and the
cleaned values that one-click fixes offer.
"""

from __future__ import annotations

import re
import unicodedata

#: Characters an xlsx file cannot hold (XML 1.0), minus tab and line breaks.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
#: Zero-width and direction marks: invisible, but they break duplicate checks and search.
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
#: Full-width and no-break spaces, and space at either end.
_SPACE = " \t\n\r\u3000\u00a0"
ODD_SPACE = re.compile(f"[\u3000\u00a0]|^[{_SPACE}]|[{_SPACE}]$")
#: Anything any hygiene rule looks at; most text has none, so one search clears it.
SUSPECT = re.compile(
    f"{CONTROL.pattern[:-1]}{INVISIBLE.pattern[1:-1]}\u3000\u00a0]|^[{_SPACE}]|[{_SPACE}]$"
)

EXCEL_CELL_LIMIT = 32767

#: Values that stand for "nothing here" in real tables.
PLACEHOLDERS = frozenset(
    {"无", "暂无", "空", "略", "待定", "待补充", "n/a", "na", "null", "none", "nil"}
)
_LONGEST_PLACEHOLDER = max(len(p) for p in PLACEHOLDERS)
_PUNCTUATION_ONLY = re.compile(r"[\W_]*")


def comparison_key(text: str) -> str:
    """NFKC, no invisible characters, whitespace collapsed, case folded: for comparing only."""
    folded = unicodedata.normalize("NFKC", INVISIBLE.sub("", text))
    return " ".join(folded.split()).casefold()


def is_blank(text: str) -> bool:
    """Empty, only spaces and invisible characters, or a placeholder such as 无 or ／."""
    if len(text) > _LONGEST_PLACEHOLDER and SUSPECT.search(text) is None:
        return _PUNCTUATION_ONLY.fullmatch(text) is not None
    key = comparison_key(CONTROL.sub("", text))
    return key in PLACEHOLDERS or _PUNCTUATION_ONLY.fullmatch(key) is not None


def remove_control(text: str) -> str:
    return CONTROL.sub("", text)


def remove_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


def tidy_spaces(text: str) -> str:
    """Full-width and no-break spaces become ordinary ones; both ends are trimmed."""
    return text.replace("\u3000", " ").replace("\u00a0", " ").strip(_SPACE)


#: How a list is written in a cell a clerk edits (the full backup layout): 、 between
#: entries, and a 、 or \ inside an entry written as \、 or \\ so it stays one entry.
LIST_SEPARATOR = "、"
_ESCAPE = "\\"


def join_list(values: tuple[str, ...]) -> str:
    """A list as editable text that :func:`split_list` reads back exactly.

    Example::

        join_list(("政府网站", "村务公开栏、公示栏"))  # '政府网站、村务公开栏\\、公示栏'
    """
    escaped = (
        value.replace(_ESCAPE, _ESCAPE * 2).replace(LIST_SEPARATOR, _ESCAPE + LIST_SEPARATOR)
        for value in values
    )
    return LIST_SEPARATOR.join(escaped)


def split_list(text: str) -> tuple[str, ...]:
    """The entries of a :func:`join_list` cell; a lone \\ before anything else is kept.

    Example::

        split_list("政府网站、村务公开栏\\、公示栏")  # ('政府网站', '村务公开栏、公示栏')
    """
    if not text:
        return ()
    entries: list[str] = []
    current: list[str] = []
    characters = iter(text)
    for character in characters:
        if character == _ESCAPE:
            following = next(characters, "")
            if following in (_ESCAPE, LIST_SEPARATOR):
                current.append(following)
            else:
                current.append(character + following)
        elif character == LIST_SEPARATOR:
            entries.append("".join(current))
            current = []
        else:
            current.append(character)
    entries.append("".join(current))
    return tuple(entries)
