"""Where two versions of a text differ, character by character (for conflicts shown side by side).

Chinese has no spaces to split words on, so the comparison is per character;
difflib's matcher finds the longest common runs, and what is left on each side
is what a reviewer must look at.
"""

from __future__ import annotations

from difflib import SequenceMatcher

Spans = list[tuple[int, int]]


def differing_spans(left: str, right: str) -> tuple[Spans, Spans]:
    """The (start, end) runs of ``left`` and of ``right`` that the other lacks.

    Example::

        differing_spans("镇里改的内容", "村里改的内容")  # ([(0, 1)], [(0, 1)])
    """
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    ours: Spans = []
    theirs: Spans = []
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        if a_end > a_start:
            ours.append((a_start, a_end))
        if b_end > b_start:
            theirs.append((b_start, b_end))
    return ours, theirs
