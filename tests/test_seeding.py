"""A new catalog from the guidelines: the same whether the wizard, the demo or the CLI makes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.cli import main
from desktop.domain.domains import pilot_domains
from desktop.domain.templates import load_templates
from desktop.store import (
    DEFAULT_OUT_OF_SCOPE_REASON,
    WorkspaceError,
    create_workspace,
    open_workspace,
    seed_catalog,
)
from desktop.store.seeding import domains_with_items
from desktop.store.template_versions import import_template
from desktop.ui.new_workspace import NewWorkspaceWizard

CHOSEN = ("social-assistance", "household-registration")


def test_seed_adds_the_levels_items_with_the_unit_as_subject_and_declares_the_rest(workspace):
    templates = load_templates()
    seeded = seed_catalog(workspace, CHOSEN, "没有这些职责")
    expected = {
        (code, row.id) for code in CHOSEN for row in templates.get(code).items_for_level("乡级")
    }
    items = workspace.items()
    assert {(item.domain, item.template_item_id) for item in items} == expected
    assert [item.id for item in seeded.items] == [item.id for item in items]
    assert {item.subject for item in items} == {"幸福镇人民政府"}
    assert {item.unit_id for item in items} == {workspace.home_unit.id}
    others = tuple(d.code for d in pilot_domains() if d.code not in CHOSEN)
    assert seeded.out_of_scope == others
    assert workspace.out_of_scope() == dict.fromkeys(others, "没有这些职责")


def test_seed_uses_the_workspaces_newer_template_version(workspace, tmp_path: Path):
    bundled = json.loads(load_templates().get("social-assistance").path.read_text("utf-8"))
    bundled["version"] = "2"
    first = next(row for row in bundled["items"] if "乡级" in row["levels"])
    first["name"] = "新版本的事项名称"
    newer = tmp_path / "social-assistance-v2.json"
    newer.write_text(json.dumps(bundled, ensure_ascii=False), "utf-8")
    import_template(workspace, newer)
    seeded = seed_catalog(workspace, ["social-assistance"], DEFAULT_OUT_OF_SCOPE_REASON)
    assert {item.template_version for item in seeded.items} == {"2"}
    assert "新版本的事项名称" in {item.name for item in seeded.items}


def test_seed_without_a_reason_for_the_declared_domains_writes_nothing(workspace):
    with pytest.raises(WorkspaceError, match="原因"):
        seed_catalog(workspace, CHOSEN, "  ")
    assert workspace.items() == [] and workspace.out_of_scope() == {}


def test_every_domain_chosen_declares_nothing_and_needs_no_reason(workspace):
    everything = domains_with_items(load_templates(), "乡级")
    assert len(everything) == 26  # every pilot domain has township items
    seeded = seed_catalog(workspace, everything, "")
    assert seeded.out_of_scope == () and len(workspace.item_counts()) == 26


def test_the_village_list_is_a_default_only_where_it_has_items():
    templates = load_templates()
    assert "village-affairs" in domains_with_items(templates, "村级")
    county = domains_with_items(templates, "县级")
    assert all(templates.get(code).items_for_level("县级") for code in county)


def _wizard_workspace(qtbot, folder: Path, domains: tuple[str, ...]) -> Path:
    folder.mkdir()
    wizard = NewWorkspaceWizard(folder)
    qtbot.addWidget(wizard)
    wizard.open()
    wizard.form.nameEdit.setText("幸福镇人民政府")
    wizard.form.codeEdit.setText("330102001000")
    wizard.form.fileEdit.setText(str(folder / "幸福镇.gkml"))
    wizard.next()
    assert wizard.currentPage() is wizard.form.domainPage
    wizard._check_all(Qt.CheckState.Unchecked)
    for row in range(wizard.form.domainList.count()):
        entry = wizard.form.domainList.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) in domains:
            entry.setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.created is not None, wizard.form.summaryLabel.text()
    return wizard.created


def _findings(path: Path, capsys) -> list[tuple]:
    """What ``validate --json`` says, each finding with its item's name instead of its id."""
    capsys.readouterr()
    main(["validate", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    with open_workspace(path, daily_backup=False) as workspace:
        names = {item.id: (item.level1, item.name) for item in workspace.items()}
    found = [
        (f["rule"], f["severity"], f["domain"], f["field"], names.get(f["item_id"]), f["message"])
        for f in report["findings"]
    ]
    return sorted(found, key=repr)


def test_cli_new_validates_exactly_like_a_workspace_made_in_the_wizard(qtbot, tmp_path, capsys):
    made_in_wizard = _wizard_workspace(qtbot, tmp_path / "wizard", CHOSEN)
    made_in_cli = tmp_path / "cli" / "幸福镇.gkml"
    made_in_cli.parent.mkdir()
    args = ["new", str(made_in_cli), "--unit-name", "幸福镇人民政府", "--level", "乡级"]
    assert main([*args, "--division-code", "330102001000", "--domains", "社会救助、户籍管理"]) == 0
    assert "从标准指引加入 30 个事项（2 个领域）" in capsys.readouterr().out
    wizard_findings = _findings(made_in_wizard, capsys)
    assert wizard_findings  # the templates leave 依据 and 时限 blank in places
    assert _findings(made_in_cli, capsys) == wizard_findings


def test_cli_new_without_domains_compiles_what_the_wizard_ticks(qtbot, tmp_path, capsys):
    path = tmp_path / "幸福镇.gkml"
    assert main(["new", str(path), "--unit-name", "幸福镇人民政府", "--level", "乡级"]) == 0
    with open_workspace(path, daily_backup=False) as workspace:
        counts = workspace.item_counts()
    expected = sum(len(t.items_for_level("乡级")) for t in load_templates())
    assert len(counts) == 26 and sum(counts.values()) == expected
    assert "domain-undeclared" not in {f[0] for f in _findings(path, capsys)}


def test_cli_new_empty_is_an_empty_catalog(tmp_path, capsys):
    path = tmp_path / "幸福镇.gkml"
    args = ["new", str(path), "--unit-name", "幸福镇人民政府", "--level", "乡级", "--empty"]
    assert main(args) == 0
    with open_workspace(path, daily_backup=False) as workspace:
        assert workspace.items() == [] and workspace.out_of_scope() == {}


def test_the_demo_is_seeded_like_a_default_new_township(data_dir):
    from desktop.store.demo import ensure_demo_workspace

    with open_workspace(ensure_demo_workspace(), daily_backup=False) as demo:
        demo_items = {(i.domain, i.template_item_id, i.subject) for i in demo.items()}
        unit = demo.home_unit
    with create_workspace(data_dir / "镇.gkml", unit) as township:
        seed_catalog(township, domains_with_items(load_templates(), "乡级"), "x")
        assert {(i.domain, i.template_item_id, i.subject) for i in township.items()} == demo_items
