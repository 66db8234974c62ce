import subprocess
import sys

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor

from desktop.domain import Unit
from desktop.store.demo import ensure_demo_workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.models import TABLE_FIELDS, CatalogTableModel, DomainTreeModel
from desktop.ui.recycle_bin import RecycleBin
from desktop.ui.unit_profile import UnitProfileDialog
from tests.conftest import ROOT, make_item


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    win.close_workspace()


def test_main_window_shows_the_demo_catalog_by_domain(window, qtbot):
    assert window.open(ensure_demo_workspace())
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("示范镇人民政府")
    domains = window.form.domainTree.model()
    total = sum(window.workspace.item_counts().values())
    assert domains.index(0, 0).data() == f"全部事项（{total}）"
    assert window.catalog.rowCount() == total
    row = next(
        r
        for r in range(domains.rowCount())
        if domains.index(r, 0).data(DomainTreeModel.CodeRole) == "social-assistance"
    )
    window.form.domainTree.setCurrentIndex(domains.index(row, 0))
    count = window.workspace.item_counts()["social-assistance"]
    qtbot.waitUntil(lambda: window.catalog.rowCount() == count)
    name = window.catalog.index(0, 1 + TABLE_FIELDS.index("name")).data()
    assert name == window.workspace.items(domain="social-assistance")[0].name


def test_a_refused_workspace_is_reported_in_a_dialog_not_raised(window, tmp_path):
    bad = tmp_path / "坏.gkml"
    bad.write_bytes(b"")
    assert not window.open(bad)
    assert window.refusal_box.isVisible() and "空文件" in window.refusal_box.text()
    assert window.workspace is None
    window.refusal_box.close()


def test_models_pass_the_qt_model_tester(qtmodeltester, workspace):
    workspace.add_items([make_item(), make_item(domain="elderly-care", name="养老机构备案")])
    domains = DomainTreeModel()
    domains.load(workspace.unit_domain_counts(), workspace.units())
    qtmodeltester.check(domains)
    assert not domains.is_tree and domains.rowCount() == 3
    village = workspace.add_unit(Unit(name="幸福村村民委员会", level="村级"))
    workspace.add_items([make_item(unit_id=village.id)])
    domains.load(workspace.unit_domain_counts(), workspace.units())
    qtmodeltester.check(domains)
    assert domains.is_tree
    domains.set_errors({(village.id, "social-assistance"): 2})
    assert domains.index(2, 0).data() == "幸福村村民委员会（1）  ⚠2"
    catalog = CatalogTableModel()
    catalog.load(workspace)
    qtmodeltester.check(catalog)
    channels = catalog.index(0, 1 + TABLE_FIELDS.index("channels")).data()
    assert channels in ("政府网站、公开查阅点",)
    assert catalog.headerData(3, Qt.Orientation.Horizontal) == "事项名称"
    assert catalog.headerData(0, Qt.Orientation.Horizontal) == "问题"


def test_screenshot_option_draws_the_window_and_exits(tmp_path, data_dir):
    shot = tmp_path / "main.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "GKML_DATA_DIR": str(data_dir)}
    import os

    result = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(shot)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    assert text_lines(image, image.width() * 3 // 10, image.width() * 6 // 10) >= 10


def test_screenshot_of_a_missing_workspace_exits_2_with_the_reason(tmp_path, data_dir):
    import os

    missing = tmp_path / "没有.gkml"
    result = subprocess.run(
        [sys.executable, "main.py", str(missing), "--screenshot", str(tmp_path / "x.png")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "GKML_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "找不到工作区文件" in result.stderr and str(missing) in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_starting_without_a_file_reopens_the_last_workspace(workspace, tmp_path, qapp):
    from desktop.ui.app import _last_workspace
    from desktop.ui.settings import remember_workspace

    assert _last_workspace() is None  # a first start: the demo
    remember_workspace(str(workspace.path))
    gone = tmp_path / "已删除.gkml"
    gone.write_bytes(b"x")
    remember_workspace(str(gone))
    gone.unlink()
    assert _last_workspace() == workspace.path  # the newest one that is still there


def text_lines(image, left: int, right: int) -> int:
    """Bands of pixel rows holding dark (text) pixels between ``left`` and ``right``, below
    the menus and the table header: the catalog's rows as drawn."""
    bands, inside = 0, False
    for y in range(image.height() // 5, image.height() * 3 // 5):
        dark = any(image.pixelColor(x, y).lightness() < 110 for x in range(left, right, 2))
        if dark and not inside:
            bands += 1
        inside = dark
    return bands


def test_pyside_append_row_does_not_crash_python(tmp_path):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None per appendRow (none_dealloc)."""
    code = (
        "from PySide6.QtGui import QStandardItem, QStandardItemModel\n"
        "m = QStandardItemModel()\n"
        "for i in range(20000): m.appendRow([QStandardItem(str(i))])\n"
        "print(m.rowCount())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20000"


def filled_window(window, workspace, qtbot, items):
    workspace.add_items(items)
    path = workspace.path
    workspace.close()
    assert window.open(path)
    qtbot.waitUntil(lambda: not window.workers.busy and window.live is not None)
    return window


def test_validation_fills_findings_badges_and_summary(window, workspace, qtbot):
    filled_window(
        window,
        workspace,
        qtbot,
        [
            make_item(name="办事指南"),
            make_item(name="审核信息", basis=""),
            make_item(domain="elderly-care", name="补贴", method="主动公开"),
        ],
    )
    summary = window.form.findingsSummary.text()
    assert "错误 1" in summary and "不能导出" in summary
    rules = [window.findings.finding(r).rule for r in range(window.findings.rowCount())]
    assert rules[0] == "missing-element" and "vocab-synonym" in rules
    badges = [window.catalog.index(r, 0).data() for r in range(window.catalog.rowCount())]
    assert "● 错误" in badges and "● 提示" in badges
    assert "⚠1" in window.domains.index(0, 0).data()


def test_double_clicking_a_finding_selects_its_item(window, workspace, qtbot):
    items = [make_item(name=f"事项{i}") for i in range(30)] + [make_item(name="缺依据", basis="")]
    filled_window(window, workspace, qtbot, items)
    window.form.searchEdit.setText("事项1")
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 11)
    error_row = next(
        r
        for r in range(window.findings.rowCount())
        if window.findings.finding(r).item_id and window.findings.finding(r).severity == "error"
    )
    index = window.findings.index(error_row, 4)
    window.form.findingsTable.doubleClicked.emit(index)
    current = window.form.itemTable.currentIndex()
    assert window.form.searchEdit.text() == ""
    assert window.catalog.index(current.row(), 1 + TABLE_FIELDS.index("name")).data() == "缺依据"
    assert window.findings.finding(error_row).field == "basis"
    assert window.focusWidget() is window.editor.form.basisEdit  # the field, not just the item


def test_search_status_and_problem_filters(window, workspace, qtbot):
    items = [
        make_item(name="低保办事指南"),
        make_item(name="特困审核信息", basis="", status="待审"),
        make_item(domain="elderly-care", name="高龄补贴", content="100%发放_标准"),
    ]
    filled_window(window, workspace, qtbot, items)
    catalog = window.catalog
    window.form.searchEdit.setText("审核")
    qtbot.waitUntil(lambda: catalog.rowCount() == 1)
    window.form.searchEdit.setText("%发放_")
    qtbot.waitUntil(lambda: catalog.rowCount() == 1)
    window.form.searchEdit.setText("")
    qtbot.waitUntil(lambda: catalog.rowCount() == 3)
    window.form.statusFilter.setCurrentIndex(window.form.statusFilter.findData("待审"))
    assert catalog.rowCount() == 1
    window.form.statusFilter.setCurrentIndex(0)
    window.form.problemFilter.setCurrentIndex(window.form.problemFilter.findData("error"))
    assert catalog.rowCount() == 1
    assert catalog.index(0, 1 + TABLE_FIELDS.index("name")).data() == "特困审核信息"
    window.form.problemFilter.setCurrentIndex(0)
    window.form.severityFilter.setCurrentIndex(window.form.severityFilter.findData("error"))
    assert {window.findings.finding(r).severity for r in range(window.findings.rowCount())} == {
        "error"
    }


def test_sorting_is_done_by_the_store(window, workspace, qtbot):
    items = [make_item(name=name, level1=f"一级{name}") for name in ("乙", "甲", "丙")]
    filled_window(window, workspace, qtbot, items)
    column = 1 + TABLE_FIELDS.index("name")
    window.form.itemTable.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    names = [window.catalog.index(r, column).data() for r in range(3)]
    assert names == sorted(names)
    window.form.itemTable.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert [window.catalog.index(r, column).data() for r in range(3)] == sorted(names, reverse=True)


def test_lazy_catalog_reads_pages_and_passes_the_model_tester(qtmodeltester, workspace):
    workspace.add_items(
        [
            make_item(name=f"事项{i:04d}", basis="" if i % 7 else "《条例》")
            for i in range(CatalogTableModel.PAGE * 3 + 5)
        ]
    )
    catalog = CatalogTableModel()
    catalog.load(workspace)
    assert catalog.rowCount() == CatalogTableModel.PAGE * 3 + 5
    column = 1 + TABLE_FIELDS.index("name")
    assert catalog.index(CatalogTableModel.PAGE * 3 + 4, column).data() == "事项0604"
    assert len(catalog._pages) == 1
    catalog.set_problems({catalog.item_id(0): "error"})
    qtmodeltester.check(catalog)
    item_id = catalog.item_id(10)
    workspace.update_item(item_id, name="改过的名字")
    catalog.refresh_items({item_id})
    assert catalog.index(10, column).data() == "改过的名字"


def test_findings_model_passes_the_model_tester(qtmodeltester, workspace):
    from desktop.domain.finding_index import FindingIndex
    from desktop.domain.findings import Context
    from desktop.domain.validation import validate
    from desktop.ui.findings_model import FindingsModel

    items = [make_item(basis=""), make_item(name="x", method="主动公开")]
    report = validate(items, Context())
    found = FindingIndex()
    found.load(report.findings)
    findings = FindingsModel()
    findings.show(lambda: found, {items[0].id: "第 1 项"})
    qtmodeltester.check(findings)
    assert findings.index(0, 0).data() == "错误"
    assert "改正" in findings.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    found.replace({items[0].id}, set(), [])
    findings.refilter()
    assert [findings.finding(r).rule for r in range(findings.rowCount())] == ["vocab-synonym"]


def select_row(window, row: int) -> None:
    index = window.catalog.index(row, 1)
    window.form.itemTable.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_editing_in_the_editor_commits_at_once_with_undo_and_redo(window, workspace, qtbot):
    filled_window(window, workspace, qtbot, [make_item(name="办事指南", basis="")])
    select_row(window, 0)
    editor = window.editor
    assert editor.form.nameEdit.text() == "办事指南"
    assert "没有填写" in editor.form.itemFindings.text()
    # What an input method commits (QTest cannot type Chinese key by key).
    editor.form.basisEdit.setFocus()
    editor.form.basisEdit.insertPlainText("《社会救助暂行办法》")
    qtbot.waitUntil(lambda: window.workspace.item(window.catalog.item_id(0)).basis != "")
    item_id = window.catalog.item_id(0)
    assert window.workspace.item(item_id).basis == "《社会救助暂行办法》"
    assert editor.form.itemFindings.text() == "这一事项没有发现问题。"
    assert window.catalog.index(0, 0).data() is None
    editor.form.methodCombo.setCurrentIndex(editor.form.methodCombo.findData("依申请"))
    editor.form.villageCheck.setChecked(True)
    item = window.workspace.item(item_id)
    assert (item.method, item.levels) == ("依申请", ("县级", "乡级", "村级"))
    window.undo_action.trigger()
    assert window.workspace.item(item_id).levels == ("县级", "乡级")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.workspace.item(item_id).basis == ""
    assert window.catalog.index(0, 0).data() == "● 错误"
    window.redo_action.trigger()
    assert window.workspace.item(item_id).basis == "《社会救助暂行办法》"
    assert editor.form.basisEdit.toPlainText() == "《社会救助暂行办法》"
    qtbot.waitUntil(lambda: "错误 0" in window.form.findingsSummary.text())


def test_ctrl_z_in_an_editor_field_undoes_the_catalog_edit(window, workspace, qtbot):
    """A field's own undo would only take back letters; Ctrl+Z there undoes the edit."""
    filled_window(window, workspace, qtbot, [make_item(name="办事指南", method="主动")])
    select_row(window, 0)
    item_id = window.catalog.item_id(0)
    editor = window.editor
    editor.form.methodCombo.setCurrentIndex(editor.form.methodCombo.findData("依申请"))
    name = editor.form.nameEdit
    name.setFocus()
    name.setText("办事指南（修订）")  # typed, not yet left: no edit committed so far
    assert window.workspace.item(item_id).name == "办事指南"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.item(item_id).name == "办事指南"  # typed, saved, then undone
    assert name.text() == "办事指南"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.item(item_id).method == "主动"  # the edit before it
    qtbot.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.item(item_id).method == "依申请"


def test_a_county_workspace_lists_its_units_with_their_domains(window, workspace, qtbot):
    village = workspace.add_unit(Unit(name="幸福村村民委员会", level="村级"))
    items = [
        make_item(name="办事指南"),
        make_item(domain="elderly-care", name="养老机构备案"),
        make_item(name="村务公开", basis="", unit_id=village.id),
    ]
    filled_window(window, workspace, qtbot, items)
    tree, domains = window.form.domainTree, window.domains
    assert domains.is_tree and tree.rootIsDecorated()
    names = [domains.index(row, 0).data() for row in range(domains.rowCount())]
    assert names == ["全部事项（3）  ⚠1", "幸福镇人民政府（2）", "幸福村村民委员会（1）  ⚠1"]
    village_row = domains.index(2, 0)
    assert domains.index(0, 0, village_row).data() == "社会救助（1）  ⚠1"
    tree.setCurrentIndex(domains.index(0, 0, village_row))
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 1)
    assert window.workspace.item(window.catalog.item_id(0)).unit_id == village.id
    shown = list(map(window.findings.finding, range(window.findings.rowCount())))
    # The village's item, and the village's own guideline gaps and domain coverage.
    assert {f.item_id for f in shown if f.item_id} == {items[2].id}
    assert {f.unit_id for f in shown if not f.item_id} == {village.id}
    window.domain_panel.select("social-assistance", window.workspace.home_unit.id)
    assert window.catalog.unit == window.workspace.home_unit.id
    assert window.catalog.rowCount() == 1
    assert window.show_item(items[2].id, "social-assistance")  # into the village's branch
    assert window.catalog.unit == village.id


def test_a_county_sees_each_units_completeness_on_the_dashboard(window, workspace, qtbot):
    from desktop.domain.templates import load_templates
    from desktop.ui.dashboard import ProgressModel

    village = workspace.add_unit(Unit(name="幸福村村民委员会", level="村级"))
    template = load_templates().get("village-affairs")
    rows = template.items_for_level("村级")
    village_items = [row.to_item(template, village) for row in rows[:3]]
    for item in village_items:
        item.unit_id = village.id
    village_items[0].basis = ""
    filled_window(window, workspace, qtbot, [make_item(), *village_items])
    dashboard = window.catalog_actions.show_dashboard()
    combo = dashboard.form.unitCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "幸福镇人民政府（乡级）",
        "幸福村村民委员会（村级）",
    ]
    assert not combo.isHidden()
    model = dashboard.model
    codes = [model.index(r, 0).data(ProgressModel.CodeRole) for r in range(model.rowCount())]
    assert "village-affairs" not in codes  # a township has no village list
    combo.setCurrentIndex(1)
    codes = [model.index(r, 0).data(ProgressModel.CodeRole) for r in range(model.rowCount())]
    row = codes.index("village-affairs")
    assert (model.index(row, 1).data(), model.index(row, 2).data()) == (len(rows), 3)
    village_errors = [
        f for f in window.session.findings.findings_of(village.id) if f.severity == "error"
    ]
    village_ids = {item.id for item in village_items}
    assert village_errors and all(f.item_id in village_ids for f in village_errors)
    assert model.index(row, 5).data() == len(village_errors)  # not the township's
    assert f"还有 {len(village_errors)} 个错误" in dashboard.form.verdictLabel.text()
    dashboard.form.progressTable.doubleClicked.emit(model.index(row, 0))
    assert (window.catalog.unit, window.catalog.domain) == (village.id, "village-affairs")
    assert window.catalog.rowCount() == 3


def test_findings_panel_follows_edits_without_a_full_report(window, workspace, qtbot, monkeypatch):
    items = [
        make_item(name=f"事项{n}", basis="" if n < 3 else "《社会救助暂行办法》") for n in range(6)
    ]
    filled_window(window, workspace, qtbot, items)
    rows = window.findings.rowCount()
    assert window.session.findings.counts["error"] == 3
    monkeypatch.setattr(window.live, "report", lambda: pytest.fail("a full report after an edit"))
    last = window.findings.finding(rows - 1)
    window.editor_panel.edit(items[1].id, "basis", "《社会救助暂行办法》")
    window.editor_panel.edit(items[4].id, "name", "事项0")  # now a duplicate of the first item
    qtbot.waitUntil(lambda: "错误 4，" in window.form.findingsSummary.text())
    rules = {(f.item_id, f.rule) for f in map(window.findings.finding, range(rows + 1))}
    assert (items[1].id, "missing-element") not in rules
    assert {(items[0].id, "duplicate"), (items[4].id, "duplicate")} <= rules
    assert window.findings.rowCount() == rows + 1
    assert window.findings.finding(rows) == last  # the others keep their order
    assert window.domains.index(0, 0).data().endswith("⚠4")
    window.undo_action.trigger()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.findings.rowCount() == rows)
    assert window.session.findings.counts["error"] == 3


def test_basis_help_cites_the_guidelines_laws_in_title_marks(window, workspace, qtbot):
    filled_window(window, workspace, qtbot, [make_item(name="办事指南", basis="相关规定")])
    select_row(window, 0)
    editor = window.editor
    item_id = window.catalog.item_id(0)
    assert "basis-citation" in {f.rule for f in window.live.findings_for(item_id)}
    editor.cite_menu.aboutToShow.emit()
    titles = [action.text() for action in editor.cite_menu.actions()]
    assert "《国务院关于进一步加强和改进最低生活保障工作的意见》" in titles[:3]
    assert titles[-1] == "《中华人民共和国政府信息公开条例》"
    editor.cite_menu.actions()[-1].trigger()
    assert window.workspace.item(item_id).basis == "相关规定、《中华人民共和国政府信息公开条例》"
    assert "basis-citation" not in {f.rule for f in window.live.findings_for(item_id)}
    window.undo_action.trigger()
    assert window.workspace.item(item_id).basis == "相关规定"
    cursor = editor.form.basisEdit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, QTextCursor.MoveMode.KeepAnchor)  # 相关规定 typed as a title
    editor.form.basisEdit.setTextCursor(cursor)
    qtbot.mouseClick(editor.form.quoteButton, Qt.MouseButton.LeftButton)
    assert window.workspace.item(item_id).basis == "《相关规定》"


def test_channels_and_free_channels_are_edited_as_a_list(window, workspace, qtbot):
    filled_window(window, workspace, qtbot, [make_item(channels=("政府网站",))])
    select_row(window, 0)
    form = window.editor.form
    form.channelList.item(1).setCheckState(Qt.CheckState.Checked)  # 政府公报
    form.otherChannelsEdit.setText("村应急广播，乡镇大喇叭")
    form.otherChannelsEdit.editingFinished.emit()
    item = window.workspace.item(window.catalog.item_id(0))
    assert item.channels == ("政府网站", "政府公报", "村应急广播", "乡镇大喇叭")
    assert "乡镇大喇叭" in form.itemFindings.text()


def test_one_click_fix_is_one_undo_step(window, workspace, qtbot):
    filled_window(
        window, workspace, qtbot, [make_item(name=" 办事\u200b指南\x0b ", method="主动公开")]
    )
    select_row(window, 0)
    assert window.editor.form.fixButton.isEnabled()
    qtbot.mouseClick(window.editor.form.fixButton, Qt.MouseButton.LeftButton)
    item = window.workspace.item(window.catalog.item_id(0))
    assert (item.name, item.method) == ("办事指南", "主动")
    assert not window.editor.form.fixButton.isEnabled()
    window.undo_action.trigger()
    item = window.workspace.item(item.id)
    assert (item.name, item.method) == (" 办事\u200b指南\x0b ", "主动公开")


def test_confirming_clears_the_freshness_reminder(window, workspace, qtbot):
    workspace.add_items([make_item()])
    with workspace.atomic():
        workspace.conn.execute("UPDATE item SET confirmed_at = '2020-01-01T09:00:00+08:00'")
    filled_window(window, workspace, qtbot, [])
    select_row(window, 0)
    assert "上次核对是 2020-01-01" in window.editor.form.itemFindings.text()
    qtbot.mouseClick(window.editor.form.confirmButton, Qt.MouseButton.LeftButton)
    assert window.editor.form.itemFindings.text() == "这一事项没有发现问题。"


def test_large_font_mode_scales_text_and_is_remembered(window, qapp):
    from desktop.ui.settings import large_font

    base = qapp.font().pointSizeF()
    width = window.form.itemTable.columnWidth(0)
    window.view_menu.large_font_action.setChecked(True)
    assert qapp.font().pointSizeF() >= base * 1.5 - 0.01
    assert window.form.itemTable.columnWidth(0) > width * 1.3  # columns widen with the text
    assert large_font()
    window.view_menu.large_font_action.setChecked(False)
    assert abs(qapp.font().pointSizeF() - base) < 0.01
    assert window.form.itemTable.columnWidth(0) == width
    assert not large_font()


def test_new_item_delete_and_undo(window, workspace, qtbot):
    filled_window(window, workspace, qtbot, [make_item(name="办事指南")])
    window.domain_panel.select("social-assistance")
    item_id = window.catalog_actions.new_item()
    assert window.workspace.item(item_id).name == "新事项"
    assert window.workspace.item(item_id).subject == "幸福镇人民政府"
    assert window.editor.item.id == item_id
    assert window.catalog.rowCount() == 2
    window.editor.form.nameEdit.setText("本镇自有事项")
    window.editor.form.nameEdit.editingFinished.emit()
    assert window.workspace.item(item_id).name == "本镇自有事项"
    window.catalog_actions.delete_selected()
    assert window.catalog.rowCount() == 1
    assert window.workspace.item(item_id).deleted_at is not None
    window.undo_action.trigger()
    assert window.catalog.rowCount() == 2
    assert window.workspace.item(item_id).deleted_at is None


def test_recycle_bin_brings_back_an_item_deleted_in_an_earlier_session(
    window, workspace, qtbot, qtmodeltester
):
    _kept, gone = workspace.add_items([make_item(name="办事指南"), make_item(name="审核信息")])
    workspace.delete_item(gone.id)  # last week: no undo reaches it now
    filled_window(window, workspace, qtbot, [])
    assert window.catalog.rowCount() == 1
    window.form.actionRecycleBin.trigger()
    dialog = window.findChild(RecycleBin)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 2).data() == "审核信息"
    assert not dialog.form.restoreButton.isEnabled()
    dialog.form.binTable.selectRow(0)
    qtbot.mouseClick(dialog.form.restoreButton, Qt.MouseButton.LeftButton)
    assert window.workspace.item(gone.id).deleted_at is None
    assert window.catalog.rowCount() == 2 and window.editor.item.id == gone.id
    assert dialog.model.rowCount() == 0 and dialog.form.hintLabel.text() == "回收站是空的。"
    window.undo_action.trigger()
    assert window.workspace.item(gone.id).deleted_at is not None
    assert window.catalog.rowCount() == 1
    dialog.reject()


def test_unit_profile_renames_the_unit_and_its_subjects_in_one_undo_step(window, workspace, qtbot):
    items = workspace.add_items(
        [make_item(name="办事指南"), make_item(name="审核信息", subject="民政办")]
    )
    with workspace.atomic():
        workspace.conn.execute("UPDATE item SET confirmed_at = '2020-01-01T09:00:00+08:00'")
    filled_window(window, workspace, qtbot, [])
    assert "stale" in {
        f.rule for f in map(window.findings.finding, range(window.findings.rowCount()))
    }
    window.form.actionUnitProfile.trigger()
    dialog = window.findChild(UnitProfileDialog)
    form = dialog.form
    assert form.nameEdit.text() == "幸福镇人民政府" and form.levelValue.text() == "乡级"
    assert not form.renameSubjectsCheck.isEnabled()
    form.codeEdit.setText("12345")
    dialog.accept()
    assert dialog.isVisible() and "区划代码" in form.errorLabel.text()  # stays open, says why
    form.codeEdit.setText("３３０１０２００１０００")
    form.nameEdit.setText("幸福街道办事处")
    assert form.renameSubjectsCheck.isEnabled() and form.renameSubjectsCheck.isChecked()
    form.freshnessSpin.setValue(0)
    dialog.accept()
    home = window.workspace.home_unit
    assert (home.name, home.division_code) == ("幸福街道办事处", "330102001000")
    assert window.windowTitle().startswith("幸福街道办事处")
    subjects = {i.name: i.subject for i in window.workspace.items()}
    assert subjects == {"办事指南": "幸福街道办事处", "审核信息": "民政办"}
    qtbot.waitUntil(lambda: not window.workers.busy)
    assert "stale" not in {
        f.rule for f in map(window.findings.finding, range(window.findings.rowCount()))
    }
    window.undo_action.trigger()
    assert window.workspace.item(items[0].id).subject == "幸福镇人民政府"


def test_marking_selected_items_reviewed_is_one_undo_step(window, workspace, qtbot):
    items = [make_item(name=f"事项{n}") for n in range(4)]
    filled_window(window, workspace, qtbot, items)
    table = window.form.itemTable
    table.selectRow(0)
    table.selectionModel().select(
        window.catalog.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    menu = window.catalog_actions.item_menu(table.viewport().rect().center())
    assert window.catalog_view.status_menu.menuAction() in menu.actions()
    menu.close()
    [reviewed] = [a for a in window.catalog_view.status_menu.actions() if a.text() == "已审"]
    reviewed.trigger()
    statuses = [window.workspace.item(i.id).status for i in items]
    assert statuses == ["已审", "草稿", "已审", "草稿"]
    column = 1 + TABLE_FIELDS.index("status")
    assert window.catalog.index(2, column).data() == "已审"
    window.form.statusFilter.setCurrentIndex(window.form.statusFilter.findData("已审"))
    qtbot.waitUntil(lambda: window.catalog.rowCount() == 2)
    window.undo_action.trigger()
    assert [window.workspace.item(i.id).status for i in items] == ["草稿"] * 4
    assert window.catalog.rowCount() == 0


def test_print_menu_writes_a_pdf(window, workspace, qtbot, tmp_path, monkeypatch):
    filled_window(window, workspace, qtbot, [make_item()])
    target = tmp_path / "公开栏.pdf"
    monkeypatch.setattr(
        "desktop.ui.file_actions.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    worker = window.file_actions.print_catalog()
    qtbot.waitUntil(lambda: "已生成" in window.statusBar().currentMessage())
    assert worker is not None and str(target) in window.statusBar().currentMessage()
    assert target.read_bytes().startswith(b"%PDF")


def test_f1_opens_the_user_guide_with_its_screenshots(window, qtbot):
    from desktop.ui.help import GUIDE

    help_window = window.view_menu.show_help()
    qtbot.addWidget(help_window)
    text = help_window.browser.toPlainText()
    assert "新建工作区" in text and "九要素" in text
    markdown = GUIDE.read_text(encoding="utf-8")
    for image in __import__("re").findall(r"\]\((screenshots/[^)]+)\)", markdown):
        assert (GUIDE.parent / image).is_file(), image


def test_declaring_a_domain_out_of_scope_clears_its_finding(window, workspace, qtbot, monkeypatch):
    filled_window(window, workspace, qtbot, [make_item()])
    undeclared = {
        window.findings.finding(r).domain
        for r in range(window.findings.rowCount())
        if window.findings.finding(r).rule == "domain-undeclared"
    }
    assert "taxation" in undeclared
    assert window.catalog_actions.declare_out_of_scope("taxation", "本镇不设税务机构")
    qtbot.waitUntil(lambda: not window.workers.busy)
    qtbot.waitUntil(
        lambda: all(
            window.findings.finding(r).domain != "taxation"
            for r in range(window.findings.rowCount())
        )
    )
    assert window.workspace.out_of_scope() == {"taxation": "本镇不设税务机构"}
    shown = []
    monkeypatch.setattr(
        "desktop.ui.main_window.QMessageBox.warning", lambda *args: shown.append(args[2])
    )
    assert not window.catalog_actions.declare_out_of_scope("elderly-care", "  ")
    assert shown and "原因" in shown[0]


def test_recent_workspaces_menu(window, tmp_path, township):
    from desktop.store import create_workspace

    paths = []
    for name in ("甲镇", "乙镇"):
        path = tmp_path / f"{name}.gkml"
        create_workspace(path, township).close()
        assert window.open(path)
        paths.append(path)
    window.file_actions.fill_recent_menu()
    names = [action.text() for action in window.file_actions.recent_menu.actions()]
    assert names[:2] == ["&1 乙镇.gkml", "&2 甲镇.gkml"]
    window.file_actions.recent_menu.actions()[1].trigger()
    assert window.workspace.path == paths[0]


def test_start_page_while_no_workspace_is_open(window, qtbot, workspace):
    assert window.pages.currentWidget() is window.start_page
    assert not window.editor_dock.isVisibleTo(window)
    path = workspace.path
    workspace.close()
    assert window.open(path)
    assert window.pages.currentIndex() == 1
    window.close_workspace()
    assert window.pages.currentWidget() is window.start_page
    recent = window.start_page.recent
    assert recent.count() == 1
    recent.itemActivated.emit(recent.item(0))
    assert window.workspace is not None and window.workspace.path == path


def test_a_run_with_its_own_data_folder_keeps_its_settings_there(tmp_path, data_dir):
    """GKML_DATA_DIR is a whole sandbox: a portable install (or a test) neither reads nor
    changes the user's recent workspaces."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GKML_DATA_DIR": str(data_dir)}
    shot = tmp_path / "x.png"
    command = [sys.executable, "main.py", "--screenshot", str(shot)]
    assert subprocess.run(command, cwd=ROOT, env=env, timeout=120).returncode == 0
    [settings] = (data_dir / "settings").rglob("*.ini")
    assert "示范镇人民政府.gkml" in settings.read_text(encoding="utf-8")
