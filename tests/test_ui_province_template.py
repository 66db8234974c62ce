"""文件 › 用本省空白模板生成格式: the mapping shown, corrected by hand, saved, then offered."""

from __future__ import annotations

from pathlib import Path

from conftest import open_in_window
from openpyxl import Workbook

from desktop.exchange.profiles import load_profile
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.province_template import ProvinceTemplateDialog


def blank_template(path: Path) -> Path:
    """Two title rows, then a header with a column nobody's table knows (事项类型)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "上传"
    sheet.append(["某省基层政务公开标准目录上传表"])
    sheet.append(["填报单位（盖章）：", None, "填报日期："])
    sheet.append(["序号", "单位全称", "所属领域名称", "事项名称", "公开内容", "事项类型"])
    workbook.save(path)
    return path


def test_mapping_is_shown_edited_saved_and_then_offered_by_export(qtbot, workspace, tmp_path):
    window = open_in_window(qtbot, workspace)
    texts = [action.text() for action in window.form.menuFile.actions()]
    assert texts.index("用本省空白模板生成格式(&T)…") == texts.index("导出目录(&E)…") + 1
    window.file_actions.template_action.trigger()
    dialog = window.findChild(ProvinceTemplateDialog)
    assert dialog.load(blank_template(tmp_path / "浙江上传.xlsx"))
    table = dialog.table
    shown = [
        (
            table.item(row, 0).text(),
            table.item(row, 1).text(),
            table.cellWidget(row, 2).currentText(),
        )
        for row in range(table.rowCount())
    ]
    assert shown == [
        ("A", "序号", "序号（按行编号）"),
        ("B", "单位全称", "单位名称"),
        ("C", "所属领域名称", "所属领域"),
        ("D", "事项名称", "事项名称"),
        ("E", "公开内容", "公开内容"),
        ("F", "事项类型", "（留空）"),
    ]
    assert "F 列“事项类型”" in dialog.note.text() and "2 行" in dialog.note.text()
    assert dialog.name_edit.text() == "浙江上传"
    combo = table.cellWidget(5, 2)
    combo.setCurrentIndex(combo.findText("五公开类别"))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved.args == ["浙江上传"]
    profile = load_profile("浙江上传")
    assert [c.field for c in profile.columns][-1] == "category"
    assert profile.title_rows[0] == ("某省基层政务公开标准目录上传表",)
    export = window.file_actions.export()
    assert isinstance(export, ExportDialog)
    assert export.form.profileCombo.findData("浙江上传") >= 0


def test_a_file_without_a_header_says_so_and_saves_nothing(qtbot, tmp_path):
    dialog = ProvinceTemplateDialog()
    qtbot.addWidget(dialog)
    path = tmp_path / "空.xlsx"
    Workbook().save(path)
    assert not dialog.load(path)
    assert "没有找到表头行" in dialog.note.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_a_bundled_name_is_refused_in_the_dialog(qtbot, tmp_path):
    dialog = ProvinceTemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.load(blank_template(tmp_path / "t.xlsx"))
    dialog.name_edit.setText("upload")
    dialog.save()
    assert "程序自带" in dialog.note.text() and dialog.result() == 0


def test_the_export_dialog_makes_one_and_chooses_it(qtbot, workspace, tmp_path):
    window = open_in_window(qtbot, workspace)
    export = window.file_actions.export()
    assert export.form.profileCombo.findData("浙江上传") < 0
    export.template_button.click()
    dialog = export.findChild(ProvinceTemplateDialog)
    assert dialog.load(blank_template(tmp_path / "浙江上传.xlsx"))
    dialog.save()
    assert export.form.profileCombo.currentData() == "浙江上传"
