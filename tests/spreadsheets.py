"""Reading exported files back the way users' programs do: LibreOffice, openpyxl, calamine."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: CSV filter: comma, double quote, UTF-8 (76), first line 1, cells as shown, every sheet (-1).
_CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def libreoffice_sheets(files: list[Path], out: Path) -> dict[tuple[str, str], list[list[str]]]:
    """(file stem, sheet name) -> rows as LibreOffice reads them; one soffice run for all."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed here (CI installs libreoffice-calc)")
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            _CSV_FILTER,
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheets = {}
    for file in files:
        for converted in out.glob(f"{file.stem}-*.csv"):
            sheet = converted.stem.removeprefix(f"{file.stem}-")
            with converted.open(encoding="utf-8", newline="") as handle:
                sheets[(file.stem, sheet)] = list(csv.reader(handle))
    return sheets
