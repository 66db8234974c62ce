"""文件 › 备份与恢复 undoes an import; a sub-unit is removed from the county tree."""

from __future__ import annotations

from catalog_files import county_rows
from conftest import make_item, open_in_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.model import Unit
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.row_models import ALL


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """The clerk's answer to the next question (its text is kept for the test)."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def imported_window(qtbot, workspace, tmp_path):
    workspace.add_item(make_item(name="导入前就有"))
    window = open_in_window(qtbot, workspace)
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(county_rows(tmp_path)))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.form.addUnitsCheck.setChecked(True)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    dialog.close()
    assert window.catalog.rowCount() == 5 and window.domain_panel.model.is_tree
    return window


def test_an_import_is_undone_from_the_backups_dialog(qtbot, workspace, tmp_path, monkeypatch):
    window = imported_window(qtbot, workspace, tmp_path)
    texts = [action.text() for action in window.form.menuFile.actions()]
    assert "备份与恢复(&B)…" in texts
    window.file_actions.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    shown = [
        (dialog.model.index(row, 1).data(), dialog.model.index(row, 2).data())
        for row in range(dialog.model.rowCount())
    ]
    assert ("导入前", dialog.model.backups[0].path.name) in shown
    before_import = next(b for b in dialog.model.backups if b.reason == "import")
    assert not dialog.form.restoreButton.isEnabled()
    dialog.choose(before_import)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.form.restoreButton, Qt.MouseButton.LeftButton)
    assert asked and "导入前" in asked[0] and window.catalog.rowCount() == 5  # cancelled
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.form.restoreButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 1 and not window.workers.busy)
    assert [unit.name for unit in window.workspace.units()] == ["幸福镇人民政府"]
    assert not window.domain_panel.model.is_tree  # the tree reloaded with the content
    assert "恢复前的内容另存为" in dialog.form.resultLabel.text()
    assert dialog.model.backups[0].reason == "restore"  # listed, to go back again
    assert window.session.undo_stack.count() == 0
    assert "备份" in window.statusBar().currentMessage()
    dialog.reject()
    window.close_workspace()


def test_backup_now_lists_the_new_backup(qtbot, workspace):
    window = open_in_window(qtbot, workspace)
    dialog = window.file_actions.show_backups()
    count = dialog.model.rowCount()
    qtbot.mouseClick(dialog.form.backupButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count + 1)
    assert dialog.model.index(0, 1).data() == "手动"
    assert "已备份" in dialog.form.resultLabel.text()
    dialog.reject()
    window.close_workspace()


def test_a_sub_unit_is_removed_to_the_recycle_bin_and_undone(qtbot, workspace, monkeypatch):
    workspace.add_item(make_item())
    village = workspace.add_unit(
        Unit(name="美丽村村民委员会", level="村级", parent_id=workspace.home_unit.id)
    )
    workspace.add_items(
        [make_item(name=f"村务{i}", unit_id=village.id, domain="village-affairs") for i in (1, 2)]
    )
    window = open_in_window(qtbot, workspace)
    panel, model = window.domain_panel, window.domain_panel.model
    home_row = model.find(ALL, window.workspace.home_unit.id)
    village_row = model.find(ALL, village.id)
    assert panel.unit_menu(home_row) is None
    assert panel.unit_menu(model.index(0, 0, village_row)) is None  # a domain row
    menu = panel.unit_menu(village_row)
    [action] = menu.actions()
    assert "删除下级单位“美丽村村民委员会”" in action.text()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    action.trigger()
    qtbot.waitUntil(lambda: not model.is_tree)
    assert window.workspace.unit_domain_counts() == {
        (window.workspace.home_unit.id, "social-assistance"): 1
    }
    assert len(window.workspace.items(deleted=True)) == 2
    assert "2 个事项移到回收站" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: model.is_tree)
    assert len(window.workspace.items(deleted=True)) == 0
    window.close_workspace()
