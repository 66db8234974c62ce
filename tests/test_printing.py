"""The 公开栏 PDF: A4 landscape, every domain, page numbers, written atomically."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import make_item
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog

from desktop.cli import main
from desktop.exchange.layouts import official_sheets
from desktop.ui.printing import print_catalog, table_html


def test_print_command_writes_a_paged_pdf(qapp, workspace, tmp_path: Path, capsys):
    workspace.add_items(
        [
            make_item(name=f"事项{i}", level1=f"一级{i // 5}", content="办理条件、" * 30)
            for i in range(60)
        ]
        + [make_item(domain="elderly-care", level1="养老", name="补贴")]
    )
    target = str(workspace.path)
    workspace.close()
    out = tmp_path / "目录.pdf"
    assert main(["print", "--workspace", target, "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    printed = capsys.readouterr().out
    assert "61 个事项" in printed
    assert f"（{pages} 页" in printed and pages >= 3
    assert list(tmp_path.glob(".*tmp")) == []


def test_domain_filter_and_nothing_to_print(qapp, workspace, tmp_path: Path, capsys):
    target = str(workspace.path)
    workspace.close()
    assert main(["print", "--workspace", target, "--out", str(tmp_path / "a.pdf")]) == 2
    assert "没有可以打印的事项" in capsys.readouterr().err


def test_table_html_repeats_two_header_rows_and_spans_level1(township):
    items = [make_item(name="办事指南"), make_item(name="审核信息<b>")]
    [sheet] = official_sheets(items, township, "2026-11-25")
    markup = table_html(sheet)
    assert markup.count("<thead>") == 1 and markup.count("<tr>") == 4
    assert 'rowspan="2">最低生活保障' in markup
    assert "审核信息&lt;b&gt;" in markup


def test_print_result_counts_pages(qapp, township, tmp_path: Path):
    sheets = official_sheets([make_item()], township, "2026-11-25")
    result = print_catalog(sheets, township, "2026-11-25", tmp_path / "one.pdf")
    assert result.pages == 1 and result.path.stat().st_size > 1000


def test_print_preview_paints_the_same_pages_for_the_printer(qtbot, workspace):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from desktop.ui.main_window import MainWindow

    workspace.add_items(
        [make_item(name=f"事项{i}", content="办理条件、" * 30) for i in range(40)]
        + [make_item(domain="elderly-care", level1="养老", name="补贴")]
    )
    path = workspace.path
    workspace.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open(path)
    window.form.actionPrintPreview.trigger()
    dialog = window.findChild(QPrintPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 3)
    printer = dialog.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    dialog.reject()
    window.close_workspace()
