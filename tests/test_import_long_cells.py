"""A cell over the cell limit rejects its row at import: the workspace stays exportable."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from desktop.domain.text import EXCEL_CELL_LIMIT
from desktop.exchange.importing import apply_import, plan_import
from desktop.exchange.xlsx_stream import WRAP, StreamWorkbook
from tests.catalog_files import UPLOAD_HEADER, upload_row


def long_cell_file(folder: Path, length: int) -> Path:
    """An upload-layout workbook whose second item's 公开内容 is ``length`` characters.

    Written raw (openpyxl and XlsxWriter cut or refuse such a cell; other programs do not).
    """
    rows = [
        upload_row("社会救助", "最低生活保障", "办事指南"),
        upload_row("社会救助", "最低生活保障", "审核信息", content="字" * length),
        upload_row("社会救助", "临时救助", "办事指南"),
    ]
    path = folder / "超长.xlsx"
    with StreamWorkbook(path) as book:
        cells = ([(value, WRAP) for value in row] for row in rows)
        book.add_sheet("社会救助", UPLOAD_HEADER, [10] * len(UPLOAD_HEADER), cells)
    return path


def test_an_over_long_cell_rejects_its_row_naming_file_sheet_row_and_column(workspace, tmp_path):
    path = long_cell_file(tmp_path, EXCEL_CELL_LIMIT + 1)
    plan = plan_import(workspace, path)
    assert [row.item.level1 for row in plan.added] == ["最低生活保障", "临时救助"]
    [rejected] = plan.rejected
    where = rejected.location
    assert (where.path, where.sheet, where.row, where.column) == (str(path), "社会救助", 3, "D")
    assert "“公开内容”有 32768 个字符" in rejected.reason and "未导入" in rejected.reason
    apply_import(workspace, plan)
    assert all(len(item.content) <= EXCEL_CELL_LIMIT for item in workspace.items())


def test_a_cell_at_the_limit_is_imported_whole(workspace, tmp_path):
    plan = plan_import(workspace, long_cell_file(tmp_path, EXCEL_CELL_LIMIT))
    assert plan.rejected == [] and len(plan.added) == 3


def test_after_such_an_import_the_full_export_still_works(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    catalog = long_cell_file(tmp_path, 100_000)
    assert main(["import", str(catalog), "--workspace", str(path)]) == 1
    out = capsys.readouterr().out
    assert "工作表 社会救助，第 3 行，D 列" in out and "新增 2 项" in out
    assert (
        main(["export", "--workspace", str(path), "--profile", "full", "--out", str(tmp_path)]) == 0
    )
