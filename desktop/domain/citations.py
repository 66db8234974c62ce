"""Laws and documents to cite in 公开依据, taken from what the guidelines themselves cite.

A clerk filling 公开依据 by hand tends to write “相关规定” or a half-remembered
title; the editor offers the titles the domain's guideline cites (most cited
first) so the field names a real document in 《》, the way the basis-citation
rule asks. Only titles that hold where the unit is are offered: national ones, and
a province's own (《广东省工伤保险条例》) to units of that province only, recognised
from the title and the unit's division code (its first two digits are the province).
Local titles the templates keep in their notes (moved out of the guideline's wording)
are offered the same way.
"""

from __future__ import annotations

import re
from collections import Counter

from .templates import TemplateSet

_TITLE = re.compile(r"《([^《》]+)》")
#: what may come right before, and right after, a cited title without a 、
_OPENERS = "、，,；;：:（(“"
_CLOSERS = "、，,；;。.）)”及和等"
#: The basis of every disclosure item, offered in every domain.
GENERAL = ("中华人民共和国政府信息公开条例",)
#: Province-level divisions by the first two digits of a 统计用区划代码, with the short
#: names titles begin with (《浙江省…》, 《广西壮族自治区…》, 《上海市…》).
PROVINCES: dict[str, str] = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古",
    "21": "辽宁", "22": "吉林", "23": "黑龙江", "31": "上海", "32": "江苏",
    "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
    "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西",
    "46": "海南", "50": "重庆", "51": "四川", "52": "贵州", "53": "云南",
    "54": "西藏", "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏",
    "65": "新疆",
}  # fmt: skip
#: A title that starts with a city or county (《南昌市城市规划管理规定》): local, but its
#: province cannot be told from the title. 城市/都市 start national titles (《城市绿化条例》).
_CITY = re.compile(r"^(?!城市|都市)[\u4e00-\u9fff]{2,3}[市县州盟](?![容政场民级辖区域])")


def cited_titles(text: str) -> list[str]:
    """The titles cited in 《》, in order, each once."""
    return list(dict.fromkeys(title.strip() for title in _TITLE.findall(text) if title.strip()))


def title_province(title: str) -> str | None:
    """The province code (浙江 → "33") of a province's own law or document, None when the
    title names no province (a national title, or a city's whose province is unknown).

    Example: ``title_province("广东省工伤保险条例")`` is ``"44"``.
    """
    for code, name in PROVINCES.items():
        if title.startswith(name):
            return code
    return None


def is_local_title(title: str) -> bool:
    """Whether a title is a province's, city's or county's own, not a national one."""
    return title_province(title) is not None or _CITY.match(title) is not None


def citation_suggestions(
    templates: TemplateSet | None, domain: str, limit: int = 15, *, division_code: str = ""
) -> list[str]:
    """Titles the domain's guideline cites that hold for a unit with ``division_code``,
    most cited first, then the general ones.

    National titles are offered everywhere; a province's titles (from the rows' 公开依据,
    or kept in their notes) only when ``division_code`` starts with that province's code;
    a city's or county's never, since its province is not known from the title.

    Example::

        citation_suggestions(load_templates(), "social-insurance", division_code="440300000000")
        # [..., "广东省工伤保险条例", ...]; with "330102001000" it is not offered
    """
    province = division_code[:2]
    counts: Counter[str] = Counter()
    template = templates.get(domain) if templates is not None else None
    if template is not None:
        for row in template.items:
            counts.update(cited_titles(row.basis))
            for note in row.notes.values():
                counts.update(t for t in cited_titles(note) if is_local_title(t))
    usable = [
        title
        for title, _count in counts.most_common()
        if not is_local_title(title) or (province and title_province(title) == province)
    ]
    titles = usable[:limit]
    return titles + [title for title in GENERAL if title not in titles]


def add_citation(text: str, cursor: int, title: str) -> tuple[str, int]:
    """``text`` with 《title》 inserted at ``cursor``, set off by 、 from words on either
    side; returns the new text and the cursor after the title. A title already cited
    is not added twice."""
    if title in cited_titles(text):
        return text, cursor
    before, after = text[:cursor].rstrip(), text[cursor:].lstrip()
    lead = "、" if before and before[-1] not in _OPENERS else ""
    trail = "、" if after and after[0] not in _CLOSERS else ""
    inserted = f"{lead}《{title}》"
    return before + inserted + trail + after, len(before) + len(inserted)


def quote_title(text: str, start: int, end: int) -> tuple[str, int]:
    """Put the selected words in 书名号 (a title typed without them); returns the new text
    and the cursor after the closing 》."""
    words = text[start:end].strip("《》 ")
    if not words:
        return text[:start] + "《》" + text[end:], start + 1
    quoted = f"《{words}》"
    return text[:start] + quoted + text[end:], start + len(quoted)
