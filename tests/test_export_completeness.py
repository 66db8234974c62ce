"""An upload file from an empty or near-empty catalog is never written silently: nothing
to export is refused, and guideline items left out must be confirmed with their number."""

from __future__ import annotations

import pytest
from conftest import confirmed_export, make_item, open_in_window

from desktop.cli import EXIT_FINDINGS, main
from desktop.exchange.exporting import (
    ExportIncomplete,
    ExportRefused,
    export_catalog,
    missing_items,
)
from desktop.store import open_workspace
from desktop.store.batches import batches


def add_ready_items(workspace):
    """Two items without a finding: a catalog that leaves most of the guideline out."""
    return workspace.add_items([make_item(), make_item(name="审核信息")])


def test_an_empty_catalog_is_refused_and_a_near_empty_one_needs_its_count(workspace, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(ExportRefused, match="没有可导出的事项"):
        export_catalog(workspace, "upload", out, confirm_missing=0)
    add_ready_items(workspace)
    missing = missing_items(workspace, "upload")
    assert missing.count > 100 and "社会救助" in missing.summary(shown=30)
    with pytest.raises(ExportIncomplete) as asked:
        export_catalog(workspace, "upload", out)
    assert f"还有 {missing.count} 个适用事项" in asked.value.message
    with pytest.raises(ExportIncomplete, match="不符"):
        export_catalog(workspace, "upload", out, confirm_missing=missing.count - 1)
    assert not out.exists() and batches(workspace) == []
    result = export_catalog(workspace, "upload", out, confirm_missing=missing.count)
    assert result.items == 2
    assert confirmed_export(workspace, "full", tmp_path / "full").items == 2
    assert missing_items(workspace, "full").count == 0
    assert missing_items(workspace, "upload", changed_only=True).count == 0


def test_the_cli_asks_for_the_count_of_missing_items(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    args = ["export", "--workspace", str(path), "--profile", "upload", "--out", str(tmp_path)]
    assert main(args) == EXIT_FINDINGS
    assert "没有可导出的事项" in capsys.readouterr().err
    with open_workspace(path) as reopened:
        add_ready_items(reopened)
        count = missing_items(reopened, "upload").count
    assert main(args) == EXIT_FINDINGS
    err = capsys.readouterr().err
    assert f"还有 {count} 个适用事项" in err and f"--confirm-missing {count}" in err
    assert list(tmp_path.glob("*.xlsx")) == []
    assert main([*args, "--confirm-missing", str(count)]) == 0
    assert len(list(tmp_path.glob("*.xlsx"))) == 1


def test_the_dialog_refuses_an_empty_catalog_and_asks_to_confirm_a_near_empty_one(
    qtbot, workspace, tmp_path
):
    path = workspace.path
    window = open_in_window(qtbot, workspace)
    export = window.file_actions.export()
    combo = export.form.profileCombo
    combo.setCurrentIndex(combo.findData("upload"))
    qtbot.waitUntil(lambda: export.check is not None)
    assert "没有可导出的事项" in export.form.stateLabel.text()
    assert not export.export_button.isEnabled()
    export.close()
    window.close_workspace()
    reopened = open_workspace(path)
    add_ready_items(reopened)
    count = missing_items(reopened, "upload").count
    window = open_in_window(qtbot, reopened)
    export = window.file_actions.export()
    export.form.folderEdit.setText(str(tmp_path / "out"))
    combo = export.form.profileCombo
    combo.setCurrentIndex(combo.findData("upload"))
    qtbot.waitUntil(lambda: export.check is not None)
    assert f"还有 {count} 个适用事项" in export.form.stateLabel.text()
    confirm = export.form.confirmMissingCheck
    assert confirm.isVisibleTo(export) and str(count) in confirm.text()
    assert not export.export_button.isEnabled()
    confirm.setChecked(True)
    assert export.export_button.isEnabled()
    export.start()
    qtbot.waitUntil(lambda: export.result is not None, timeout=10_000)
    assert export.result.items == 2
    export.close()
    window.close_workspace()
