"""English for the forms (Qt Linguist .ts/.qm) and the language setting."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from PySide6.QtCore import QTranslator

from desktop.ui.main_window import MainWindow


def translations_module():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "build" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_string_has_english_and_the_qm_is_built():
    module = translations_module()
    for form in sorted((ROOT / "forms").glob("*.ui")):
        for string in ET.parse(form).getroot().iter("string"):
            text = string.text or ""
            if text and string.get("notr") != "true" and not module._SHORTCUT.match(text):
                assert text in module.ENGLISH, f"{form.name}: no English for {text!r}"
    messages = list(ET.parse(module.TS).getroot().iter("message"))
    assert messages and all(m.find("translation").get("type") is None for m in messages)
    assert module.QM.stat().st_mtime >= module.TS.stat().st_mtime - 1


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


def test_language_setting_is_kept_for_the_next_start(qtbot):
    from desktop.ui.settings import language

    window = MainWindow()
    qtbot.addWidget(window)
    assert language() == "zh_CN"
    window.set_language("en")
    assert language() == "en"
    assert "next time" in window.statusBar().currentMessage()
