"""公开目录编制工具 — offline compiler for grassroots disclosure catalogs.

Layers import one way: ``domain`` ← ``store`` ← ``exchange`` ← ``ui`` ← ``cli``.
Only ``ui`` touches Qt; the contract lives in ``pyproject.toml`` (import-linter).
"""

__version__ = "0.1.0"
APP_NAME = "公开目录编制工具"
