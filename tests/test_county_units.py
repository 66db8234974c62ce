"""A county workspace (two townships and a village) is many units' catalogs: exported,
printed and validated unit by unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import confirmed_export, make_item
from openpyxl import load_workbook

from desktop.cli import EXIT_FINDINGS, main
from desktop.domain.domains import pilot_domains
from desktop.domain.model import Unit
from desktop.exchange.layouts import official_sheets
from desktop.store import create_workspace
from desktop.store.checking import validate_workspace

REASON = "本单位无此领域的职责和事项"


@pytest.fixture
def county(tmp_path: Path):
    """示范县 with 幸福镇 (and its 幸福村) and 安乐镇, each with one clean item."""
    home = Unit(name="示范县人民政府", level="县级", division_code="330100000000")
    with create_workspace(tmp_path / "示范县.gkml", home) as workspace:
        happy = workspace.add_unit(Unit(name="幸福镇人民政府", level="乡级", parent_id=home.id))
        calm = workspace.add_unit(Unit(name="安乐镇人民政府", level="乡级", parent_id=home.id))
        village = workspace.add_unit(
            Unit(name="幸福村村民委员会", level="村级", parent_id=happy.id)
        )
        units = {"county": home, "happy": happy, "calm": calm, "village": village}
        levels = {"county": ("县级",), "happy": ("乡级",), "calm": ("乡级",), "village": ("村级",)}
        workspace.add_items(
            [
                make_item(unit_id=unit.id, subject=unit.name, levels=levels[key])
                for key, unit in units.items()
            ]
        )
        yield workspace, units


def _scope_all_but(workspace, unit: Unit, kept: set[str]) -> None:
    for domain in pilot_domains():
        if domain.code not in kept:
            workspace.declare_out_of_scope(domain.code, REASON, unit_id=unit.id)


def test_a_township_row_is_compared_with_its_own_unit(county):
    workspace, units = county
    happy, calm = units["happy"], units["calm"]
    own = workspace.add_item(
        make_item(unit_id=happy.id, name="本镇", subject="幸福镇人民政府", levels=("乡级",))
    )
    parent = workspace.add_item(
        make_item(
            unit_id=happy.id, name="县里", content="示范县和幸福村的办理条件", levels=("乡级",)
        )
    )
    other = workspace.add_item(
        make_item(unit_id=happy.id, name="照搬", subject="安乐镇人民政府", levels=("乡级",))
    )
    county_row = workspace.add_item(
        make_item(unit_id=units["county"].id, name="县汇总", content="安乐镇、幸福镇的办理条件")
    )
    findings = validate_workspace(workspace).findings
    copied = {f.item_id: f for f in findings if f.rule == "copied-unit"}
    assert own.id not in copied and parent.id not in copied and county_row.id not in copied
    assert other.id in copied and "安乐镇" in copied[other.id].message
    assert copied[other.id].unit_id == happy.id
    # 安乐镇's own row names 安乐镇: its own township.
    calm_rows = {item.id for item in workspace.items(unit_id=calm.id)}
    assert calm_rows and not calm_rows & set(copied)


def test_domain_coverage_and_completeness_are_per_unit(county):
    workspace, units = county
    _scope_all_but(workspace, units["happy"], {"social-assistance"})
    findings = validate_workspace(workspace).findings
    undeclared = [f for f in findings if f.rule == "domain-undeclared"]
    by_unit = {f.unit_id for f in undeclared}
    assert units["happy"].id not in by_unit
    assert {units["calm"].id, units["county"].id, units["village"].id} <= by_unit
    missing = [f for f in findings if f.rule == "template-missing"]
    assert {units["happy"].id, units["calm"].id} <= {f.unit_id for f in missing}
    assert all(f.unit_id for f in findings)


def test_validate_names_the_unit_on_every_finding(county, capsys):
    workspace, units = county
    workspace.add_item(make_item(unit_id=units["calm"].id, name="缺依据", basis=""))
    path = workspace.path
    workspace.close()
    assert main(["validate", str(path)]) == EXIT_FINDINGS
    out = capsys.readouterr().out.splitlines()
    names = [unit.name for unit in units.values()]
    headers = [line for line in out if not line.startswith(" ") and "第" in line and "项" in line]
    assert headers and all(any(name in line for name in names) for line in headers)
    assert any("安乐镇人民政府 · 社会救助 第" in line for line in headers)
    general = out[out.index("目录整体：") + 1 :]
    general = [line for line in general if line.startswith("  [")]
    assert general and all(any(name in line for name in names) for line in general)
    assert main(["validate", str(path), "--json"]) == EXIT_FINDINGS

    found = json.loads(capsys.readouterr().out)["findings"]
    assert found and all(f["unit"] in names for f in found)


def test_official_export_and_print_have_one_run_of_sheets_per_unit(county, tmp_path):
    workspace, units = county
    [written] = confirmed_export(workspace, "official", tmp_path / "out").files
    book = load_workbook(written)
    names = [unit.name for unit in units.values()]
    assert book.sheetnames == [f"{name}-社会救助" for name in names]
    for sheet, name in zip(book.worksheets, names, strict=True):
        assert sheet["A1"].value == f"{name}社会救助领域基层政务公开标准目录"
        assert sheet["A2"].value.startswith(f"编制单位：{name}")
        assert sheet["G5"].value == name  # each unit's own row under its own title
    # The upload rows say whose each row is.
    [upload] = confirmed_export(workspace, "upload", tmp_path / "up").files
    rows = list(load_workbook(upload).active.values)
    assert sorted(row[0] for row in rows[1:]) == sorted(names)
    # Printing takes the same sheets: one section per unit, titled with its name.
    units_by_id = {unit.id: unit for unit in workspace.units()}
    sheets = official_sheets(workspace.items(), workspace.home_unit, "2026-12-01", units_by_id)
    assert [sheet.title for sheet in sheets] == [
        f"{n}社会救助领域基层政务公开标准目录" for n in names
    ]


def test_print_from_the_cli_has_a_section_per_unit(qapp, county, tmp_path, capsys):
    workspace, units = county
    path = workspace.path
    workspace.close()
    out = tmp_path / "目录.pdf"
    assert main(["print", "--workspace", str(path), "--out", str(out)]) == 0
    # Each unit's section starts on a page of its own, under its own title.
    assert "（4 页，4 个事项）" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF") and len(units) == 4


def test_a_single_unit_keeps_its_plain_sheet_names(workspace, tmp_path):
    workspace.add_items([make_item()])
    [written] = confirmed_export(workspace, "official", tmp_path).files
    assert load_workbook(written).sheetnames == ["社会救助"]


def test_the_findings_index_files_a_units_coverage_under_that_unit(county):
    from desktop.domain.finding_index import FindingIndex

    workspace, units = county
    items = workspace.items()
    index = FindingIndex()
    index.load(
        validate_workspace(workspace).findings,
        {item.id: item.unit_id for item in items},
        units["county"].id,
    )
    calm = index.findings_of(units["calm"].id)
    assert any(f.rule == "domain-undeclared" for f in calm)
    assert all(f.unit_id == units["calm"].id for f in calm)
