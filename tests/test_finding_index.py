"""The finding index: the counts every view shows, kept current by swapping what an edit touched."""

from __future__ import annotations

from conftest import make_item

from desktop.domain.finding_index import FindingIndex
from desktop.domain.findings import Context
from desktop.domain.validation import validate


def test_counts_per_severity_unit_and_domain_follow_a_swap():
    town = [make_item(basis=""), make_item(name="x", method="主动公开")]
    village = [make_item(unit_id="village", domain="budgets", basis="", subject="")]
    report = validate([*town, *village], Context())
    units = {item.id: item.unit_id or "town" for item in (*town, *village)}
    found = FindingIndex()
    found.load(report.findings, units, home="town")
    assert found.counts == {"error": 3, "info": 1}
    assert found.errors == {("town", "social-assistance"): 1, ("village", "budgets"): 2}
    assert found.unit_errors("village") == 2
    assert found.by_unit[("village", "error")] == 2 and found.by_unit[("town", "info")] == 1
    assert {f.item_id for f in found.findings_of("village")} == {village[0].id}
    assert [f.severity for f in found.rows()] == ["error", "error", "error", "info"]
    assert [f.rule for f in found.rows(severity="info")] == ["vocab-synonym"]
    assert len(found.rows(unit="village", domain="budgets")) == 2

    # the village's item was fixed: its findings swap out, the others keep their place
    found.replace({village[0].id}, {"budgets"}, [])
    assert found.counts == {"error": 1, "info": 1}
    assert found.unit_errors("village") == 0
    assert found.findings_of("village") == []
    assert [f.item_id for f in found.rows()] == [town[0].id, town[1].id]
