"""The 公开栏 PDF: A4 landscape, every domain, page numbers, written atomically."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import make_item
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog

from desktop.cli import main
from desktop.exchange.layouts import official_sheets
from desktop.ui.printing import RESOLUTION, layout_pages, page_layout, print_catalog


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


def _writer(path: Path):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout())
    return writer


def test_pages_hold_every_row_once_in_order_and_fit(qapp, township, tmp_path: Path):
    items = [
        make_item(name=f"事项{i}", level1=f"一级{i // 9}", content="办理条件、" * (1 + i % 40))
        for i in range(120)
    ] + [make_item(domain="elderly-care", level1="养老", name="补贴")]
    sheets = official_sheets(items, township, "2026-11-25")
    writer = _writer(tmp_path / "x.pdf")
    pages = list(layout_pages(writer, RESOLUTION, sheets))
    body = writer.pageLayout().paintRectPixels(RESOLUTION).height() * 0.9
    for sheet in sheets:
        mine = [page for page in pages if page.sheet is sheet]
        assert [index for page in mine for index, _ in page.rows] == list(range(len(sheet.rows)))
        assert [page.first for page in mine] == [True] + [False] * (len(mine) - 1)
        assert all(sum(height for _, height in page.rows) < body for page in mine)
    assert len(pages) >= 4


def test_a_row_taller_than_a_page_stands_alone(qapp, township, tmp_path: Path):
    items = [make_item(name="短"), make_item(name="长", content="很长的内容、" * 3000)]
    sheets = official_sheets(items, township, "2026-11-25")
    pages = list(layout_pages(_writer(tmp_path / "x.pdf"), RESOLUTION, sheets))
    assert [[index for index, _ in page.rows] for page in pages] == [[0], [1]]
    result = print_catalog(sheets, township, "2026-11-25", tmp_path / "tall.pdf")
    assert result.pages == 2


def test_a_write_error_ends_the_print_with_a_message(qapp, township, tmp_path: Path, monkeypatch):
    """/dev/full fails every write with ENOSPC, as a full disk does: the first page
    ends it (it once spun for 11 minutes), with the path in the sentence."""
    from contextlib import contextmanager

    from desktop.domain.errors import GkmlError
    from desktop.ui import printing

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")

    @contextmanager
    def full_disk(_target):
        yield Path("/dev/full")

    monkeypatch.setattr(printing, "atomic_output", full_disk)
    items = [make_item(name=f"事项{i}", content="办理条件、" * 30) for i in range(400)]
    sheets = official_sheets(items, township, "2026-11-25")
    target = tmp_path / "目录.pdf"
    pages: list[int] = []
    with pytest.raises(GkmlError) as error:
        print_catalog(sheets, township, "2026-11-25", target, progress=lambda d, t: pages.append(d))
    assert str(target) in error.value.message and "PDF 没有生成" in error.value.message
    assert pages[-1] < len(items) + 20  # stopped at the first page painted, not at the end


def test_cancel_stops_at_the_next_page_and_writes_nothing(qapp, township, tmp_path: Path):

    from desktop.ui.printing import CANCELLED, PrintStopped

    items = [make_item(name=f"事项{i}") for i in range(200)]
    sheets = official_sheets(items, township, "2026-11-25")
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(PrintStopped) as error:
        print_catalog(sheets, township, "2026-11-25", tmp_path / "a.pdf", cancelled=cancelled)
    assert error.value.message == CANCELLED
    assert list(tmp_path.iterdir()) == []


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


def test_the_menu_prints_in_a_worker_with_progress_and_cancel(
    qtbot, workspace, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from desktop.ui.main_window import MainWindow
    from desktop.ui.printing import CANCELLED

    workspace.add_items(
        [make_item(name=f"事项{i}", content="办理条件、" * 20) for i in range(3000)]
    )
    path = workspace.path
    workspace.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open(path)
    qtbot.waitUntil(lambda: not window.workers.busy)
    target = tmp_path / "公开栏.pdf"
    monkeypatch.setattr(
        "desktop.ui.file_actions.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    worker = window.file_actions.print_catalog()
    [progress] = window.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: progress.isVisible() and progress.value() > 0, timeout=20_000)
    assert progress.labelText() == "正在生成 PDF…" and progress.maximum() == 6000
    progress.findChild(QPushButton).click()
    assert worker.cancelled
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=20_000)
    assert window.statusBar().currentMessage() == CANCELLED
    assert not target.exists() and list(tmp_path.glob(".*tmp")) == []
    window.close_workspace()


@pytest.mark.slow
def test_a_county_of_10000_items_prints_within_30_seconds(qapp, workspace, tmp_path, capsys):
    import time

    domains = ["social-assistance", "elderly-care"]
    workspace.add_items(
        [
            make_item(
                domain=domains[i % 2],
                level1=f"一级{i // 7}",
                name=f"事项{i}",
                content="办理条件、申请材料、办理流程" * (1 + i % 4),
            )
            for i in range(10_000)
        ]
    )
    target = str(workspace.path)
    workspace.close()
    start = time.perf_counter()
    assert main(["print", "--workspace", target, "--out", str(tmp_path / "county.pdf")]) == 0
    assert time.perf_counter() - start <= 30
    assert "10000 个事项" in capsys.readouterr().out
