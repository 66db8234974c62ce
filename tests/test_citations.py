"""Help with 公开依据: the titles the guidelines cite, inserted in 《》."""

from __future__ import annotations

from desktop.domain.checks import cites_document
from desktop.domain.citations import (
    GENERAL,
    add_citation,
    citation_suggestions,
    cited_titles,
    quote_title,
)
from desktop.domain.templates import load_templates


def test_cited_titles_in_order_each_once():
    text = "《社会救助暂行办法》、《 信息公开条例 》及《社会救助暂行办法》；〔2014〕47号"
    assert cited_titles(text) == ["社会救助暂行办法", "信息公开条例"]
    assert cited_titles("相关规定") == []


def test_suggestions_are_the_domains_own_citations_then_the_general_ones():
    templates = load_templates()
    found = citation_suggestions(templates, "social-assistance")
    assert "国务院关于进一步加强和改进最低生活保障工作的意见" in found[:3]
    assert found[-1] == GENERAL[0]
    assert len(found) == len(set(found))
    other = citation_suggestions(templates, "household-registration")
    assert other[0] != found[0]
    assert citation_suggestions(None, "social-assistance") == list(GENERAL)


def test_adding_a_citation_joins_it_with_a_pause_mark_and_never_twice():
    text, cursor = add_citation("", 0, "社会救助暂行办法")
    assert (text, cursor) == ("《社会救助暂行办法》", 10)
    text, cursor = add_citation(text, cursor, "中华人民共和国政府信息公开条例")
    assert text == "《社会救助暂行办法》、《中华人民共和国政府信息公开条例》"
    assert cursor == len(text)
    assert add_citation(text, 3, "社会救助暂行办法") == (text, 3)
    text, _ = add_citation("依据：", 3, "社会救助暂行办法")
    assert text == "依据：《社会救助暂行办法》" and cites_document(text)
    text, cursor = add_citation("相关规定", 0, "社会救助暂行办法")
    assert (text, cursor) == ("《社会救助暂行办法》、相关规定", 10)
    assert add_citation("甲及乙", 1, "丙")[0] == "甲、《丙》及乙"


def test_quoting_the_selected_title():
    text = "社会救助暂行办法及相关规定"
    quoted, cursor = quote_title(text, 0, 8)
    assert quoted == "《社会救助暂行办法》及相关规定" and cursor == 10
    assert cites_document(quoted)
    assert quote_title("abc", 1, 1) == ("a《》bc", 2)
