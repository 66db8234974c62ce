"""Checks on one string: citations, time limits, place names, pasted-text hygiene.

Each is a plain function of its text; :mod:`.item_checks` memoizes them per
distinct value, so their cost is paid once per wording, not once per item.
"""

from __future__ import annotations

import re
import unicodedata

from .hanzi import simplified
from .text import (
    CONTROL,
    INVISIBLE,
    ODD_SPACE,
    SUSPECT,
    remove_control,
    remove_invisible,
    tidy_spaces,
)

_CITATION = re.compile(
    r"《[^《》]+》|〈[^〈〉]+〉"  # a title in 书名号
    r"|[〔［\[]\d{4}[〕］\]]\s*\d+\s*号|令第?\s*\d+\s*号"  # a document number
)
_TIME_FORM = re.compile(
    r"[\d一二三四五六七八九十两百]+\s*个?\s*(?:工作日|自然日|日|天|小时|个月|月|周|年|学期)"
    r"|实时|即时|长期|及时|随时|常年|常态|动态|定期|同步|当日|当天|当年|次年|全程|每|按[年季月周]"
    r"|半年|季度|[月年]底|[月年]末|[月年]初|前公开|之前|期间|阶段|公示期"
)
#: An ellipsis at either end (…, ⋯, ..., 。。。): where a web page or a copy cut the cell off.
_CUT_OFF = re.compile(r"(?:[…⋯]|\.{3}|。{3})[\s\u3000]*$|^[\s\u3000]*(?:[…⋯]|\.{3}|。{3})")
#: Openings never closed again: a title, aside or quotation cut off in the middle.
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"))
#: Closings never opened (the start cut off); not brackets, which number lists: 1）2）.
_HEAD_PAIRS = (("《", "》"), ("“", "”"))
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)

_PLACE = re.compile(
    r"([\u4e00-\u9fff]{1,8}?(?:街道|镇|乡|村|社区))"
    r"(?=人民政府|政府|办事处|党委|党工委|党总支|村民委员会|居民委员会|村委会|居委会"
    r"|$|[、，,;；:：\s（()）])"
)
#: Characters that make a place name generic (各乡镇, 所在村, 行政村, 城乡社区 …).
_GENERIC_CHARS = frozenset(
    "各本该全每所在属辖区相关有当地其他涉及个两级某组乡镇村街道社区城农行政居县市"
)
#: Kinds of place, not places.
_GENERIC_PLACES = (
    "中心村",
    "贫困村",
    "试点村",
    "重点村",
    "示范村",
    "建制村",
    "自然村",
    "城中村",
    "移民村",
    "空心村",
    "边境村",
    "传统村",
    "特色小镇",
    "美丽乡村",
    "安置社区",
    "建制镇",
    "集镇",
    "小镇",
    "重点镇",
    "中心镇",
)


#: A kind of unit with no name, as the guideline templates print 公开主体: 乡镇人民政府,
#: 街道办事处, 行政村, 村（居）委会, optionally followed by a department (乡镇人民政府民政办).
_UNIT_KIND = r"(?:各|本|所在)?(?:乡镇|乡|镇|街道|行政村|村|社区|居)+"
_ORGAN = (
    r"(?:人民政府|政府|街道办事处|办事处|村民委员会|居民委员会|村委会|居委会|委会|委员会"
    r"|党委|党工委|两委)"
)
_KIND_ALONE = re.compile(_UNIT_KIND)
_KIND_ORGAN = re.compile(f"{_UNIT_KIND}{_ORGAN}+")
_SUBJECT_PARTS = re.compile(r"[、，,；;/\s]+|(?<=[府处会委])[和及与]")
_BRACKETS = str.maketrans("", "", "()（）〔〕[]【】")


def is_generic_subject(text: str) -> bool:
    """Whether 公开主体 names only kinds of unit (乡镇人民政府, 行政村), not a unit.

    Example::

        is_generic_subject("乡（镇）人民政府")  # True
        is_generic_subject("幸福镇人民政府")  # False
    """
    plain = simplified(unicodedata.normalize("NFKC", text)).translate(_BRACKETS)
    parts = [part for part in _SUBJECT_PARTS.split(plain) if part]
    for part in parts:
        if _KIND_ALONE.fullmatch(part):
            continue
        organ = _KIND_ORGAN.match(part)
        if organ is None or place_names(part[organ.end() :]):
            return False
    return bool(parts)


def cites_document(text: str) -> bool:
    """Whether 公开依据 names a law or document: 《…》 or a document number such as 〔2019〕54号."""
    return _CITATION.search(text) is not None


def is_time_limit(text: str) -> bool:
    """Whether 公开时限 reads as a period a clerk can keep (20个工作日内, 实时, 每季度 …)."""
    return _TIME_FORM.search(simplified(unicodedata.normalize("NFKC", text))) is not None


def is_truncated(text: str) -> bool:
    """Whether ``text`` was visibly cut off: it ends (or starts) with an ellipsis (区卫…,
    信息形成20...), opens a 《title》, bracket or quotation and ends before closing it
    (《政府信息公开条例), or closes a title it never opened (…的公告》).

    Example: ``is_truncated("《中华人民共和国城乡规划法")`` is True,
    ``is_truncated("《城乡规划法》等（见附件）")`` False.
    """
    if _CUT_OFF.search(text):
        return True
    if any(text.rfind(opening) > text.rfind(closing) for opening, closing in _PAIRS):
        return True
    return any(
        -1 < text.find(closing) < text.find(opening) or (closing in text and opening not in text)
        for opening, closing in _HEAD_PAIRS
    )


def is_url(text: str) -> bool:
    return _URL.fullmatch(text.strip()) is not None


def place_names(text: str) -> list[str]:
    """Particular townships, sub-districts and villages named in ``text`` (淙城街道, 幸福村).

    Found on the 简体 form (幸福鎮 is a place too) and returned as written in ``text``.
    """
    names: list[str] = []
    for match in _PLACE.finditer(simplified(text)):
        name = match.group(1)
        if all(char in _GENERIC_CHARS for char in name) or name.endswith(_GENERIC_PLACES):
            continue
        written = text[match.start(1) : match.end(1)]
        if written not in names:
            names.append(written)
    return names


def hygiene(text: str) -> list[tuple[str, dict[str, object], str]]:
    """(rule, message parameters, cleaned text) for each kind of pasted-text dirt in ``text``."""
    if SUSPECT.search(text) is None:
        return []
    issues: list[tuple[str, dict[str, object], str]] = []
    control = len(CONTROL.findall(text))
    if control:
        issues.append(("control-chars", {"count": control}, remove_control(text)))
    invisible = len(INVISIBLE.findall(text))
    if invisible:
        issues.append(("invisible-chars", {"count": invisible}, remove_invisible(text)))
    if ODD_SPACE.search(text):
        issues.append(("spaces", {}, tidy_spaces(text)))
    return issues
