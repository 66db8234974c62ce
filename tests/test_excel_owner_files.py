"""Excel's and WPS's own ``~$`` files (issue 19, point 10): named for what they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_files import official_row, write_official
from test_cli_validate import run

from desktop.domain.templates import load_templates
from desktop.exchange.catalog_reader import read_catalog
from desktop.exchange.errors import UnreadableFile
from desktop.exchange.guard import check_input

TEMPLATES = load_templates()


def owner_file(path: Path) -> Path:
    """What Excel writes beside an open workbook: the user's name, padded (165 bytes)."""
    name = b"clerk"
    path.write_bytes(bytes([len(name)]) + name.ljust(53) + "clerk".encode("utf-16-le").ljust(110))
    return path


@pytest.mark.parametrize("owner_name", ["~$社会救助目录.xlsx", "~$救助目录.xlsx"])
def test_a_workbook_open_in_excel_says_unsaved_changes_are_not_in_it(tmp_path, owner_name):
    path = write_official(
        tmp_path / "社会救助目录.xlsx", [official_row(1, "最低生活保障", "办事指南")]
    )
    catalog = read_catalog(path, TEMPLATES)
    assert not any("Excel 或 WPS 中打开" in note for note in catalog.notes)
    owner_file(tmp_path / owner_name)
    catalog = read_catalog(path, TEMPLATES)
    (note,) = [note for note in catalog.notes if "Excel 或 WPS 中打开" in note]
    assert owner_name in note and "还没有保存的修改不在文件里" in note
    assert len(catalog.items) == 1  # still read: the saved part is what the file holds


def test_validate_prints_the_open_in_excel_note(tmp_path):
    path = write_official(tmp_path / "目录.xlsx", [official_row(1, "最低生活保障", "办事指南")])
    owner_file(tmp_path / "~$目录.xlsx")
    result = run(str(path))
    assert "说明：“目录.xlsx”正在 Excel 或 WPS 中打开" in result.stdout


@pytest.mark.parametrize("owner_name", ["~$目录.xlsx", "~$rkbook.xlsx"])
def test_choosing_the_owner_file_itself_says_what_it_is(tmp_path, owner_name):
    write_official(tmp_path / "目录.xlsx", [official_row(1, "最低生活保障", "办事指南")])
    write_official(tmp_path / "workbook.xlsx", [official_row(1, "最低生活保障", "办事指南")])
    owner = owner_file(tmp_path / owner_name)
    with pytest.raises(UnreadableFile) as refused:
        check_input(owner)
    workbook = "目录.xlsx" if "目录" in owner_name else "workbook.xlsx"
    assert f"打开“{workbook}”时自动生成的临时文件" in refused.value.message
    result = run(str(owner))
    assert result.returncode == 2 and "临时文件" in result.stderr and result.stdout == ""
