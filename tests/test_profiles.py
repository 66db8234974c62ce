"""Profiles: the bundled ones, and one made from a province's blank upload template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_item
from openpyxl import Workbook, load_workbook

from desktop.cli import main
from desktop.exchange.exporting import missing_items
from desktop.exchange.profiles import ProfileError, load_profile, profile_names
from desktop.exchange.template_profiles import profile_from_template

HEADINGS = [
    "序号",
    "事项名称",
    "所属领域",
    "一级事项",
    "公开内容",
    "公开依据",
    "公开时限",
    "公开主体",
    "公开渠道",
    "公开对象",
    "公开方式",
    "公开层级",
    "精准链接",
    "备注",
]


def blank_template(
    path: Path, headings=HEADINGS, title: str | None = "某省基层政务公开事项上传模板"
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "上传"
    if title:
        sheet.append([title])
    sheet.append(headings)
    workbook.save(path)
    return path


def test_bundled_profiles_load():
    assert {"upload", "official", "full"} <= set(profile_names())
    upload = load_profile("upload")
    assert upload.is_upload and upload.requires_valid
    assert [c.field for c in upload.columns][4:13] == [
        "name",
        "content",
        "basis",
        "time_limit",
        "subject",
        "channels",
        "audience",
        "method",
        "levels",
    ]
    assert not load_profile("full").requires_valid


def test_unknown_profile_lists_the_choices():
    with pytest.raises(ProfileError) as error:
        load_profile("没有这个")
    assert "upload" in error.value.message


def test_template_headings_map_through_the_synonym_table(tmp_path: Path):
    mapping = profile_from_template(blank_template(tmp_path / "t.xlsx"), "某省")
    fields = [c.field for c in mapping.profile.columns]
    assert fields[:4] == ["row_number", "name", "domain", "level1"]
    assert fields[8] == "channels"
    assert mapping.unmapped == [("N", "备注")]
    assert [c.header for c in mapping.profile.columns] == HEADINGS
    assert mapping.profile.sheet == "上传"


def test_cut_off_and_indirect_template_headings_map_to_what_they_mean(tmp_path: Path):
    headings = [
        "主体" if h == "公开主体" else "公开属性" if h == "公开方式" else h for h in HEADINGS
    ]
    mapping = profile_from_template(blank_template(tmp_path / "t.xlsx", headings), "某省")
    fields = [c.field for c in mapping.profile.columns]
    assert (fields[7], fields[10]) == ("subject", "method")


def test_choices_map_unknown_columns_by_hand(tmp_path: Path):
    mapping = profile_from_template(
        blank_template(tmp_path / "t.xlsx"), "某省", choices={"备注": "category"}
    )
    assert mapping.unmapped == []
    assert mapping.profile.columns[-1].field == "category"
    with pytest.raises(ProfileError):
        profile_from_template(blank_template(tmp_path / "t.xlsx"), "某省", choices={"备注": "x"})


def test_profile_from_template_then_export_uses_it(workspace, tmp_path: Path, capsys):
    workspace.add_items(
        [make_item(name="办事指南"), make_item(name="审核信息", link="https://a.gov.cn/1")]
    )
    missing = str(missing_items(workspace, "upload").count)
    target = str(workspace.path)
    workspace.close()
    template = blank_template(tmp_path / "省模板.xlsx")
    assert main(["profile-from-template", str(template), "--name", "某省上传"]) == 0
    out = capsys.readouterr().out
    assert "N 列“备注”" in out and "已保存导出格式“某省上传”" in out
    assert "某省上传" in profile_names()
    assert (
        main(
            [
                *("export", "--workspace", target, "--profile", "某省上传"),
                *("--out", str(tmp_path / "o"), "--confirm-missing", missing),
            ]
        )
        == 0
    )
    [written] = (tmp_path / "o").glob("*.xlsx")
    rows = list(load_workbook(written)["上传"].values)
    assert rows[0][0] == "某省基层政务公开事项上传模板"  # the template's title row is kept
    assert list(rows[1]) == HEADINGS
    assert rows[2][:3] == (1, "办事指南", "社会救助")
    assert rows[3][12] == "https://a.gov.cn/1"
    assert rows[3][13] is None


def test_bundled_names_cannot_be_taken(tmp_path: Path):
    assert (
        main(
            ["profile-from-template", str(blank_template(tmp_path / "t.xlsx")), "--name", "upload"]
        )
        == 2
    )


def test_a_template_without_headings_is_refused(tmp_path: Path):
    path = blank_template(tmp_path / "t.xlsx", headings=["甲", "乙"], title=None)
    assert main(["profile-from-template", str(path), "--name", "x"]) == 2


def province_template(path: Path) -> Path:
    """A province's blank template as offices get it: two title rows, then the header."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "上传"
    sheet.append(["某省基层政务公开标准目录上传表"])
    sheet.append(["填报单位（盖章）：", None, "填报日期："])
    sheet.append(["序号", "单位全称", "所属领域名称", "事项名称", "公开依据", "事项类型"])
    workbook.save(path)
    return path


def test_full_names_and_chinese_map_values_are_recognised(tmp_path: Path):
    mapping = profile_from_template(
        province_template(tmp_path / "t.xlsx"), "某省", choices={"事项类型": "五公开类别"}
    )
    fields = [c.field for c in mapping.profile.columns]
    assert fields == ["row_number", "unit_name", "domain", "name", "basis", "category"]
    assert mapping.unmapped == []
    assert mapping.profile.title_rows == (
        ("某省基层政务公开标准目录上传表",),
        ("填报单位（盖章）：", "", "填报日期："),
    )


def test_map_prints_chinese_names_it_then_accepts(workspace, tmp_path: Path, capsys):
    workspace.add_items([make_item(name="办事指南", category="决策公开")])
    missing = str(missing_items(workspace, "upload").count)
    target = str(workspace.path)
    workspace.close()
    template = province_template(tmp_path / "省模板.xlsx")
    assert main(["profile-from-template", str(template), "--name", "某省"]) == 0
    out = capsys.readouterr().out
    assert "F 列“事项类型”" in out and "五公开类别" in out and "照原样保留" in out
    remap = ["--map", "事项类型=五公开类别"]
    assert main(["profile-from-template", str(template), "--name", "某省", *remap]) == 0
    assert "F 列“事项类型”" not in capsys.readouterr().out
    out_dir = tmp_path / "o"
    export = ["export", "--workspace", target, "--profile", "某省", "--out", str(out_dir)]
    assert main([*export, "--confirm-missing", missing]) == 0
    [written] = out_dir.glob("*.xlsx")
    sheet = load_workbook(written)["上传"]
    rows = list(sheet.values)
    assert rows[0][0] == "某省基层政务公开标准目录上传表"
    assert rows[1][:3] == ("填报单位（盖章）：", None, "填报日期：")
    assert rows[2] == ("序号", "单位全称", "所属领域名称", "事项名称", "公开依据", "事项类型")
    assert rows[3][:4] == (1, "幸福镇人民政府", "社会救助", "办事指南")
    assert rows[3][5] == "决策公开"
    assert "A1:F1" in {str(r) for r in sheet.merged_cells.ranges}


def test_our_own_upload_file_validates_without_hints(workspace, tmp_path: Path, capsys):
    workspace.add_items([make_item(name="办事指南"), make_item(name="审核信息", method="依申请")])
    missing = str(missing_items(workspace, "upload").count)
    target = str(workspace.path)
    workspace.close()
    out_dir = tmp_path / "o"
    export = ["export", "--workspace", target, "--profile", "upload", "--out", str(out_dir)]
    assert main([*export, "--confirm-missing", missing]) == 0
    [written] = out_dir.glob("*.xlsx")
    capsys.readouterr()
    assert main(["validate", str(written), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f for f in findings if f["severity"] == "info"] == []
