"""繁体 → 简体, one character for one, so that 繁体 catalogs are read like simplified ones.

Catalogs typed on PCs set up for 繁体, or passed through a font converter, print
公開層級, 政府網站, 隨時公布 and 幸福鎮人民政府. Headings, vocabularies, channels, time
limits, duplicates and place names compare on the simplified form; the stored text
stays as typed.

A character table (``traditional.json``, taken from OpenCC's TSCharacters list) rather
than a converter library: OpenCC's phrase tables matter when converting simplified to
traditional, where one simplified character has several traditional ones; the other way
a character table is right for all but a few characters (乾/干, 著/着) that no heading or
vocabulary uses. The table loads in ~5 ms (mostly compiling its regex) where the
``opencc`` wheel takes ~40 ms to start and ~12 µs a call, and the pure-Python ports
~230 ms; a text without any 繁体 character, nearly all of them, is cleared by one regex
search (~1.5 µs). One character for one also keeps every string's length, so a match
found in the simplified form points at the same characters of the original. Names
and domains in 繁体 (社會救助, 幸福鎮) resolve and compare like their 简体 forms too.
"""

from __future__ import annotations

import json
import re

from ..resources import package_path

_TABLE = json.loads(package_path("domain", "traditional.json").read_text(encoding="utf-8"))
_TO_SIMPLIFIED = str.maketrans(_TABLE["traditional"], _TABLE["simplified"])
_ANY_TRADITIONAL = re.compile(f"[{_TABLE['traditional']}]")
del _TABLE


def simplified(text: str) -> str:
    """``text`` with every 繁体 character replaced by its simplified form, same length.

    Example::

        simplified("公開層級")  # "公开层级"
    """
    if _ANY_TRADITIONAL.search(text) is None:
        return text
    return text.translate(_TO_SIMPLIFIED)


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds any 繁体 character (for saying so to the clerk)."""
    return _ANY_TRADITIONAL.search(text) is not None
