"""Character-level differences, for conflicts shown side by side."""

from desktop.domain.text_diff import differing_spans


def test_only_the_characters_that_differ_are_marked():
    assert differing_spans("镇里改的内容", "村里改的内容") == ([(0, 1)], [(0, 1)])
    ours, theirs = differing_spans("收支明细", "收支明细、经手人")
    assert ours == [] and theirs == [(4, 8)]
    assert differing_spans("相同", "相同") == ([], [])
    assert differing_spans("", "新") == ([], [(0, 1)])
