"""Adding items from a guideline template, and the completeness dashboard."""

from __future__ import annotations

import pytest
from conftest import make_item, open_in_window
from PySide6.QtCore import Qt

from desktop.domain.templates import load_templates
from desktop.ui.add_from_template import TemplateChoiceModel
from desktop.ui.dashboard import PERCENT_COLUMN, ProgressModel
from desktop.ui.main_window import MainWindow

TEMPLATES = load_templates()


@pytest.fixture
def window(qtbot, workspace):
    template = TEMPLATES.get("social-assistance")
    first = template.items_for_level("乡级")[0]
    workspace.add_item(first.to_item(template, workspace.home_unit))
    path = workspace.path
    workspace.close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open(path)
    qtbot.waitUntil(lambda: not win.workers.busy and win.live is not None)
    yield win
    win.close_workspace()


def social_row(window):
    return next(p for p in window.catalog_actions.progress() if p.domain == "social-assistance")


def test_add_from_template_pre_ticks_missing_rows_and_marks_the_rest(window, qtbot):
    window.domain_panel.select("social-assistance")
    before = social_row(window)
    assert before.included == 1 and before.missing == before.applicable - 1
    dialog = window.catalog_actions.add_from_template()
    model = dialog.model
    assert dialog.form.domainCombo.currentData() == "social-assistance"
    assert model.rowCount() == before.applicable
    assert model.index(0, 4).data() == "已在目录中"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert len(model.chosen()) == before.applicable - 1
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.form.markRestCheck.setChecked(True)
    dialog.form.buttons.accepted.emit()
    assert dialog.isVisible()  # a reason is required
    dialog.form.reasonEdit.setText("本镇无此项业务")
    dialog.form.buttons.accepted.emit()
    after = social_row(window)
    assert (after.included, after.not_applicable, after.missing) == (before.applicable - 1, 1, 0)
    # the rows whose template cells are blank are still work to do, not done
    assert after.blocked > 0 and after.percent == 100 * after.ready // after.total < 100
    assert window.catalog.rowCount() == before.applicable
    window.undo_action.trigger()
    assert social_row(window).included == 1
    window.redo_action.trigger()
    assert social_row(window).missing == 0


def test_dashboard_numbers_follow_the_catalog(window, qtbot):
    dashboard = window.catalog_actions.show_dashboard()
    model = dashboard.model
    rows = {model.index(r, 0).data(ProgressModel.CodeRole): r for r in range(model.rowCount())}
    row = rows["social-assistance"]
    assert model.index(row, 2).data() == 1
    verdict = dashboard.form.verdictLabel.text()
    assert "没有错误，但" in verdict and "既未编入也未标为不适用" in verdict
    assert "导出上传时要确认" in verdict
    dashboard.close()
    window.domain_panel.select("social-assistance")
    dialog = window.catalog_actions.add_from_template()
    dialog.form.buttons.accepted.emit()
    dashboard = window.catalog_actions.show_dashboard()
    model = dashboard.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(ProgressModel.CodeRole) == "social-assistance"
    )
    social = social_row(window)
    assert social.missing == 0 and model.index(row, PERCENT_COLUMN).data() == social.percent < 100
    assert 0 < dashboard.form.overallProgress.value() < 100
    dashboard.form.progressTable.doubleClicked.emit(model.index(row, 0))
    assert window.catalog.domain == "social-assistance"


def test_dialog_models_pass_the_model_tester(qtmodeltester, township):
    template = TEMPLATES.get("elderly-care")
    choices = TemplateChoiceModel()
    choices.load_template(template, "乡级", [make_item(domain="elderly-care")])
    qtmodeltester.check(choices)
    from desktop.domain.completeness import completeness

    progress = ProgressModel()
    progress.load(completeness([make_item()], TEMPLATES, "乡级"))
    qtmodeltester.check(progress)


def test_template_update_applies_chosen_changes_as_one_undo_step(qtbot, workspace, tmp_path):
    import json

    from desktop.domain.templates import BUNDLED_DIR
    from desktop.store.template_versions import import_template
    from desktop.ui.template_update import UpdatesModel

    template = TEMPLATES.get("social-assistance")
    rows = template.items_for_level("乡级")
    workspace.add_items([row.to_item(template, workspace.home_unit) for row in rows[:2]])
    data = json.loads((BUNDLED_DIR / "social-assistance.json").read_text(encoding="utf-8"))
    data["version"] = "99"
    for raw in data["items"]:
        if raw["id"] == rows[0].id:
            raw["basis"] = "《社会救助暂行办法》（新版）"
    newer = tmp_path / "social-assistance-99.json"
    newer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_template(workspace, newer)
    window = open_in_window(qtbot, workspace)
    dialog = window.catalog_actions.show_template_updates()
    assert dialog.domain == "social-assistance"
    model: UpdatesModel = dialog.model
    assert [u.kind for u in model.updates] == ["changed"]
    assert "新版" in model.index(0, 3).data()
    assert model.rowCount() == 1
    dialog.accept()
    item = next(i for i in window.workspace.items() if i.template_item_id == rows[0].id)
    assert item.basis == "《社会救助暂行办法》（新版）" and item.template_version == "99"
    window.undo_action.trigger()
    item = window.workspace.item(item.id)
    assert item.basis == rows[0].basis and item.template_version == template.version
    window.close_workspace()


def test_updates_model_passes_the_model_tester(qtmodeltester, township):
    import dataclasses

    from desktop.domain.template_updates import template_updates
    from desktop.ui.template_update import UpdatesModel

    old = TEMPLATES.get("social-assistance")
    rows = list(old.items)
    rows[0] = dataclasses.replace(rows[0], basis="《新依据》")
    new = dataclasses.replace(old, version="2", items=tuple(rows[:-1]))
    items = [row.to_item(old, township) for row in old.items_for_level("乡级")]
    model = UpdatesModel()
    model.load_updates(template_updates(items, old, new, township))
    qtmodeltester.check(model)
