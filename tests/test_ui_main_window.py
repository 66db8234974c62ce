import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from desktop.store.demo import ensure_demo_workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.models import TABLE_FIELDS, CatalogTableModel, DomainListModel
from tests.conftest import ROOT, make_item


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    win.close_workspace()


def test_main_window_shows_the_demo_catalog_by_domain(window, qtbot):
    assert window.open(ensure_demo_workspace())
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("示范镇人民政府")
    domains = window.form.domainTree.model()
    total = sum(window.workspace.item_counts().values())
    assert domains.index(0, 0).data() == f"全部事项（{total}）"
    assert window.catalog.rowCount() == total
    row = next(
        r
        for r in range(domains.rowCount())
        if domains.index(r, 0).data(DomainListModel.CodeRole) == "social-assistance"
    )
    window.form.domainTree.setCurrentIndex(domains.index(row, 0))
    count = window.workspace.item_counts()["social-assistance"]
    qtbot.waitUntil(lambda: window.catalog.rowCount() == count)
    name = window.catalog.index(0, TABLE_FIELDS.index("name")).data()
    assert name == window.workspace.items(domain="social-assistance")[0].name


def test_a_refused_workspace_is_reported_in_a_dialog_not_raised(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "desktop.ui.main_window.QMessageBox.critical",
        lambda parent, title, text: shown.append((title, text)),
    )
    bad = tmp_path / "坏.gkml"
    bad.write_bytes(b"")
    assert not window.open(bad)
    assert shown and "空文件" in shown[0][1]
    assert window.workspace is None


def test_models_pass_the_qt_model_tester(qtmodeltester, workspace):
    workspace.add_items([make_item(), make_item(domain="elderly-care", name="养老机构备案")])
    domains = DomainListModel()
    domains.load(workspace.item_counts())
    qtmodeltester.check(domains)
    catalog = CatalogTableModel()
    catalog.load(workspace)
    qtmodeltester.check(catalog)
    channels = catalog.index(0, TABLE_FIELDS.index("channels")).data()
    assert channels in ("政府网站、公开查阅点",)
    assert catalog.headerData(2, Qt.Orientation.Horizontal) == "事项名称"


def test_screenshot_option_draws_the_window_and_exits(tmp_path, data_dir):
    shot = tmp_path / "main.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "GKML_DATA_DIR": str(data_dir)}
    import os

    result = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(shot)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500


def test_pyside_append_row_does_not_crash_python(tmp_path):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None per appendRow (none_dealloc)."""
    code = (
        "from PySide6.QtGui import QStandardItem, QStandardItemModel\n"
        "m = QStandardItemModel()\n"
        "for i in range(20000): m.appendRow([QStandardItem(str(i))])\n"
        "print(m.rowCount())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20000"
