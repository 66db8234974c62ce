"""A wheel built from the repository works away from it: templates, demo, guide.

The checkout finds ``domain_templates/`` and ``docs/`` at the top of the repository, so
only a built wheel shows whether they ship inside the package (pyproject.toml maps
them). The wheel is built from a copy of the files it is made of, installed into a
folder of its own and run from a third one, so nothing can come from the checkout.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

#: What the wheel is built from; anything else pyproject.toml needs must be added here.
SOURCES = ("pyproject.toml", "README.md", "desktop", "domain_templates", "docs")

REPORT = """
import json, sys
import desktop
from desktop.domain.rule_catalog import rule_catalog
from desktop.resources import package_path, templates_dir, user_guide
from desktop.store import open_workspace
from desktop.store.demo import ensure_demo_workspace

with open_workspace(ensure_demo_workspace(), daily_backup=False) as workspace:
    items = sum(workspace.item_counts().values())
print(json.dumps({
    "package": desktop.__file__,
    "templates": str(templates_dir()),
    "guide": str(user_guide()),
    "translations": str(package_path("ui", "translations", "gkml_en.qm")),
    "rules": len(rule_catalog()),
    "demo_items": items,
}))
"""


def can_build_wheels() -> bool:
    """setuptools builds wheels itself from 70.1; before that it needs the wheel package."""
    return any(
        importlib.util.find_spec(name) is not None
        for name in ("setuptools.command.bdist_wheel", "wheel")
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the built wheel, the folder it is installed into)."""
    if not can_build_wheels():
        pytest.skip("the venv's setuptools cannot build wheels: run build/dev.py test")
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    offline = ["--no-deps", "--no-index"]
    subprocess.run(
        [*pip, "wheel", *offline, "--no-build-isolation", "-w", str(root / "dist"), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = (root / "dist").glob("gkml-*.whl")
    site = root / "site"
    subprocess.run(
        [*pip, "install", *offline, "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return wheel, site


def run_installed(site: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The venv's python on the installed wheel alone, outside the checkout."""
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "GKML_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_the_wheel_holds_every_module_and_data_file(installed):
    wheel, _site = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop").rglob("*.py")}
    assert modules - names == set()
    shipped = (ROOT / "domain_templates").glob("*.json")
    templates = {f"desktop/domain_templates/{p.name}" for p in shipped}
    assert len(templates) == 32 and templates <= names
    guide = (ROOT / "docs" / "用户指南.md").read_text(encoding="utf-8")
    images = {f"desktop/docs/{image}" for image in re.findall(r"\]\((screenshots/[^)]+)\)", guide)}
    assert images and images <= names
    assert {
        "desktop/docs/用户指南.md",
        "desktop/docs/validation-rules.md",
        "desktop/domain/rules.json",
        "desktop/exchange/profiles/upload.json",
        "desktop/ui/translations/gkml_en.qm",
    } <= names


def test_the_installed_command_lists_31_templates(installed, tmp_path: Path):
    _wheel, site = installed
    [dist_info] = site.glob("gkml-*.dist-info")
    entry_points = (dist_info / "entry_points.txt").read_text(encoding="utf-8")
    assert re.search(r"^gkml = desktop\.cli:main$", entry_points, re.MULTILINE)
    command = "import sys, desktop.cli; sys.exit(desktop.cli.main(sys.argv[1:]))"
    result = run_installed(site, tmp_path, "-c", command, "templates", "list")
    assert result.returncode == 0, result.stderr
    assert "共 31 个模板" in result.stdout


def test_the_installed_program_finds_its_data_and_builds_the_demo(installed, tmp_path: Path):
    _wheel, site = installed
    result = run_installed(site, tmp_path, "-c", REPORT)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    for key in ("package", "templates", "guide", "translations"):
        assert Path(found[key]).is_relative_to(site / "desktop"), (key, found[key])
    assert Path(found["guide"]).is_file() and Path(found["translations"]).is_file()
    assert found["rules"] > 20
    assert found["demo_items"] > 200


def test_the_installed_app_opens_the_demo(installed, tmp_path: Path):
    _wheel, site = installed
    picture = tmp_path / "window.png"
    command = "import sys; from desktop.ui.app import run; sys.exit(run(sys.argv[1:]))"
    result = run_installed(site, tmp_path, "-c", command, "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    assert picture.stat().st_size > 10_000
    assert "启动（图形界面）" in (tmp_path / "data" / "logs" / "gkml.log").read_text("utf-8")
