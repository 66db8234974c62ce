"""Correcting a catalog by re-importing the spreadsheet a clerk fixed in Excel."""

from __future__ import annotations

import pytest
from catalog_files import UPLOAD_HEADER, county_rows, edit_cells, upload_row
from conftest import confirmed_export, make_item
from openpyxl import Workbook, load_workbook

from desktop.cli import main
from desktop.exchange.exporting import export_catalog
from desktop.exchange.importing import apply_import, plan_import


def three_items(workspace):
    return workspace.add_items(
        [
            make_item(name="办事指南"),
            make_item(name="审核信息", method="主动"),
            make_item(level1="临时救助", name="办事指南"),
        ]
    )


def test_upload_layout_reimport_updates_the_matching_items_field_by_field(workspace, tmp_path):
    items = three_items(workspace)
    path = confirmed_export(workspace, "upload", tmp_path / "out").files[0]
    edit_cells(path, {(3, "公开内容"): "申请条件、审核结果", (3, "公开方式"): "依申请公开"})
    plan = plan_import(workspace, path)
    assert plan.rejected == [] and plan.added == [] and plan.unchanged == 2
    [update] = plan.updated
    assert update.current.id == items[1].id
    assert [(c.label, c.old, c.new) for c in update.changes] == [
        ("公开内容", "办理条件、申请材料、办理流程", "申请条件、审核结果"),
        ("公开方式", "主动", "依申请公开"),
    ]
    assert (
        workspace.item(items[1].id).content == "办理条件、申请材料、办理流程"
    )  # plan wrote nothing
    result = apply_import(workspace, plan)
    assert (result.added, result.updated, result.backup.reason) == (0, 1, "import")
    after = workspace.item(items[1].id)
    assert (after.content, after.method, after.revision) == ("申请条件、审核结果", "依申请公开", 2)
    assert workspace.item(items[0].id).revision == 1
    audit = {a.field for a in workspace.audit(items[1].id) if a.action == "import"}
    assert {"content", "method"} <= audit and after.status != "已上传"


def test_official_layout_reimport_changes_only_the_edited_cell(workspace, tmp_path):
    items = three_items(workspace)
    path = confirmed_export(workspace, "official", tmp_path / "out").files[0]
    edit_cells(path, {(5, "公开依据"): "《社会救助暂行办法》《最低生活保障审核确认办法》"})
    plan = plan_import(workspace, path)
    assert plan.rejected == [] and plan.added == [] and plan.unchanged == 2
    [update] = plan.updated
    assert [c.field for c in update.changes] == ["basis"]
    apply_import(workspace, plan)
    assert workspace.item(update.current.id).basis.endswith("《最低生活保障审核确认办法》")
    assert {item.id for item in workspace.items()} == {item.id for item in items}


def test_rows_match_on_normalised_level1_and_name_and_only_carried_columns_change(
    workspace, tmp_path
):
    item = workspace.add_item(make_item(link="https://example.gov.cn/zn", status="已审"))
    book = Workbook()
    sheet = book.active
    sheet.append(UPLOAD_HEADER)
    sheet.append(upload_row("社会救助", "最低生活保障\u3000", " 办事指南", time_limit="实时"))
    book.save(tmp_path / "改过的.xlsx")
    plan = plan_import(workspace, tmp_path / "改过的.xlsx")
    [update] = plan.updated
    assert [c.field for c in update.changes] == ["level1", "name", "time_limit"]
    apply_import(workspace, plan)
    after = workspace.item(item.id)
    assert (after.time_limit, after.link, after.status) == (
        "实时",
        "https://example.gov.cn/zn",
        "已审",
    )


def test_full_layout_edit_with_unchanged_revision_is_applied(workspace, tmp_path):
    items = three_items(workspace)
    path = export_catalog(workspace, "full", tmp_path / "out").files[0]
    edit_cells(path, {(2, "事项名称"): "办事指南（低保）", (3, "公开时限"): "实时"})
    plan = plan_import(workspace, path)
    assert plan.rejected == [] and plan.unchanged == 1
    changed = {u.current.id: [(c.field, c.new) for c in u.changes] for u in plan.updated}
    assert changed == {
        items[0].id: [("name", "办事指南（低保）")],
        items[1].id: [("time_limit", "实时")],
    }
    assert not any(u.newer for u in plan.updated)
    apply_import(workspace, plan)
    assert workspace.item(items[0].id).name == "办事指南（低保）"  # matched by id, renamed
    assert workspace.item(items[0].id).revision == 2


def test_full_layout_older_row_that_differs_is_refused_without_revision_numbers(
    workspace, tmp_path
):
    item = workspace.add_item(make_item())
    path = export_catalog(workspace, "full", tmp_path / "out").files[0]
    workspace.update_item(item.id, basis="《工作区里改的依据》")
    edit_cells(path, {(2, "公开内容"): "文件里改的内容"})
    plan = plan_import(workspace, path)
    assert plan.updated == [] and plan.added == []
    [refused] = plan.rejected
    assert "修订号" not in refused.reason
    assert "公开内容、公开依据" in refused.reason and "重新导出" in refused.reason


def test_full_layout_lists_are_editable_text_and_read_back_exactly(workspace, tmp_path):
    channels = ("政府网站", "党员、村民代表大会", "公开栏\\电子屏")
    item = workspace.add_item(make_item(channels=channels, levels=("县级", "乡级", "村级")))
    path = export_catalog(workspace, "full", tmp_path / "out").files[0]
    sheet = load_workbook(path).active
    values = {sheet.cell(1, c).value: sheet.cell(2, c).value for c in range(1, sheet.max_column)}
    assert values["公开渠道和载体"] == "政府网站、党员\\、村民代表大会、公开栏\\\\电子屏"
    assert values["公开层级"] == "县级、乡级、村级"
    assert plan_import(workspace, path).unchanged == 1
    edit_cells(path, {(2, "公开渠道和载体"): values["公开渠道和载体"] + "、两微一端"})
    plan = plan_import(workspace, path)
    [update] = plan.updated
    assert [(c.field, c.new) for c in update.changes] == [("channels", (*channels, "两微一端"))]
    apply_import(workspace, plan)
    assert workspace.item(item.id).channels == (*channels, "两微一端")


def test_backups_written_with_json_lists_still_read(workspace, tmp_path):
    item = workspace.add_item(make_item(channels=("党员、村民代表大会",)))
    path = export_catalog(workspace, "full", tmp_path / "out").files[0]
    edit_cells(path, {(2, "公开渠道和载体"): '["党员、村民代表大会"]'})
    assert plan_import(workspace, path).unchanged == 1
    assert workspace.item(item.id).channels == ("党员、村民代表大会",)


def test_another_units_rows_in_a_single_unit_workspace_wait_to_be_asked(workspace, tmp_path):
    plan = plan_import(workspace, county_rows(tmp_path))
    assert [(unit.name, count) for unit, count in plan.new_unit_counts()] == [
        ("美丽村村民委员会", 3)
    ]
    assert not plan.add_new_units and len(plan.to_add) == 1
    result = apply_import(workspace, plan)
    assert result.added == 1 and [u.name for u in workspace.units()] == ["幸福镇人民政府"]


def test_another_units_rows_are_added_as_a_sub_unit_when_asked(workspace, tmp_path):
    plan = plan_import(workspace, county_rows(tmp_path))
    plan.add_new_units = True
    assert apply_import(workspace, plan).added == 4
    village = next(u for u in workspace.units() if u.name == "美丽村村民委员会")
    assert village.parent_id == workspace.home_unit.id and village.level == "村级"
    # a workspace that already gathers units adds the next one by default
    again = plan_import(workspace, county_rows(tmp_path).with_name("汇总.xlsx"))
    assert again.add_new_units and again.unchanged == 4


def test_cli_says_what_another_units_rows_would_do(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    source = county_rows(tmp_path)
    main(["import", str(source), "--workspace", str(path)])
    out = capsys.readouterr().out
    assert "“美丽村村民委员会”的 3 个事项没有导入" in out and "--add-units" in out
    main(["import", str(source), "--workspace", str(path), "--add-units"])
    assert "新单位 1 个（美丽村村民委员会）" in capsys.readouterr().out


def test_duplicates_in_the_workspace_are_matched_one_row_each(workspace, tmp_path):
    first, second = workspace.add_items([make_item(), make_item()])
    book = Workbook()
    sheet = book.active
    sheet.append(UPLOAD_HEADER)
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南", content="第一份"))
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南", content="第二份"))
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南", content="第三份"))
    book.save(tmp_path / "重复.xlsx")
    plan = plan_import(workspace, tmp_path / "重复.xlsx")
    assert [(u.current.id, u.changes[0].new) for u in plan.updated] == [
        (first.id, "第一份"),
        (second.id, "第二份"),
    ]
    [refused] = plan.rejected
    assert refused.location.row == 4 and "第 3 行是同一事项" in refused.reason


def test_a_blank_cell_keeps_the_stored_value_and_says_so(workspace, tmp_path):
    item = workspace.add_item(make_item())
    book = Workbook()
    sheet = book.active
    sheet.append(UPLOAD_HEADER)
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南", time_limit="", content="新"))
    book.save(tmp_path / "空格.xlsx")
    plan = plan_import(workspace, tmp_path / "空格.xlsx")
    [update] = plan.updated
    assert [(c.field, c.kept) for c in update.changes] == [("content", False), ("time_limit", True)]
    assert any("1 个单元格是空的" in note for note in plan.notes)
    apply_import(workspace, plan)
    after = workspace.item(item.id)
    assert (after.content, after.time_limit) == ("新", item.time_limit)
    only_blank = tmp_path / "只有空格.xlsx"
    sheet.delete_rows(2)
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南", time_limit="", content="新"))
    book.save(only_blank)
    assert plan_import(workspace, only_blank).unchanged == 1


def test_cli_prints_each_field_change(workspace, tmp_path, capsys):
    workspace.add_item(make_item())
    path = workspace.path
    book = Workbook()
    sheet = book.active
    sheet.append(UPLOAD_HEADER)
    sheet.append(upload_row("社会救助", "最低生活保障", "办事指南", channels="政府网站"))
    book.save(tmp_path / "改.xlsx")
    workspace.close()
    main(["import", str(tmp_path / "改.xlsx"), "--workspace", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert "公开渠道和载体：政府网站、公开查阅点 → 政府网站" in out
    assert "更新 1 项" in out


def test_a_reimport_that_fails_midway_writes_none_of_it(workspace, tmp_path, monkeypatch):
    items = three_items(workspace)
    path = export_catalog(workspace, "full", tmp_path / "out").files[0]
    edit_cells(path, {(2, "公开时限"): "实时", (3, "公开时限"): "长期"})
    book = load_workbook(path)
    book.active.append(["", "社会救助", "", "新的一级", "新事项"])
    book.save(path)
    plan = plan_import(workspace, path)
    assert len(plan.updated) == 2 and len(plan.added) == 1
    real = type(workspace).update_item
    calls = []

    def failing(self, item_id, **changes):
        calls.append(item_id)
        if len(calls) == 2:
            raise OSError("磁盘已满")
        return real(self, item_id, **changes)

    monkeypatch.setattr(type(workspace), "update_item", failing)
    with pytest.raises(OSError):
        apply_import(workspace, plan)
    monkeypatch.undo()
    assert [item.time_limit for item in workspace.items()] == [i.time_limit for i in items]
    assert len(workspace.items()) == 3 and workspace.backups()[0].reason == "import"
