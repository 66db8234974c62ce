"""English for the forms (Qt Linguist .ts/.qm) and the language setting."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, make_item
from PySide6.QtCore import Qt, QTranslator

from desktop.domain.findings import Context, Finding
from desktop.domain.validation import validate
from desktop.store.demo import ensure_demo_workspace
from desktop.ui.labels import finding_message
from desktop.ui.main_window import MainWindow


def translations_module():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "build" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_translatable_string_has_english_and_the_qm_is_built(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    module = translations_module()
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *module.sources(), "-ts", str(fresh)], check=True, capture_output=True
    )
    sources = [m.find("source").text or "" for m in ET.parse(fresh).getroot().iter("message")]
    assert len(sources) > 100
    data = module.data_strings()
    assert len(data) > 100  # domains, element labels, the rule catalog, bundled profiles
    missing = [
        s for s in [*sources, *data] if not module._SHORTCUT.match(s) and s not in module.ENGLISH
    ]
    assert missing == [], "run: .venv/bin/python build/translations.py"
    messages = list(ET.parse(module.TS).getroot().iter("message"))
    assert len(messages) == len(sources) + len(data)
    assert all(m.find("translation").get("type") is None for m in messages)


@pytest.fixture
def english(qapp):
    translator = QTranslator()
    assert translator.load("gkml_en", str(ROOT / "desktop" / "ui" / "translations"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_english_forms(english, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.form.menuFile.title() == "&File"
    assert window.form.actionExport.text() == "&Export catalog…"
    assert window.editor.form.fixButton.text() == "Fi&x automatically"
    assert window.editor_dock.windowTitle() == "Item editor"
    assert window.form.statusFilter.itemText(0) == "Any status"


def test_english_tables_domains_and_findings(english, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open(ensure_demo_workspace())
    qtbot.waitUntil(lambda: window.findings.rowCount() > 0, timeout=20000)
    header = window.catalog.headerData
    horizontal = Qt.Orientation.Horizontal
    assert [header(c, horizontal) for c in range(4)] == ["Problem", "No.", "Category", "Item name"]
    names = [window.domains.index(row, 0).data() for row in range(window.domains.rowCount())]
    assert names[0].startswith("All items")
    assert any(name.startswith("Social assistance (") for name in names)
    findings = window.findings
    assert findings.headerData(4, horizontal) == "What is wrong"
    assert findings.index(0, 0).data() == "Error"
    # the demo is the bundled templates as they are: its errors are their blank cells
    first = findings.index(0, 4).data()
    assert first.endswith(
        ": the guideline template could not provide this cell; fill it in "
        "from the guideline your province forwarded."
    )
    messages = [findings.index(row, 4).data() for row in range(findings.rowCount())]
    assert any("“" in m and m.endswith("not a recognizable period.") for m in messages)
    tooltip = findings.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "\nTo fix: " in tooltip and not any("\u4e00" <= c <= "\u9fff" for c in tooltip[:20])
    assert "errors" in window.form.findingsSummary.text()


def test_language_setting_is_kept_for_the_next_start(qtbot):
    from desktop.ui.settings import language

    window = MainWindow()
    qtbot.addWidget(window)
    assert language() == "zh_CN"
    window.view_menu.set_language("en")
    assert language() == "en"
    assert "next time" in window.statusBar().currentMessage()


def test_english_findings_fill_the_translated_template_with_the_findings_values(english):
    # The category quotes the template's own words: reading values back out of the
    # Chinese sentence would split it at the wrong “ ”.
    level1 = "低保”，事项名称“审核"
    items = [make_item(level1=level1, seq=1), make_item(level1=level1, seq=2)]
    # (its unpaired quotation marks also read as cut-off text, a finding of its own)
    duplicate = next(f for f in validate(items, Context()).findings if f.rule == "duplicate")
    assert duplicate.message == f"与序号 2 的事项重复（一级事项“{level1}”，事项名称“办事指南”）。"
    assert finding_message(duplicate) == (
        "Same item as 序号 2 的事项 (category “低保”，事项名称“审核”, name “办事指南”)."
    )
    missing = Finding(
        "template-missing",
        "warning",
        (("template_item", "最低生活保障 / 办事指南"), ("domain_name", "社会救助")),
        domain="social-assistance",
    )
    assert finding_message(missing) == (
        "The Social assistance guideline item “最低生活保障 / 办事指南” is missing."
    )
