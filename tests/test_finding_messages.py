"""Findings carry their rule's values; every rule's template is filled by exactly them."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import make_item

from desktop.domain import Unit
from desktop.domain.findings import Context, Finding, ValidationProfile
from desktop.domain.rule_catalog import render_message, rule_catalog
from desktop.domain.templates import load_templates
from desktop.domain.validation import validate

TOWNSHIP = Unit(name="幸福镇人民政府", level="乡级", division_code="330102001000")

#: One item (or a pair, for duplicates) per rule, each triggering it.
TRIGGERS = {
    "missing-element": [make_item(basis="")],
    "template-gap": [
        make_item(domain="disaster-relief", template_item_id="disaster-relief-010", basis="")
    ],
    "truncated": [make_item(basis="《政府信息…")],
    "header-repeat": [make_item(name="事项名称")],
    "method-value": [make_item(method="随便")],
    "audience-value": [make_item(audience="随便")],
    "levels-value": [make_item(levels=("乡级", "某级"))],
    "vocab-synonym": [make_item(method="主动公开")],
    "level-mismatch": [make_item(levels=("县级",))],
    "channel-unknown": [make_item(channels=("乡镇大喇叭",))],
    "basis-citation": [make_item(basis="相关法规")],
    "time-limit-form": [make_item(time_limit="看情况")],
    "duplicate": [make_item(seq=1), make_item(seq=2)],
    "copied-unit": [make_item(subject="淙城街道办事处")],
    "generic-subject": [make_item(subject="乡镇人民政府")],
    "control-chars": [make_item(content="办理条件\x0b")],
    "invisible-chars": [make_item(content="办理\u200b条件")],
    "spaces": [make_item(content=" 办理条件")],
    "too-long": [make_item(content="字" * 40_000)],
    "profile-too-long": [make_item(content="字" * 11)],
    "profile-required": [make_item(link="")],
    "link-format": [make_item(link="www.example.gov.cn")],
    "stale": [make_item(confirmed_at="2020-01-01T10:00:00+08:00")],
    "review-returned": [make_item(status="退回修改")],
}
#: Rules about the catalog as a whole: any item of the township's triggers them.
WHOLE_CATALOG = ("template-missing", "domain-undeclared")


def findings_of(rule: str) -> list[Finding]:
    items = TRIGGERS.get(rule) or [make_item()]
    for item in items:
        item.unit_id = TOWNSHIP.id
    context = Context.for_unit(
        TOWNSHIP,
        templates=load_templates(),
        today=date(2026, 11, 25),
        workspace=True,
        profile=ValidationProfile("省级上传", required=("link",), max_length={"content": 10}),
    )
    return [f for f in validate(items, context).findings if f.rule == rule]


def test_every_rule_has_a_trigger_here():
    assert set(rule_catalog()) == {*TRIGGERS, *WHOLE_CATALOG}


@pytest.mark.parametrize("rule", list(rule_catalog()))
def test_findings_carry_exactly_the_params_their_template_names(rule):
    found = findings_of(rule)
    assert found, f"nothing triggered {rule}"
    template = rule_catalog()[rule]
    for finding in found:
        params = dict(finding.params)
        assert set(params) == template.placeholders
        assert finding.message == template.message.format_map(params)


def test_a_finding_renders_its_chinese_sentence_from_the_catalog():
    finding = Finding("missing-element", "error", (("label", "公开依据"),), "id", "basis")
    assert finding.message == "“公开依据”没有填写。"
    assert render_message("missing-element", finding.params) == finding.message
    assert finding.to_json()["params"] == {"label": "公开依据"}
