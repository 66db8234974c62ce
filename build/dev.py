"""Set-up and run in one step, on a machine with nothing but Python 3.11+.

    python3 build/dev.py run  [ARGS…]   start the app (the demo workspace by default)
    python3 build/dev.py test [PYTEST ARGS…]   ruff check and format, import layers, pytest
    python3 build/dev.py test --quick [PYTEST ARGS…]   the same without the slow tests
                                       (crash-safety loops, the wheel build); CI runs them all

Each creates (or reuses) ``.venv`` next to this repository's ``pyproject.toml`` and
installs the dependencies listed there whenever they change. Only the standard
library is used here, since nothing else is installed yet.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):  # noqa: UP036 (this file runs on whatever python3 there is)
    sys.exit("需要 Python 3.11 或更新版本 / Python 3.11 or newer is required.")

import hashlib
import os
import subprocess
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / "gkml-deps.sha256"


def venv_tool(name: str) -> Path:
    return VENV / (f"Scripts/{name}.exe" if os.name == "nt" else f"bin/{name}")


def venv_python() -> Path:
    return venv_tool("python")


def requirements(with_tests: bool) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    if with_tests:
        wanted += project["optional-dependencies"]["test"]
    return wanted


def ensure_venv(with_tests: bool) -> Path:
    python = venv_python()
    if not python.exists():
        print("正在创建虚拟环境 .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = requirements(with_tests)
    digest = hashlib.sha256("\n".join(wanted).encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("正在安装依赖 …", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", *wanted],
            check=True,
        )
        STAMP.write_text(digest)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "test" and "--quick" in rest:
        rest = [arg for arg in rest if arg != "--quick"] + ["-m", "not slow"]
    python = ensure_venv(with_tests=command == "test")
    os.chdir(ROOT)
    if command == "run":
        return subprocess.call([str(python), "main.py", *rest])
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    steps = [
        [str(python), "-m", "ruff", "check", "."],
        [str(python), "-m", "ruff", "format", "--check", "."],
        [str(venv_tool("lint-imports"))],
        [str(python), "-m", "pytest", *rest],
    ]
    for step in steps:
        print(
            "$",
            " ".join(Path(step[0]).name if i == 0 else part for i, part in enumerate(step)),
            flush=True,
        )
        code = subprocess.call(step, env=env)
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
