"""A clerk's first day: the bundled templates' data, their gaps, cut-off text, the laws
引用法规 offers, and a dashboard that is honest about what is left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_item, open_in_window

from desktop.cli import EXIT_FINDINGS, main
from desktop.domain import Unit
from desktop.domain.checks import is_truncated, place_names
from desktop.domain.citations import citation_suggestions, cited_titles, is_local_title
from desktop.domain.completeness import completeness, overall_percent
from desktop.domain.findings import Context, Finding
from desktop.domain.templates import load_templates
from desktop.domain.validation import validate
from desktop.store import create_workspace, open_workspace

TEMPLATES = load_templates()
TOWNSHIP = Unit(name="幸福镇人民政府", level="乡级", division_code="330102001000")
TEXTS = ("level1", "name", "content", "basis", "time_limit", "subject")


def rules(*items, **context):
    for item in items:
        item.unit_id = TOWNSHIP.id
    found = validate(items, Context.for_unit(TOWNSHIP, templates=TEMPLATES, **context)).findings
    return [(f.rule, f.field) for f in found if f.item_id]


# -- cut-off text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("subject", "区卫…"),
        ("basis", "《政府信息…"),
        ("time_limit", "信息形成20..."),
        ("content", "1.适用范围;2.审批依据;⋯"),
        ("basis", "《中华人民共和国城乡规划法"),
        ("basis", "…关于明确纳税信用管理若干业务口径的公告》"),
        ("content", "办理条件（包括申请"),
    ],
)
def test_visibly_cut_off_text_is_an_error_that_blocks_upload(field, text):
    found = rules(make_item(**{field: text}))
    assert found == [("truncated", field)]
    item = make_item(**{field: text})
    [finding] = [f for f in validate([item], Context.for_unit(TOWNSHIP)).findings if f.item_id]
    assert finding.severity == "error" and "被截断" in finding.message


@pytest.mark.parametrize(
    "text",
    ["《城乡规划法》等（见附件）", "1）办事指南 2）办理流程", "办理……等事项说明", "“一网通办”"],
)
def test_whole_text_is_not_taken_for_cut_off(text):
    assert not is_truncated(text)
    assert rules(make_item(content=text)) == []


def test_a_cut_off_channel_is_flagged_too():
    assert ("truncated", "channels") in rules(make_item(channels=("政府网站", "省级财政部门…")))


# -- the templates' own gaps ---------------------------------------------------------------


def gap_row():
    """A 乡级 row of the social-assistance template whose 公开依据 the sources did not show."""
    template = TEMPLATES.get("social-assistance")
    row = next(r for r in template.items_for_level("乡级") if not r.basis)
    assert row.notes["basis"], "a blank template cell says why in its note"
    return template, row


def test_a_blank_left_by_the_template_is_worded_as_the_templates_gap():
    template, row = gap_row()
    item = row.to_item(template, TOWNSHIP)
    item.unit_id = TOWNSHIP.id
    report = validate([item], Context.for_unit(TOWNSHIP, templates=TEMPLATES))
    [gap] = [f for f in report.findings if f.field == "basis"]
    assert (gap.rule, gap.severity) == ("template-gap", "error")
    assert gap.message == "“公开依据”：标准指引此栏未能取得，请对照本省转发的指引填写。"
    assert report.blocks_export
    item.basis = "《社会救助暂行办法》"
    assert ("template-gap", "basis") not in rules(item)


def test_a_blank_the_clerk_made_is_the_clerks_to_fix():
    template, row = gap_row()
    full = next(r for r in template.items_for_level("乡级") if r.basis)
    cleared = full.to_item(template, TOWNSHIP)
    cleared.basis = ""
    assert ("missing-element", "basis") in rules(cleared)
    own = make_item(basis="")  # no template behind it
    assert rules(own) == [("missing-element", "basis")]
    # a template row's blank does not excuse an item from another template's row
    other = make_item(domain="taxation", template_item_id=row.id, basis="")
    assert ("missing-element", "basis") in rules(other)


def test_the_editor_shows_the_templates_gap_wording(qtbot, workspace):
    template, row = gap_row()
    [item] = workspace.add_items([row.to_item(template, workspace.home_unit)])
    window = open_in_window(qtbot, workspace)
    window.editor_panel.show_item(item.id)
    text = window.editor_panel.editor.form.itemFindings.text()
    assert "标准指引此栏未能取得，请对照本省转发的指引填写" in text
    assert "没有填写" not in text
    window.close_workspace()


# -- the bundled data --------------------------------------------------------------------


def test_no_template_value_is_cut_off_names_a_place_or_cites_a_local_law():
    for template in TEMPLATES:
        for row in template.items:
            for key in TEXTS:
                value = getattr(row, key)
                assert not is_truncated(value) and "…" not in value, (row.id, key, value)
                assert "(略)" not in value, (row.id, key, value)
            assert not any(is_truncated(c) for c in row.channels), row.id
            named = place_names(row.subject)  # 泾川镇 once; only generic wording now
            assert all(name.endswith(("乡镇", "行政村")) for name in named), (row.id, named)
            for key in ("basis", "content"):
                local = [t for t in cited_titles(getattr(row, key)) if is_local_title(t)]
                assert local == [], (row.id, key, local)


def test_a_new_township_from_every_template_has_only_the_templates_known_gaps(
    tmp_path: Path, capsys
):
    path = tmp_path / "X.gkml"
    unit = ["--unit-name", "幸福镇人民政府", "--level", "乡级", "--division-code", "330102001000"]
    assert main(["new", str(path), *unit]) == 0
    capsys.readouterr()
    assert main(["validate", str(path), "--json"]) == EXIT_FINDINGS
    report = json.loads(capsys.readouterr().out)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert errors and {f["rule"] for f in errors} == {"template-gap"}
    assert not any("…" in f["message"] for f in report["findings"])
    with open_workspace(path) as workspace:
        items = workspace.items()
    assert len(items) > 200
    for item in items:
        for key in TEXTS:
            assert "…" not in getattr(item, key), (item.template_item_id, key)
        assert not any("…" in channel for channel in item.channels)


# -- 引用法规 --------------------------------------------------------------------------------


def test_citations_offer_national_titles_and_the_units_own_provinces():
    guangdong = citation_suggestions(TEMPLATES, "social-insurance", division_code="441200000000")
    zhejiang = citation_suggestions(TEMPLATES, "social-insurance", division_code="330102001000")
    assert "广东省工伤保险条例" in guangdong and "广东省工伤保险条例" not in zhejiang
    assert "工伤保险条例" in guangdong and "工伤保险条例" in zhejiang
    jiangsu = "江苏省国有资金投资工程建设项目招标投标管理办法"
    assert jiangsu in citation_suggestions(
        TEMPLATES, "public-resources-trading", division_code="320902000000"
    )
    for code in ("330102001000", ""):
        offered = citation_suggestions(TEMPLATES, "public-resources-trading", division_code=code)
        assert jiangsu not in offered and not any(is_local_title(t) for t in offered)


def test_a_citys_own_law_is_never_offered_since_its_province_is_unknown():
    assert is_local_title("南昌市城市规划管理规定") and not is_local_title("城市绿化条例")
    assert not is_local_title("中华人民共和国城市居民委员会组织法")
    offered = citation_suggestions(TEMPLATES, "urban-law-enforcement", division_code="360102000000")
    assert "南昌市城市规划管理规定" not in offered


def test_the_editor_offers_the_laws_of_the_units_province(qtbot, tmp_path):
    unit = Unit(name="城东镇人民政府", level="乡级", division_code="441203100000")
    workspace = create_workspace(tmp_path / "城东镇.gkml", unit)
    [item] = workspace.add_items([make_item(domain="social-insurance", level1="工伤")])
    window = open_in_window(qtbot, workspace)
    editor = window.editor_panel.editor
    window.editor_panel.show_item(item.id)
    editor.cite_menu.aboutToShow.emit()
    titles = [action.text() for action in editor.cite_menu.actions()]
    assert "《广东省工伤保险条例》" in titles
    window.close_workspace()


# -- completeness before export ----------------------------------------------------------------


def test_the_overall_total_counts_errors_and_missing_items():
    template = TEMPLATES.get("taxation")
    rows = template.items_for_level("乡级")
    items = [row.to_item(template, TOWNSHIP) for row in rows]
    label = (("label", "公开依据"),)
    error = Finding("missing-element", "error", label, items[0].id, "basis", "taxation")
    progress = completeness(items, TEMPLATES, "乡级", [error], ["social-assistance"])
    taxation = next(p for p in progress if p.domain == "taxation")
    assert taxation.missing == 0 and taxation.percent < 100
    assert overall_percent([taxation]) == taxation.percent
    clean = next(p for p in completeness(items, TEMPLATES, "乡级") if p.domain == "taxation")
    assert clean.percent == 100
    declared = next(p for p in progress if p.domain == "social-assistance")
    assert declared.declared_out_of_scope
    everything = overall_percent(progress)
    assert 0 < everything < 100  # the domains with nothing compiled count as missing


def test_the_dashboard_is_honest_and_names_declared_domains(qtbot, workspace):
    from desktop.ui.dashboard import PERCENT_COLUMN, ProgressModel

    template = TEMPLATES.get("social-assistance")
    workspace.add_items([row.to_item(template, workspace.home_unit) for row in template.items])
    workspace.declare_out_of_scope("taxation", "本镇不负责税收")
    window = open_in_window(qtbot, workspace)
    dashboard = window.catalog_actions.show_dashboard()
    model = dashboard.model
    rows = {model.index(r, 0).data(ProgressModel.CodeRole): r for r in range(model.rowCount())}
    taxation = rows["taxation"]
    assert model.index(taxation, 0).data().endswith("（未涉及）")
    assert model.index(taxation, PERCENT_COLUMN).data() == "未涉及"
    assert model.index(taxation, 1).data() == "—"
    assert model.index(rows["social-assistance"], PERCENT_COLUMN).data() < 100
    assert dashboard.form.overallProgress.value() < 10
    verdict = dashboard.form.verdictLabel.text()
    assert "不能导出上传" in verdict and "1 个领域已声明未涉及" in verdict
    dashboard.close()
    window.close_workspace()
