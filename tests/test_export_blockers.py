"""What stops an export: one answer for the export itself, the CLI and the export dialog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import confirmed_export, make_item, open_in_window

from desktop.cli import EXIT_FINDINGS, main
from desktop.exchange.exporting import ExportRefused, export_blockers, missing_items
from desktop.exchange.profiles import load_profile, save_user_profile
from desktop.store.batches import batches, decide_batch

PROVINCE = "本省上传"
NEEDS_LINK = f"“{PROVINCE}”格式要求填写“精准链接”"


@pytest.fixture
def province_profile():
    """The upload layout of a province that requires every item's 精准链接."""
    upload = load_profile("upload")
    profile = dataclasses.replace(
        upload, name=PROVINCE, title=PROVINCE, required=("link",), path=None
    )
    save_user_profile(profile)
    return profile


def test_a_profiles_own_check_blocks_what_plain_validation_lets_through(
    workspace, province_profile, tmp_path: Path
):
    [item] = workspace.add_items([make_item()])
    assert export_blockers(workspace, "upload") == []
    blockers = export_blockers(workspace, PROVINCE)
    assert [(f.rule, f.item_id, f.field) for f in blockers] == [
        ("profile-required", item.id, "link")
    ]
    with pytest.raises(ExportRefused) as refused:
        confirmed_export(workspace, PROVINCE, tmp_path / "out")
    assert refused.value.findings == blockers
    assert NEEDS_LINK in refused.value.message and "办事指南" in refused.value.message
    assert batches(workspace) == []
    workspace.update_item(item.id, link="https://example.gov.cn/dibao")
    assert export_blockers(workspace, PROVINCE) == []
    assert confirmed_export(workspace, PROVINCE, tmp_path / "out").items == 1


def test_only_the_items_the_export_writes_can_block_it(workspace):
    workspace.add_items(
        [
            make_item(),
            make_item(domain="elderly-care", name="养老机构备案", basis=""),
            make_item(name="不办的事项", basis="", not_applicable_reason="本镇无此业务"),
        ]
    )
    assert export_blockers(workspace, "upload", domain="social-assistance") == []
    [blocker] = export_blockers(workspace, "upload")
    assert (blocker.domain, blocker.field) == ("elderly-care", "basis")
    assert export_blockers(workspace, "full") == []


def test_changed_only_is_blocked_only_by_what_changed(workspace, province_profile, tmp_path):
    [item] = workspace.add_items([make_item(link="https://example.gov.cn/a")])
    sent = confirmed_export(workspace, PROVINCE, tmp_path / "1").batches[0]
    decide_batch(workspace, sent.id, accepted=True)
    workspace.add_item(make_item(name="新事项"))
    workspace.update_item(item.id, link="")
    workspace.update_item(item.id, link="https://example.gov.cn/a")
    changed = export_blockers(workspace, PROVINCE, changed_only=True)
    assert [workspace.item(f.item_id).name for f in changed] == ["新事项"]


def test_the_cli_refuses_with_the_profiles_check(workspace, province_profile, tmp_path, capsys):
    workspace.add_items([make_item()])
    missing = missing_items(workspace, "upload").count
    path = workspace.path
    workspace.close()
    args = ["export", "--workspace", str(path), "--out", str(tmp_path / "out")]
    assert main([*args, "--profile", PROVINCE]) == EXIT_FINDINGS
    assert NEEDS_LINK in capsys.readouterr().err
    confirmed = ["--profile", "upload", "--confirm-missing", str(missing)]
    assert main([*args, *confirmed]) == 0


def test_the_dialog_says_what_the_export_would_refuse_on(qtbot, workspace, province_profile):
    workspace.add_items([make_item()])
    window = open_in_window(qtbot, workspace)
    assert window.live.report().errors == 0  # the window's own report sees no problem
    export = window.file_actions.export()
    combo = export.form.profileCombo
    combo.setCurrentIndex(combo.findData("upload"))
    qtbot.waitUntil(lambda: export.blockers is not None)
    assert not export.export_button.isEnabled()  # the guideline items left out, unconfirmed
    export.form.confirmMissingCheck.setChecked(True)
    assert export.export_button.isEnabled()
    combo.setCurrentIndex(combo.findData(PROVINCE))
    assert not export.export_button.isEnabled()  # not until it has been checked
    qtbot.waitUntil(lambda: export.blockers is not None)
    assert export.blockers == export_blockers(window.workspace, PROVINCE)
    assert not export.export_button.isEnabled()
    text = export.form.stateLabel.text()
    assert "1 个错误" in text and NEEDS_LINK in text and "社会救助第 1 项“办事指南”" in text
    export.close()
    window.close_workspace()


def test_a_choice_changed_during_a_check_is_checked_after_it(qtbot, workspace, province_profile):
    workspace.add_items([make_item()])
    window = open_in_window(qtbot, workspace)
    export = window.file_actions.export()
    combo = export.form.profileCombo
    combo.setCurrentIndex(combo.findData(PROVINCE))
    combo.setCurrentIndex(combo.findData("full"))
    qtbot.waitUntil(lambda: export.blockers is not None and not window.workers.busy)
    assert export.blockers == [] and export.export_button.isEnabled()
    export.close()
    window.close_workspace()
