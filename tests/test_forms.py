"""The generated Python forms match their .ui files."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

FORMS = sorted((ROOT / "forms").glob("*.ui"))
GENERATED = ROOT / "desktop" / "ui" / "forms"


def uic() -> str | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "uic", folder / "Qt" / "libexec" / "uic", folder / "uic.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-uic")


def body(text: str) -> str:
    # The header names the uic version, which differs between PySide releases.
    return re.sub(r"^##.*\n", "", text, flags=re.MULTILINE)


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_generated_form_is_up_to_date(form):
    target = GENERATED / f"{form.stem}_ui.py"
    assert target.exists(), f"run: pyside6-uic {form} -o {target}"
    tool = uic()
    if tool is None:
        pytest.skip("uic not found")
    args = (
        [tool, "-g", "python", str(form)] if not tool.endswith("pyside6-uic") else [tool, str(form)]
    )
    fresh = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    committed = target.read_text(encoding="utf-8")
    version = re.search(r"Compiler version (\S+)", committed)
    fresh_version = re.search(r"Compiler version (\S+)", fresh)
    if version and fresh_version and version.group(1) != fresh_version.group(1):
        pytest.skip(f"uic {fresh_version.group(1)} differs from {version.group(1)}")
    assert body(fresh) == body(committed), f"regenerate: pyside6-uic {form} -o {target}"
