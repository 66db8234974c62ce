"""Every validation rule, with the Chinese edge cases clerks' pasted text brings."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from conftest import make_item
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Item, Unit
from desktop.domain.findings import Context, ValidationProfile
from desktop.domain.rule_catalog import SEVERITY_LABELS, rule_catalog
from desktop.domain.templates import load_templates
from desktop.domain.validation import LiveValidation, validate

TOWNSHIP = Unit(name="幸福镇人民政府", level="乡级", division_code="330102001000")


def check(*items: Item, **context: object) -> list[tuple[str, str | None]]:
    """(rule, field) of every finding, for items of the township."""
    for item in items:
        item.unit_id = TOWNSHIP.id
    report = validate(items, Context.for_unit(TOWNSHIP, **context))
    return [(f.rule, f.field) for f in report.findings]


def findings(item: Item, **context: object):
    item.unit_id = TOWNSHIP.id
    return validate([item], Context.for_unit(TOWNSHIP, **context)).findings


def test_a_complete_item_has_no_findings():
    assert check(make_item()) == []


def test_rule_catalog_has_words_for_every_rule_and_valid_severities():
    rules = rule_catalog()
    assert len(rules) >= 20
    for rule in rules.values():
        assert rule.severity in SEVERITY_LABELS
        assert rule.title and rule.description and rule.fix and rule.message


@pytest.mark.parametrize(
    "field", ["name", "content", "basis", "time_limit", "subject", "method", "audience"]
)
@pytest.mark.parametrize("blank", ["", "   ", "\u3000\u3000", "\u200b", "无", "/", "——"])
def test_missing_elements_are_errors(field, blank):
    found = findings(make_item(**{field: blank}))
    missing = [f for f in found if f.rule == "missing-element"]
    assert [(f.field, f.severity) for f in missing] == [(field, "error")]


def test_missing_list_elements():
    assert ("missing-element", "channels") in check(make_item(channels=()))
    assert ("missing-element", "levels") in check(make_item(levels=()))
    assert ("missing-element", "channels") in check(make_item(channels=(" ",)))


def test_not_applicable_items_are_not_held_to_the_elements():
    item = make_item(basis="", content="", not_applicable_reason="本镇无此业务")
    assert check(item) == []


def test_not_applicable_items_still_get_hygiene_findings():
    item = make_item(basis="", not_applicable_reason="本镇无此业务\x0b")
    assert check(item) == [("control-chars", "not_applicable_reason")]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "事项名称"),
        ("name", "二级事项"),
        ("basis", "公开依据"),
        ("content", "公开内容（要素）"),
        ("subject", "公 开 主 体"),
        ("time_limit", "公開時限"),
        ("method", "公开方式"),
        ("audience", "公开对象"),
        ("level1", "一级事项"),
    ],
)
def test_a_cell_repeating_its_heading_is_an_error(field, value):
    found = findings(make_item(**{field: value}))
    assert [(f.rule, f.severity) for f in found if f.field == field] == [("header-repeat", "error")]


def test_a_heading_of_another_column_is_not_a_pasted_header():
    assert ("header-repeat", "content") not in check(make_item(content="公开依据"))


@pytest.mark.parametrize(
    ("field", "value", "standard"),
    [
        ("method", "主动公开", "主动"),
        ("method", "依申请公开", "依申请"),
        ("method", "主動", "主动"),
        ("method", "主　动", "主动"),
        ("audience", "特定群众", "特定群体"),
        ("audience", "社会公众", "全社会"),
        ("audience", "全社會", "全社会"),
    ],
)
def test_synonyms_are_accepted_with_a_fix_to_the_standard_word(field, value, standard):
    found = findings(make_item(**{field: value}))
    synonym = [f for f in found if f.rule == "vocab-synonym"]
    assert len(synonym) == 1
    assert synonym[0].severity == "info"
    assert synonym[0].fix == (field, standard)
    assert standard in synonym[0].message


@pytest.mark.parametrize(("field", "value"), [("method", "公开"), ("audience", "老年人")])
def test_unknown_vocabulary_is_an_error(field, value):
    rule = {"method": "method-value", "audience": "audience-value"}[field]
    found = findings(make_item(**{field: value}))
    assert [(f.rule, f.severity) for f in found] == [(rule, "error")]
    assert value in found[0].message


def test_level_synonyms_are_fixed_to_the_standard_set():
    found = findings(make_item(levels=("区级", "镇级")))
    assert [(f.rule, f.fix) for f in found] == [("vocab-synonym", ("levels", ("县级", "乡级")))]


def test_combined_level_heading_covers_two_levels():
    found = findings(make_item(levels=("乡、村级",)))
    assert [f.fix for f in found] == [("levels", ("乡级", "村级"))]


def test_unknown_level_is_an_error():
    assert check(make_item(levels=("省级", "乡级"))) == [("levels-value", "levels")]


def test_township_item_without_its_own_level_is_a_warning():
    found = findings(make_item(levels=("县级",)))
    assert [(f.rule, f.severity) for f in found] == [("level-mismatch", "warning")]
    assert "乡级" in found[0].message


def test_county_catalog_may_hold_township_items():
    county = Unit(name="示范县人民政府", level="县级")
    item = make_item(levels=("乡级",), unit_id=county.id, subject="示范县民政局")
    assert validate([item], Context.for_unit(county)).findings == []


def test_no_level_check_without_a_level():
    item = make_item(levels=("县级",))
    assert validate([item], Context()).findings == []


def test_unknown_channel_is_a_warning_and_known_ones_match_across_widths():
    found = findings(
        make_item(channels=("政府网站", "社区／企事业单位／村公示栏（电子屏）", "乡镇大喇叭"))
    )
    assert [(f.rule, f.severity) for f in found] == [("channel-unknown", "warning")]
    assert "乡镇大喇叭" in found[0].message


def test_channels_named_by_a_template_are_known():
    item = make_item(channels=("党员、村民代表大会",))
    assert ("channel-unknown", "channels") not in check(item, templates=load_templates())
    assert check(item) == [("channel-unknown", "channels")]


@pytest.mark.parametrize(
    "basis",
    [
        "《中华人民共和国政府信息公开条例》",
        "依据国办发〔2019〕54号文件",
        "民发[2018]23号",
        "省政府令第12号",
    ],
)
def test_basis_citing_a_document_passes(basis):
    assert check(make_item(basis=basis)) == []


@pytest.mark.parametrize("basis", ["相关法律法规", "社会救助暂行办法", "上级文件"])
def test_basis_without_a_citation_is_a_warning(basis):
    assert check(make_item(basis=basis)) == [("basis-citation", "basis")]


@pytest.mark.parametrize(
    "limit",
    [
        "信息形成或变更之日起20个工作日内",
        "实时",
        "长期公开",
        "每年3月底前",
        "每季度",
        "自收到申请之日起二十个工作日内",
        "２０个工作日",
        "按季公布",
        "及时公开",
    ],
)
def test_recognized_time_limits_pass(limit):
    assert check(make_item(time_limit=limit)) == []


@pytest.mark.parametrize("limit", ["见附件", "按要求", "尽快"])
def test_unrecognized_time_limit_is_a_warning(limit):
    assert check(make_item(time_limit=limit)) == [("time-limit-form", "time_limit")]


def test_duplicates_compare_on_a_normalized_key_and_keep_the_text():
    first = make_item(seq=1)
    second = make_item(seq=2, level1="最低生活保障\u200b", name="办事指南 ")
    found = check(first, second)
    assert found.count(("duplicate", "name")) == 2
    assert second.name == "办事指南 "


def test_full_width_forms_are_duplicates():
    first = make_item(level1="（一）最低生活保障", seq=1)
    second = make_item(level1="(一)最低生活保障", seq=2)
    assert check(first, second).count(("duplicate", "name")) == 2


def test_same_name_under_another_level1_is_not_a_duplicate():
    first = make_item(level1="最低生活保障")
    second = make_item(level1="特困人员救助供养")
    assert check(first, second) == []


def test_same_item_in_another_domain_or_unit_is_not_a_duplicate():
    other_unit = Unit(name="美丽村村民委员会", level="村级")
    first = make_item()
    second = make_item(domain="elderly-care")
    third = make_item()
    for item in (first, second):
        item.unit_id = TOWNSHIP.id
    third.unit_id = other_unit.id
    report = validate([first, second, third], Context.for_unit(TOWNSHIP))
    assert report.findings == []


def test_duplicate_message_names_the_other_row():
    first, second = make_item(seq=3), make_item(seq=7)
    for item in (first, second):
        item.unit_id = TOWNSHIP.id
    report = validate([first, second], Context.for_unit(TOWNSHIP))
    messages = {f.item_id: f.message for f in report.findings}
    assert "序号 7" in messages[first.id]
    assert "序号 3" in messages[second.id]


@pytest.mark.parametrize(
    ("text", "count"),
    [("办事\x0b指南", 1), ("办事\x01\x02指南", 2), ("\x7f办事指南", 1)],
)
def test_control_characters_are_errors_with_a_fix(text, count):
    found = findings(make_item(content=text))
    assert [(f.rule, f.severity) for f in found] == [("control-chars", "error")]
    assert f"{count} 个" in found[0].message
    assert found[0].fix == (
        "content",
        text.replace("\x0b", "").replace("\x01", "").replace("\x02", "").replace("\x7f", ""),
    )


def test_line_breaks_and_tabs_are_fine():
    assert check(make_item(content="1.办理条件\n2.申请材料\r\n3.办理流程\t")) == [
        ("spaces", "content")
    ]
    assert check(make_item(content="1.办理条件\n2.申请材料")) == []


def test_zero_width_characters_are_warnings_with_a_fix():
    found = findings(make_item(name="办事\u200b指南\ufeff"))
    assert [(f.rule, f.fix) for f in found] == [("invisible-chars", ("name", "办事指南"))]


def test_odd_spaces_are_infos_with_a_fix():
    found = findings(make_item(subject="\u3000幸福镇\u3000人民政府 "))
    assert [(f.rule, f.severity, f.fix) for f in found] == [
        ("spaces", "info", ("subject", "幸福镇 人民政府"))
    ]


def test_hygiene_of_list_entries_fixes_just_that_entry():
    found = findings(make_item(channels=("政府网站", "公开查阅点\u200b")))
    assert [f.fix for f in found] == [("channels", ("政府网站", "公开查阅点"))]


def test_text_over_the_excel_cell_limit_is_an_error():
    found = findings(make_item(content="字" * 32768))
    assert [(f.rule, f.severity) for f in found] == [("too-long", "error")]


def test_link_format():
    assert check(make_item(link="https://www.example.gov.cn/zwgk/1.html")) == []
    assert check(make_item(link="www.example.gov.cn")) == [("link-format", "link")]
    assert check(make_item(link="http://exa mple.gov.cn")) == [("link-format", "link")]


def test_profile_requires_fields_and_limits_length():
    profile = ValidationProfile("省级上传", required=("link",), max_length={"content": 10})
    found = findings(make_item(content="字" * 11), profile=profile)
    assert sorted((f.rule, f.field) for f in found) == [
        ("profile-required", "link"),
        ("profile-too-long", "content"),
    ]
    assert "省级上传" in found[0].message


def test_subject_naming_another_township_is_flagged_naming_both():
    found = findings(make_item(subject="淙城街道办事处"))
    assert [(f.rule, f.severity) for f in found] == [("copied-unit", "warning")]
    assert "淙城街道" in found[0].message and "幸福镇人民政府" in found[0].message


def test_content_naming_another_village_is_flagged():
    found = findings(make_item(content="美丽村村民委员会公布低保对象名单"))
    assert [f.rule for f in found] == ["copied-unit"]


@pytest.mark.parametrize(
    "subject",
    [
        "幸福镇人民政府",
        "乡镇人民政府",
        "各乡镇人民政府(街道办事处)",
        "村民委员会",
        "社区居民委员会",
        "县民政局、乡镇人民政府",
        "行政村",
        "所在村（社区）",
    ],
)
def test_own_and_generic_names_are_not_copied(subject):
    assert ("copied-unit", "subject") not in check(make_item(subject=subject))


def test_units_of_the_workspace_are_not_other_units():
    item = make_item(subject="美丽村村民委员会")
    assert check(item, known_unit_names=("美丽村村民委员会",)) == []


TEMPLATES = load_templates()


def template_items(code: str, level: str) -> list[Item]:
    template = TEMPLATES.get(code)
    items = [row.to_item(template, TOWNSHIP) for row in template.items_for_level(level)]
    for item in items:
        item.unit_id = TOWNSHIP.id
    return items


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


def test_completeness_names_the_missing_template_item():
    items = template_items("social-assistance", "乡级")
    dropped = items.pop(2)
    report = validate(items, Context.for_unit(TOWNSHIP, templates=TEMPLATES))
    missing = [f for f in report.findings if f.rule == "template-missing"]
    assert len(missing) == 1
    assert missing[0].severity == "warning"
    assert dropped.name in missing[0].message
    assert missing[0].domain == "social-assistance"


def test_not_applicable_counts_as_included_and_own_wording_matches_by_name():
    items = template_items("social-assistance", "乡级")
    items[0].not_applicable_reason = "本镇无此业务"
    items[1].template_item_id = None
    items[1].name = items[1].name + "\u3000"
    report = validate(items, Context.for_unit(TOWNSHIP, templates=TEMPLATES))
    assert "template-missing" not in rules_of(report)


def test_domain_coverage_for_workspaces():
    items = template_items("social-assistance", "乡级")
    context = Context.for_unit(
        TOWNSHIP, templates=TEMPLATES, workspace=True, out_of_scope={"taxation": "本镇不涉及"}
    )
    report = validate(items, context)
    undeclared = {f.domain for f in report.findings if f.rule == "domain-undeclared"}
    assert "social-assistance" not in undeclared
    assert "taxation" not in undeclared
    assert "elderly-care" in undeclared
    assert "village-affairs" not in undeclared
    assert all(
        f.severity == "warning" and f.item_id is None
        for f in report.findings
        if f.rule == "domain-undeclared"
    )


def test_no_domain_coverage_outside_workspaces():
    report = validate(
        template_items("social-assistance", "乡级"), Context.for_unit(TOWNSHIP, templates=TEMPLATES)
    )
    assert "domain-undeclared" not in rules_of(report)


def test_freshness_counts_official_working_days():
    # 2026-10-01..07 is the National Day holiday and Saturday 10-10 a make-up working day.
    def stale(confirmed: str, today: date) -> bool:
        item = make_item(confirmed_at=f"{confirmed}T10:00:00+08:00")
        return check(item, today=today, freshness_days=20) == [("stale", None)]

    assert not stale("2026-10-10", date(2026, 11, 6))  # exactly 20 working days since
    assert stale("2026-10-09", date(2026, 11, 6))  # 21, counting the make-up Saturday
    # Counting Monday to Friday would say 22 days; the holiday week makes it 18.
    assert not stale("2026-09-30", date(2026, 10, 30))


def test_freshness_is_off_without_today_or_with_zero_days():
    item = make_item(confirmed_at="2020-01-01T10:00:00+08:00")
    assert check(item) == []
    assert check(item, today=date(2026, 11, 25), freshness_days=0) == []
    found = findings(item, today=date(2026, 11, 25))
    assert [(f.rule, f.severity) for f in found] == [("stale", "info")]
    assert "2020-01-01" in found[0].message and "20 个工作日" in found[0].message


def test_report_counts_everything_and_blocks_export_on_errors():
    items = [make_item(basis="", seq=i, name=f"事项{i}") for i in range(1, 300)]
    for item in items:
        item.unit_id = TOWNSHIP.id
    report = validate(items, Context.for_unit(TOWNSHIP))
    assert report.items == 299
    assert report.errors == 299 and report.warnings == 0
    assert report.blocks_export
    payload = report.to_json()
    assert payload["errors"] == 299 and len(payload["findings"]) == 299


def test_live_validation_rechecks_one_item_and_its_duplicates():
    first, second = make_item(seq=1), make_item(seq=2, level1="特困人员救助供养")
    for item in (first, second):
        item.unit_id = TOWNSHIP.id
    live = LiveValidation([first, second], Context.for_unit(TOWNSHIP))
    assert live.report().findings == []
    edited = dataclasses.replace(second, level1="最低生活保障")
    touched = live.update(edited)
    assert touched == {first.id, second.id}
    assert [f.rule for f in live.findings_for(first.id)] == ["duplicate"]
    fixed = dataclasses.replace(edited, name="审核信息", basis="")
    live.update(fixed)
    assert live.findings_for(first.id) == []
    assert [f.rule for f in live.findings_for(second.id)] == ["missing-element"]
    live.remove(second.id)
    assert live.report().findings == [] and live.report().items == 1


def test_live_validation_tracks_completeness_as_items_come_and_go():
    items = template_items("social-assistance", "乡级")
    live = LiveValidation(items[1:], Context.for_unit(TOWNSHIP, templates=TEMPLATES))
    assert rules_of(live.report()).count("template-missing") == 1
    live.update(items[0])
    assert "template-missing" not in rules_of(live.report())
    live.update(dataclasses.replace(items[0], deleted_at="2026-11-25T10:00:00+08:00"))
    assert rules_of(live.report()).count("template-missing") == 1


def test_item_and_domain_findings_add_up_to_the_report():
    """The findings panel updates by item and by domain after an edit; the pieces must be
    exactly the report's findings."""
    items = template_items("social-assistance", "乡级")
    context = Context.for_unit(TOWNSHIP, templates=TEMPLATES, workspace=True)
    live = LiveValidation(items[1:], context)
    live.update(dataclasses.replace(items[2], basis="", name=items[3].name))
    pieces = [f for item in items[1:] for f in live.findings_for(item.id)]
    domains = {f.domain for f in live.report().findings if f.item_id is None}
    assert "social-assistance" in domains and len(domains) > 1  # undeclared pilot domains
    pieces += [f for domain in domains for f in live.domain_findings(domain)]
    assert sorted(map(repr, pieces)) == sorted(map(repr, live.report().findings))
    assert live.item_count == len(items) - 1


def test_repeated_values_give_equal_findings_for_each_item():
    items = [make_item(basis="相关法规", name=f"事项{i}") for i in range(3)]
    found = findings_all = validate(items, Context()).findings
    assert [f.item_id for f in found] == [item.id for item in items]
    assert len({f.message for f in findings_all}) == 1


TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            list("主动依申请全社会特定群体县级乡级村级《》〔〕\u3000\u200b\x0b 　镇村街道社区")
        ),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(
    name=TEXT,
    level1=TEXT,
    content=TEXT,
    basis=TEXT,
    time_limit=TEXT,
    subject=TEXT,
    method=TEXT,
    audience=TEXT,
    link=TEXT,
    channels=st.lists(TEXT, max_size=3),
    levels=st.lists(TEXT, max_size=3),
    reason=TEXT,
)
def test_validation_never_raises_on_arbitrary_text(
    name,
    level1,
    content,
    basis,
    time_limit,
    subject,
    method,
    audience,
    link,
    channels,
    levels,
    reason,
):
    item = Item(
        domain="social-assistance",
        name=name,
        level1=level1,
        content=content,
        basis=basis,
        time_limit=time_limit,
        subject=subject,
        method=method,
        audience=audience,
        link=link,
        channels=tuple(channels),
        levels=tuple(levels),
        not_applicable_reason=reason,
        confirmed_at="2026-01-01T00:00:00+08:00",
        unit_id=TOWNSHIP.id,
    )
    context = Context.for_unit(
        TOWNSHIP,
        templates=TEMPLATES,
        today=date(2026, 11, 25),
        workspace=True,
        profile=ValidationProfile("p", ("link",), {"name": 5}),
    )
    report = validate([item, dataclasses.replace(item, id="other")], context)
    for finding in report.findings:
        assert finding.message
        assert {name for name, _ in finding.params} == rule_catalog()[finding.rule].placeholders
        assert finding.severity in SEVERITY_LABELS
        if finding.fix is not None:
            assert finding.fix.field == finding.field


def test_years_without_published_holidays_count_weekdays():
    from desktop.domain.workdays import freshness_cutoff, is_workday

    assert is_workday(date(2027, 1, 4)) and not is_workday(date(2027, 1, 2))
    assert freshness_cutoff(date(2027, 1, 29), 20) == date(2027, 1, 1)


def test_rules_document_is_generated_from_the_catalog():
    from conftest import ROOT

    from desktop.domain.rule_catalog import rules_markdown

    document = (ROOT / "docs" / "validation-rules.md").read_text(encoding="utf-8")
    assert document == rules_markdown(), "run: python build/make_docs.py"
