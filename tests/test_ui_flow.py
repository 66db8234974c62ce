"""The whole job through the real widgets: a new workspace to an upload file that validates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWizard

from desktop.cli import main
from desktop.ui.export_dialog import BatchHistoryModel
from desktop.ui.main_window import MainWindow
from desktop.ui.models import TABLE_FIELDS


def test_new_workspace_to_a_validated_upload_file(qtbot, tmp_path: Path, capsys):
    window = MainWindow()
    qtbot.addWidget(window)

    # 1. The wizard: the unit, then one domain, then create.
    wizard = window.file_actions.new_workspace()
    wizard.form.nameEdit.setText("幸福镇人民政府")
    wizard.form.codeEdit.setText("３３０１０２００１０００")  # typed with a full-width IME
    wizard.form.fileEdit.setText(str(tmp_path / "幸福镇.gkml"))
    wizard.next()
    assert wizard.currentPage() is wizard.form.domainPage
    wizard._check_all(Qt.CheckState.Unchecked)
    budgets = next(
        row
        for row in range(wizard.form.domainList.count())
        if wizard.form.domainList.item(row).data(Qt.ItemDataRole.UserRole) == "budgets"
    )
    wizard.form.domainList.item(budgets).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert "编制 1 个领域" in wizard.form.summaryLabel.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.workspace is not None and window.live is not None)
    qtbot.waitUntil(lambda: not window.workers.busy)
    workspace = window.workspace
    assert workspace.home_unit.division_code == "330102001000"
    assert set(workspace.item_counts()) == {"budgets"}
    assert "compulsory-education" in workspace.out_of_scope()
    before = {p.domain: p for p in window.catalog_actions.progress()}
    # the guideline's one cell the template could not give is work left, not done
    assert before["budgets"].missing == 0 and before["budgets"].blocked == 1
    assert before["budgets"].percent < 100

    # 2. Add a second domain from its guideline template.
    window.domain_panel.select("budgets")
    dialog = window.catalog_actions.add_from_template()
    dialog.form.domainCombo.setCurrentIndex(
        dialog.form.domainCombo.findData("compulsory-education")
    )
    added = len(dialog.model.chosen())
    assert added > 0
    dialog.form.buttons.accepted.emit()
    assert workspace.item_counts()["compulsory-education"] == added

    # 2b. The templates' gaps say so; the clerk fills them from the province's guideline.
    table = window.form.itemTable
    editor = window.editor
    rows = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    for code in ("budgets", "compulsory-education"):
        window.domain_panel.select(code)
        findings = window.live.report().findings
        [gap] = [f for f in findings if f.domain == code and f.severity == "error"]
        assert (gap.rule, gap.field) == ("template-gap", "content")
        row = next(
            r for r in range(window.catalog.rowCount()) if window.catalog.item_id(r) == gap.item_id
        )
        table.selectionModel().setCurrentIndex(window.catalog.index(row, 1), rows)
        assert "标准指引此栏未能取得，请对照本省转发的指引填写" in editor.form.itemFindings.text()
        editor.field_widget("content").setPlainText("本省转发的指引所列公开内容")
        editor.commit_texts()
        progress = {p.domain: p for p in window.catalog_actions.progress()}
        assert progress[code].percent == 100

    # 3. A pasted zero-width space becomes a finding; one click fixes it.
    window.domain_panel.select("budgets")
    table.selectionModel().setCurrentIndex(window.catalog.index(0, 1), rows)
    original = editor.form.nameEdit.text()
    editor.form.nameEdit.setText(original + "\u200b")
    editor.form.nameEdit.editingFinished.emit()
    item_id = window.catalog.item_id(0)
    assert "看不见的字符" in editor.form.itemFindings.text()
    assert window.catalog.index(0, 0).data() == "● 警告"
    qtbot.mouseClick(editor.form.fixButton, Qt.MouseButton.LeftButton)
    assert workspace.item(item_id).name == original

    # 4. Undo and redo go through the same commits.
    window.undo_action.trigger()
    assert workspace.item(item_id).name == original + "\u200b"
    window.redo_action.trigger()
    assert workspace.item(item_id).name == original
    qtbot.waitUntil(lambda: "错误 0" in window.form.findingsSummary.text())

    # 5. Export the upload file; it is recorded and validates cleanly.
    export = window.file_actions.export()
    export.form.profileCombo.setCurrentIndex(export.form.profileCombo.findData("upload"))
    export.form.folderEdit.setText(str(tmp_path / "out"))
    qtbot.waitUntil(lambda: export.blockers is not None)
    assert export.export_button.isEnabled()
    export.start()
    qtbot.waitUntil(lambda: export.result is not None, timeout=20000)
    [written] = export.result.files
    assert written.exists()
    assert export.history.rowCount() == 1
    assert export.history.index(0, 3).data() == workspace.item_counts()["budgets"] + added
    assert "已上传" not in {item.status for item in workspace.items()}
    assert export.history.index(0, 5).data() == "已导出，待确认接收"
    assert "已被省级系统接收" in export.form.stateLabel.text()

    # 6. The province accepted it: the clerk says so on the batch; the table follows.
    status = TABLE_FIELDS.index("status") + 1
    assert window.catalog.index(0, status).data() != "已上传"
    assert not export.form.acceptButton.isEnabled()
    export.form.historyTable.selectRow(0)
    assert export.form.acceptButton.isEnabled()
    qtbot.mouseClick(export.form.acceptButton, Qt.MouseButton.LeftButton)
    assert {item.status for item in workspace.items()} == {"已上传"}
    assert export.history.index(0, 5).data() == "已被省级系统接收"
    assert not export.form.acceptButton.isEnabled()
    assert "状态改为“已上传”" in export.form.stateLabel.text()
    qtbot.waitUntil(lambda: window.catalog.index(0, status).data() == "已上传")
    assert main(["validate", str(written), "--json"]) == 0
    assert '"errors": 0' in capsys.readouterr().out
    export.close()
    window.close_workspace()


def test_export_is_refused_while_errors_remain(qtbot, workspace):
    from conftest import make_item, open_in_window

    workspace.add_items([make_item(), make_item(name="缺依据", basis="")])
    window = open_in_window(qtbot, workspace)
    export = window.file_actions.export()
    export.form.profileCombo.setCurrentIndex(export.form.profileCombo.findData("upload"))
    qtbot.waitUntil(lambda: export.blockers is not None)
    assert not export.export_button.isEnabled()
    assert "1 个错误" in export.form.stateLabel.text()
    assert "“公开依据”没有填写" in export.form.stateLabel.text()
    export.form.profileCombo.setCurrentIndex(export.form.profileCombo.findData("full"))
    qtbot.waitUntil(lambda: export.blockers is not None)
    assert export.export_button.isEnabled()
    export.close()
    window.close_workspace()


def test_batch_history_model(qtmodeltester, workspace, tmp_path):
    from conftest import make_item

    from desktop.exchange.exporting import export_catalog
    from desktop.store.batches import batches

    workspace.add_item(make_item())
    export_catalog(workspace, "full", tmp_path)
    model = BatchHistoryModel()
    model.load(batches(workspace))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "full"
    assert TABLE_FIELDS[0] == "seq"


def test_wizard_keeps_the_clerk_on_the_unit_page_until_it_is_right(qtbot, tmp_path: Path):
    window = MainWindow()
    qtbot.addWidget(window)
    wizard = window.file_actions.new_workspace()
    form = wizard.form
    assert form.levelCombo.currentData() == "乡级"
    wizard.next()
    assert wizard.currentPage() is form.unitPage
    assert "单位名称" in form.unitError.text()
    form.nameEdit.setText("幸福镇人民政府")
    assert form.fileEdit.text().endswith("幸福镇人民政府.gkml")
    form.codeEdit.setText("3301")
    wizard.next()
    assert wizard.currentPage() is form.unitPage and "区划代码" in form.unitError.text()
    form.codeEdit.clear()
    taken = tmp_path / "已有.gkml"
    taken.write_bytes(b"")
    form.fileEdit.setText(str(taken))
    wizard.next()
    assert wizard.currentPage() is form.unitPage
    assert "已经存在" in form.unitError.text()
    form.fileEdit.setText(str(tmp_path / "幸福镇.gkml"))
    wizard.next()
    assert wizard.currentPage() is form.domainPage and form.unitError.text() == ""
    assert len(wizard.chosen_domains()) == 26  # every pilot domain has township items
    assert "社会救助（本级事项" in form.domainList.item(15).text()
    qtbot.mouseClick(form.checkNoneButton, Qt.MouseButton.LeftButton)
    assert wizard.chosen_domains() == []
    qtbot.mouseClick(form.checkAllButton, Qt.MouseButton.LeftButton)
    assert len(wizard.chosen_domains()) == form.domainList.count()
    form.reasonEdit.clear()
    wizard.next()
    assert wizard.currentPage() is form.domainPage  # 未涉及 needs a reason
    wizard.reject()


def test_every_wizard_page_gives_each_alt_key_to_one_control(qtbot):
    """Alt+N was both 单位名称 and the wizard's 下一步: a keyboard user could not reach one."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

    window = MainWindow()
    qtbot.addWidget(window)
    wizard = window.file_actions.new_workspace()
    wizard.show()
    buttons = [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    for page in (wizard.form.unitPage, wizard.form.domainPage):
        texts = [w.text() for kind in (QLabel, QAbstractButton) for w in page.findChildren(kind)]
        texts += [b.text() for b in buttons]
        keys = [m.lower() for text in texts for m in re.findall(r"&([^&\s])", text)]
        assert len(keys) == len(set(keys)), (page.objectName(), sorted(keys))
    wizard.reject()
