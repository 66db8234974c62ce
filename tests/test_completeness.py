"""The dashboard's numbers: template items done per domain, errors, declarations."""

from __future__ import annotations

from conftest import make_item

from desktop.domain import Unit
from desktop.domain.completeness import completeness, template_status
from desktop.domain.findings import Finding
from desktop.domain.templates import load_templates

TEMPLATES = load_templates()
UNIT = Unit(name="幸福镇人民政府", level="乡级")


def test_template_items_are_included_not_applicable_or_missing():
    template = TEMPLATES.get("social-assistance")
    rows = template.items_for_level("乡级")
    items = [rows[0].to_item(template, UNIT), rows[1].to_item(template, UNIT)]
    items[1].not_applicable_reason = "本镇无此业务"
    renamed = make_item(level1=rows[2].level1, name=rows[2].name + "\u3000")
    status = template_status(template, "乡级", [*items, renamed])
    assert status[rows[0].id] == "included"
    assert status[rows[1].id] == "not-applicable"
    assert status[rows[2].id] == "included"
    assert list(status.values()).count("missing") == len(rows) - 3


def test_completeness_per_domain_with_errors_and_declarations():
    template = TEMPLATES.get("social-assistance")
    rows = template.items_for_level("乡级")
    items = [row.to_item(template, UNIT) for row in rows[:-1]]
    items.append(make_item(level1="自定", name="本镇自有事项"))
    missing, uncited = (("label", "公开依据"),), (("value", "相关法规"),)
    findings = [
        Finding("missing-element", "error", missing, items[0].id, "basis", "social-assistance"),
        Finding("basis-citation", "warning", uncited, items[1].id, "basis", "social-assistance"),
    ]
    progress = {p.domain: p for p in completeness(items, TEMPLATES, "乡级", findings, ["taxation"])}
    social = progress["social-assistance"]
    assert (social.applicable, social.included, social.missing) == (len(rows), len(rows) - 1, 1)
    assert (social.own, social.errors, social.warnings) == (1, 1, 1)
    # one item has an error: it is not ready, and neither is the missing row
    assert (social.blocked, social.total, social.ready) == (1, len(rows) + 1, len(rows) - 1)
    assert social.percent == 100 * (len(rows) - 1) // (len(rows) + 1)
    assert progress["taxation"].declared_out_of_scope and progress["taxation"].percent == 100
    assert progress["elderly-care"].included == 0 and progress["elderly-care"].applicable > 0
