"""Shared fixtures: every test gets its own data folder, so nothing touches the user's."""

from __future__ import annotations

import hashlib
import logging
import sys
import threading
from pathlib import Path

import pytest

from desktop.domain import Item, Unit
from desktop.store import create_workspace

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("GKML_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def process_hooks(monkeypatch: pytest.MonkeyPatch):
    """The exception hooks and log file a test installs (as the app's start does) are
    undone after it, so no test sees another's."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def qt_settings(tmp_path_factory: pytest.TempPathFactory):
    """QSettings in a folder of the test's own (export folder, large-font mode …)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("gkml-tests")
    QCoreApplication.setApplicationName("gkml-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def no_templates(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The bundled template folder is empty, as in a wheel built without its data."""
    from desktop.domain import templates

    folder = tmp_path_factory.mktemp("no-templates")
    monkeypatch.setattr(templates, "BUNDLED_DIR", folder)
    templates._bundled.cache_clear()
    yield folder
    templates._bundled.cache_clear()


@pytest.fixture
def township() -> Unit:
    return Unit(name="幸福镇人民政府", level="乡级", division_code="330102001000")


@pytest.fixture
def workspace(tmp_path: Path, township: Unit):
    with create_workspace(tmp_path / "幸福镇.gkml", township) as ws:
        yield ws


def make_item(**values: object) -> Item:
    defaults: dict[str, object] = {
        "domain": "social-assistance",
        "level1": "最低生活保障",
        "name": "办事指南",
        "content": "办理条件、申请材料、办理流程",
        "basis": "《社会救助暂行办法》",
        "time_limit": "信息形成或变更之日起20个工作日内",
        "subject": "幸福镇人民政府",
        "channels": ("政府网站", "公开查阅点"),
        "audience": "全社会",
        "method": "主动",
        "levels": ("县级", "乡级"),
    }
    return Item(**{**defaults, **values})  # type: ignore[arg-type]


def confirmed_export(workspace, profile, out_dir: Path, **options: object):
    """``export_catalog`` with the missing guideline items confirmed, as a clerk who knows
    the test's small catalog leaves most of the guideline out would confirm them."""
    from desktop.exchange.exporting import export_catalog, missing_items

    changed = bool(options.get("changed_only"))
    count = missing_items(workspace, profile, domain=options.get("domain"), changed_only=changed)
    return export_catalog(workspace, profile, out_dir, confirm_missing=count.count, **options)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its hash: to prove a refusal wrote nothing."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def open_in_window(qtbot, workspace):
    """Close the fixture's workspace and open it in a main window, validated and idle."""
    from desktop.ui.main_window import MainWindow

    path = workspace.path
    workspace.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open(path)
    qtbot.waitUntil(lambda: not window.workers.busy and window.live is not None)
    return window
