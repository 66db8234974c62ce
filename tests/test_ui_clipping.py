"""Large-font and English modes: counts, badges, fields and headings stay in full view."""

from __future__ import annotations

import pytest
from conftest import ROOT, make_item, open_in_window
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from desktop.ui.models import DomainTreeModel
from desktop.ui.settings import apply_font


@pytest.fixture(autouse=True)
def normal_font_after():
    """The application's font is process-wide: later tests start from the normal size."""
    yield
    apply_font(False)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    translator = QTranslator()
    if request.param == "en":
        assert translator.load("gkml_en", str(ROOT / "desktop" / "ui" / "translations"))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


def large_font_window(qtbot, workspace):
    long_names = ("housing-expropriation", "rural-housing-renovation", "food-drug-safety")
    workspace.add_items(
        [make_item(domain=code, name=f"事项{n}", basis="") for n, code in enumerate(long_names)]
    )
    window = open_in_window(qtbot, workspace)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.catalog_view.table.selectRow(0)
    window.view_menu.set_large_font(True)
    editor = window.editor_panel
    qtbot.waitUntil(lambda: editor.scroll.horizontalScrollBar().maximum() == 0)
    return window


def test_domain_rows_keep_their_count_and_badge(qtbot, workspace, language):
    window = large_font_window(qtbot, workspace)
    tree = window.form.domainTree
    metrics = QFontMetrics(tree.font())
    model = window.domains
    qtbot.waitUntil(lambda: "⚠" in str(model.index(1, 0).data()))
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = str(index.data())
        shown = metrics.elidedText(text, tree.textElideMode(), tree.visualRect(index).width() - 8)
        count = text[text.rindex("(") if "(" in text else text.rindex("（") :]
        assert shown.endswith(count), (text, shown)
        assert index.data(DomainTreeModel.CodeRole) == "" or "⚠1" in shown


def test_the_editor_scrolls_as_one_page_with_every_channel_in_view(qtbot, workspace, language):
    window = large_font_window(qtbot, workspace)
    scroll = window.editor_panel.scroll
    editor = window.editor
    channels = editor.form.channelList

    def clipped() -> list[str]:
        area = channels.viewport().rect()
        return [
            channels.item(row).text()
            for row in range(channels.count())
            if not area.contains(channels.visualItemRect(channels.item(row)))
        ]

    qtbot.waitUntil(lambda: not clipped() and scroll.horizontalScrollBar().maximum() == 0)
    assert channels.verticalScrollBar().maximum() == 0
    assert editor.minimumSizeHint().width() <= scroll.viewport().width()
    for label in editor.findChildren(QLabel):
        if label.buddy() is not None and not label.wordWrap():  # one line: all of it shown
            assert label.sizeHint().width() <= label.width(), label.text()
        elif label.buddy() is not None:  # English wraps between words, never inside one
            assert language == "en" and " " in label.text()


def test_every_column_heading_fits_its_section(qtbot, workspace, language):
    window = large_font_window(qtbot, workspace)
    for table in (window.catalog_view.table, window.form.findingsTable):
        header = table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for column in range(header.count() - 1):  # the last one stretches
            text = str(table.model().headerData(column, header.orientation()))
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
