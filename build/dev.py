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


#: What Qt's xcb platform plugin loads on a Linux desktop (X11, or XWayland), by the
#: library name ``ctypes.util.find_library`` knows and Debian/UOS/Kylin's package for it.
#: Without libxcb-cursor0 (Qt ≥ 6.5) Qt aborts with a message no clerk can act on.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_desktop_packages(find_library=None) -> list[str]:
    """The Debian packages Qt's xcb plugin needs that this Linux machine lacks."""
    if find_library is None:
        from ctypes.util import find_library
    return [package for name, package in XCB_LIBRARIES.items() if not find_library(name)]


def check_desktop() -> str | None:
    """Before ``run`` on Linux: install what Qt needs where we can (as root, with apt-get),
    otherwise the sentence to show instead of Qt's own abort. None when all is there."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "没有找到图形桌面（DISPLAY 未设置）。请在桌面环境中运行；没有屏幕的机器可以用 "
            "QT_QPA_PLATFORM=offscreen python3 build/dev.py run --screenshot 窗口.png 保存截图。"
        )
    missing = missing_desktop_packages()
    if not missing:
        return None
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() == 0 and subprocess.call(["sh", "-c", "command -v apt-get"]) == 0:
        print(f"正在安装 Qt 需要的系统库：{' '.join(missing)} …", flush=True)
        if subprocess.call(["apt-get", "update", "-qq"]) == 0 and subprocess.call(install) == 0:
            return None
    return (
        "Qt 的图形界面需要以下系统库，本机还没有安装：\n  "
        + " ".join(missing)
        + "\n请先运行：\n  sudo "
        + " ".join(install)
        + "\n（统信 UOS、麒麟和 Debian/Ubuntu 都用这条命令），然后再运行 python3 build/dev.py run。"
    )


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
        problem = check_desktop()
        if problem:
            print(problem, file=sys.stderr)
            return 1
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
