"""Text primitives of validation: comparison keys and the hygiene of pasted Chinese text.

Clerks paste from Word, web pages and WeChat; what comes along is invisible
(zero-width spaces, control characters, U+3000 and no-break spaces). Stored
text always stays as typed; these functions give comparison keys and the
cleaned values that one-click fixes offer.
"""

from __future__ import annotations

import re
import unicodedata

from .hanzi import simplified

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
#: Half of a UTF-16 pair with no other half: Python text can hold one (a JSON \ud800
#: escape makes it), but no UTF-8 writer can, SQLite's included.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

#: Values that stand for "nothing here" in real tables.
PLACEHOLDERS = frozenset(
    {"无", "暂无", "空", "略", "待定", "待补充", "n/a", "na", "null", "none", "nil"}
)
_LONGEST_PLACEHOLDER = max(len(p) for p in PLACEHOLDERS)
_PUNCTUATION_ONLY = re.compile(r"[\W_]*")

#: A list number in front of a value: 1.1主要文艺演出活动, 1.政府网站, 2、其他, (3), 一、, （二）.
#: Digits alone are not one (12345政务服务热线, 2023年度预算): it takes a dot, a 、 or brackets.
NUMBERING = re.compile(
    r"\s*(?:[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|\d{1,3}(?:[.．]\d{1,3})*[.．、)）](?![\d.．])|\d{1,3}(?:[.．]\d{1,3})+(?![\d.．])"
    r"|[一二三四五六七八九十]{1,3}、)\s*"
)


def comparison_key(text: str) -> str:
    """NFKC, no invisible characters, whitespace collapsed, case folded, 简体, no list
    number in front: for comparing only.

    Example::

        comparison_key("1.1 主要文藝演出") == comparison_key("主要文艺演出")  # True
    """
    folded = unicodedata.normalize("NFKC", INVISIBLE.sub("", text))
    key = " ".join(simplified(folded).split()).casefold()
    if key[:1] in _NUMBER_STARTS:
        return without_numbering(key)
    return key


def without_numbering(text: str) -> str:
    """``text`` without the list number in front of it (``1.政府网站`` → ``政府网站``).

    Stored text keeps its numbers; comparing, recognizing vocabularies and splitting lists
    use this, so a numbered catalog reads like an unnumbered one.
    """
    found = NUMBERING.match(text)
    if found is None or found.end() == len(text):
        return text
    return text[found.end() :]


_NUMBER_STARTS = frozenset("0123456789(（一二三四五六七八九十")


def is_blank(text: str) -> bool:
    """Empty, only spaces and invisible characters, or a placeholder such as 无 or ／."""
    if len(text) > _LONGEST_PLACEHOLDER and SUSPECT.search(text) is None:
        return _PUNCTUATION_ONLY.fullmatch(text) is not None
    key = comparison_key(CONTROL.sub("", text))
    return key in PLACEHOLDERS or _PUNCTUATION_ONLY.fullmatch(key) is not None


def replace_surrogates(text: str) -> str:
    """Each lone surrogate becomes U+FFFD (the replacement character), which every writer takes.

    >>> replace_surrogates("政府网站\\ud800")
    '政府网站\ufffd'
    """
    return LONE_SURROGATE.sub("\ufffd", text)


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
