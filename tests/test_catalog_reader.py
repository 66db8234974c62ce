"""Reading catalog files: the official two-row layout, upload layouts, CSV encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_files import (
    UPLOAD_HEADER,
    official_row,
    upload_row,
    write_csv,
    write_official,
)
from openpyxl import Workbook

from desktop.domain.templates import load_templates
from desktop.exchange.catalog_reader import read_catalog
from desktop.exchange.cell_values import parse_channels, parse_levels
from desktop.exchange.errors import NoHeader, UnreadableFile

TEMPLATES = load_templates()


def test_official_layout_with_ticks_merged_level1_and_same_as_above(tmp_path: Path):
    rows = [
        official_row(1, "最低生活保障", "办事指南"),
        official_row(2, "", "审核信息", basis="同上", specific="申请人", all="", county=""),
        official_row(3, "特困人员救助供养", "办事指南", active="", request="√"),
    ]
    path = write_official(tmp_path / "目录.xlsx", rows, merge_level1=(4, 5))
    catalog = read_catalog(path, TEMPLATES)
    assert catalog.domains == ["social-assistance"]
    first, second, third = catalog.items
    assert (first.level1, first.name) == ("最低生活保障", "办事指南")
    assert first.channels == ("政府网站", "公开查阅点")
    assert (first.audience, first.method, first.levels) == ("全社会", "主动", ("县级", "乡级"))
    assert second.level1 == "最低生活保障"
    assert second.basis == first.basis
    assert (second.audience, second.levels) == ("特定群体", ("乡级",))
    assert third.method == "依申请"
    assert [row.location.row for row in catalog.rows] == [4, 5, 6]
    assert all(row.location.sheet == "Sheet1" for row in catalog.rows)
    assert catalog.notes == []


def test_level1_is_filled_down_without_merges(tmp_path: Path):
    rows = [official_row(1, "最低生活保障", "办事指南"), official_row(2, "", "审核信息")]
    catalog = read_catalog(write_official(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert [item.level1 for item in catalog.items] == ["最低生活保障", "最低生活保障"]


def test_domain_from_sheet_name_and_override(tmp_path: Path):
    path = write_official(
        tmp_path / "a.xlsx", [official_row(1, "a", "b")], title="目录", sheet="养老服务"
    )
    assert read_catalog(path, TEMPLATES).items[0].domain == "elderly-care"
    assert read_catalog(path, TEMPLATES, domain="health").items[0].domain == "health"


def test_section_titles_and_notes_are_skipped(tmp_path: Path):
    rows = [
        ["一、最低生活保障"],
        official_row(1, "最低生活保障", "办事指南"),
        [],
        ["", "注：本目录由幸福镇编制"],
    ]
    catalog = read_catalog(write_official(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert [item.name for item in catalog.items] == ["办事指南"]


def test_a_pasted_header_row_is_read_as_an_item(tmp_path: Path):
    from catalog_files import OFFICIAL_TOP

    rows = [official_row(1, "最低生活保障", "办事指南"), OFFICIAL_TOP]
    catalog = read_catalog(write_official(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert catalog.items[1].basis == "公开依据"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk"])
def test_upload_layout_csv_in_each_encoding(tmp_path: Path, encoding: str):
    rows = [upload_row("卫生健康", "基本公共卫生服务", "服务项目", subject="美丽乡卫生院")]
    catalog = read_catalog(write_csv(tmp_path / "up.csv", rows, encoding), TEMPLATES)
    item = catalog.items[0]
    assert item.domain == "health"
    assert item.subject == "美丽乡卫生院"
    assert item.channels == ("政府网站", "公开查阅点")
    assert item.levels == ("县级", "乡级")
    assert catalog.rows[0].location.row == 2


def test_rare_characters_survive_gb18030(tmp_path: Path):
    rows = [upload_row("社会救助", "最低生活保障", "𠀀家庭名单")]
    catalog = read_catalog(write_csv(tmp_path / "up.csv", rows, "gb18030"), TEMPLATES)
    assert catalog.items[0].name == "𠀀家庭名单"


def test_unmapped_columns_and_hidden_sheets_are_reported(tmp_path: Path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*UPLOAD_HEADER, "咨询电话"])
    sheet.append([*upload_row("社会救助", "最低生活保障", "办事指南"), "12345"])
    hidden = workbook.create_sheet("旧版")
    hidden.append(UPLOAD_HEADER)
    hidden.sheet_state = "hidden"
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    catalog = read_catalog(path, TEMPLATES)
    assert len(catalog.items) == 1
    assert any("咨询电话" in note and "L 列" in note for note in catalog.notes)
    assert any("旧版" in note and "隐藏" in note for note in catalog.notes)


def test_a_file_without_a_header_is_refused(tmp_path: Path):
    workbook = Workbook()
    workbook.active.append(["姓名", "电话"])
    workbook.save(tmp_path / "a.xlsx")
    with pytest.raises(NoHeader) as error:
        read_catalog(tmp_path / "a.xlsx", TEMPLATES)
    assert "表头" in error.value.message and "a.xlsx" in str(error.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "空"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04garbage", "损坏"),
        (b"\x00\x01\x02\x03" * 100, "无法识别"),
    ],
)
def test_files_that_are_not_catalogs_get_a_plain_message(tmp_path: Path, content, message):
    path = tmp_path / "目录.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as error:
        read_catalog(path, TEMPLATES)
    assert message in error.value.message


def test_checklist_and_list_channels():
    assert parse_channels("■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏)") == (
        "政府网站",
        "社区/企事业单位/村公示栏(电子屏)",
    )
    assert parse_channels("口政府网站 t公开查阅点") == ("公开查阅点",)
    assert parse_channels("政府网站、公开查阅点，便民服务站") == (
        "政府网站",
        "公开查阅点",
        "便民服务站",
    )
    assert parse_channels("  ") == ()


def test_level_cells():
    assert parse_levels("县级、乡级") == ("县级", "乡级")
    assert parse_levels("乡、村级") == ("乡级", "村级")
    assert parse_levels("镇级") == ("乡级",)
