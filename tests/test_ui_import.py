"""The import dialog: preview writes nothing, import writes all at once and the window reloads."""

from __future__ import annotations

from pathlib import Path

from catalog_files import (
    county_rows,
    edit_cells,
    official_row,
    upload_row,
    write_csv,
    write_official,
)
from conftest import confirmed_export, make_item, open_in_window, tree_state
from PySide6.QtCore import Qt

from desktop.ui.import_dialog import ProblemsModel
from desktop.ui.main_window import MainWindow


def opened(qtbot, workspace) -> MainWindow:
    workspace.add_item(make_item(level1="临时救助"))
    return open_in_window(qtbot, workspace)


def test_preview_then_import(qtbot, workspace, tmp_path: Path):
    window = opened(qtbot, workspace)
    folder = window.workspace.path.parent
    rows = [
        official_row(1, "最低生活保障", "办事指南"),
        official_row(2, "", "审核信息", time_limit=""),
        official_row(3, "临时救助", "办事指南", content="改正后的内容"),
    ]
    source = write_official(tmp_path / "社会救助.xlsx", rows)
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(source))
    before = tree_state(folder)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert tree_state(folder) == before
    summary = dialog.form.summaryLabel.text()
    assert "新增 2 项，更新 1 项" in summary and "1 个错误" in summary
    kinds = [dialog.problems.index(r, 0).data() for r in range(dialog.problems.rowCount())]
    assert kinds == ["错误"]
    assert "第 5 行" in dialog.problems.index(0, 1).data()
    assert dialog.import_button.isEnabled()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.result.added == 2 and dialog.result.updated == 1
    assert dialog.result.backup is not None
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 3 and not window.workers.busy)
    assert "错误 1" in window.form.findingsSummary.text()
    dialog.close()
    window.close_workspace()


def test_reimport_preview_shows_each_field_change_before_writing(
    qtbot, qtmodeltester, workspace, tmp_path
):
    guide = workspace.add_item(make_item(level1="临时救助"))
    workspace.add_item(make_item(name="审核信息"))
    source = confirmed_export(workspace, "upload", tmp_path / "out").files[0]
    edit_cells(source, {(2, "公开内容"): "申请条件、所需材料", (2, "公开层级"): "乡级"})
    window = open_in_window(qtbot, workspace)
    folder = window.workspace.path.parent
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(source))
    before = tree_state(folder)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert tree_state(folder) == before  # the preview wrote nothing
    assert "更新 1 项，相同未变 1 项" in dialog.form.summaryLabel.text()
    assert dialog.form.tabs.currentIndex() == 0
    assert dialog.form.tabs.tabText(0) == "将要修改（2）"
    shown = [
        [dialog.changes.index(row, column).data() for column in range(5)]
        for row in range(dialog.changes.rowCount())
    ]
    assert [row[1:] for row in shown] == [
        ["临时救助 / 办事指南", "公开内容", "办理条件、申请材料、办理流程", "申请条件、所需材料"],
        ["临时救助 / 办事指南", "公开层级", "县级、乡级", "乡级"],
    ]
    assert "第 2 行" in shown[0][0]
    qtmodeltester.check(dialog.changes)
    assert not dialog.form.addUnitsCheck.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    assert (dialog.result.added, dialog.result.updated) == (0, 1)
    after = window.workspace.item(guide.id)
    assert (after.content, after.levels) == ("申请条件、所需材料", ("乡级",))
    assert "备份与恢复" in dialog.form.summaryLabel.text()
    dialog.close()
    window.close_workspace()


def test_another_units_rows_are_named_and_not_added_unless_ticked(qtbot, workspace, tmp_path):
    window = opened(qtbot, workspace)
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(county_rows(tmp_path)))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    check = dialog.form.addUnitsCheck
    assert check.isVisible() and not check.isChecked()
    summary = dialog.form.summaryLabel.text()
    assert "新增 1 项" in summary
    assert "“美丽村村民委员会”的 3 个事项不属于本单位：默认不导入" in summary
    check.setChecked(True)
    assert "新增 4 项" in dialog.form.summaryLabel.text()
    assert "将作为下级单位加入" in dialog.form.summaryLabel.text()
    check.setChecked(False)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    assert dialog.result.added == 1
    assert [unit.name for unit in window.workspace.units()] == ["幸福镇人民政府"]
    dialog.close()
    window.close_workspace()


def test_a_slow_preview_can_be_cancelled(qtbot, workspace, tmp_path: Path, monkeypatch):
    import threading

    from desktop.exchange import importing

    window = opened(qtbot, workspace)
    folder = window.workspace.path.parent
    source = write_official(tmp_path / "社会救助.xlsx", [official_row(1, "最低生活保障", "x")])
    reading = threading.Event()
    release = threading.Event()
    real = importing.read_catalog

    def slow_read(*args, **kwargs):
        reading.set()
        release.wait(10)  # a big county file, still being read
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "read_catalog", slow_read)
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(source))
    before = tree_state(folder)
    dialog.preview()
    qtbot.waitUntil(reading.is_set)
    assert dialog.preview_button.text() == "取消(&C)"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert "已取消预览" in dialog.form.summaryLabel.text()
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.preview_button.text() == "预览(&V)"
    assert tree_state(folder) == before
    dialog.close()
    window.close_workspace()


def test_a_bad_file_is_explained_and_nothing_changes(qtbot, workspace, tmp_path: Path):
    window = opened(qtbot, workspace)
    folder = window.workspace.path.parent
    bad = tmp_path / "旧表.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    dialog = window.file_actions.import_file()
    dialog.form.fileEdit.setText(str(bad))
    before = tree_state(folder)
    dialog.preview()
    qtbot.waitUntil(lambda: "另存为 .xlsx" in dialog.form.summaryLabel.text())
    assert not dialog.import_button.isEnabled()
    assert tree_state(folder) == before
    dialog.close()
    window.close_workspace()


def test_problems_model(qtmodeltester, workspace, tmp_path: Path):
    from desktop.exchange.importing import plan_import

    rows = [
        upload_row("社会救助", "最低生活保障", "办事指南", basis=""),
        upload_row("火星", "a", "b"),
    ]
    plan = plan_import(workspace, write_csv(tmp_path / "a.csv", rows))
    model = ProblemsModel()
    model.load_plan(plan)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
