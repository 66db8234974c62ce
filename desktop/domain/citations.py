"""Laws and documents to cite in 公开依据, taken from what the guidelines themselves cite.

A clerk filling 公开依据 by hand tends to write “相关规定” or a half-remembered
title; the editor offers the titles the domain's guideline cites (most cited
first) so the field names a real document in 《》, the way the basis-citation
rule asks.
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


def cited_titles(text: str) -> list[str]:
    """The titles cited in 《》, in order, each once."""
    return list(dict.fromkeys(title.strip() for title in _TITLE.findall(text) if title.strip()))


def citation_suggestions(templates: TemplateSet | None, domain: str, limit: int = 15) -> list[str]:
    """Titles the domain's guideline cites, most cited first, then the general ones."""
    counts: Counter[str] = Counter()
    template = templates.get(domain) if templates is not None else None
    if template is not None:
        for row in template.items:
            counts.update(cited_titles(row.basis))
    titles = [title for title, _count in counts.most_common(limit)]
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
