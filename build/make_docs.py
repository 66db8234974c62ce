"""Regenerate the documents that are made from data: ``python build/make_docs.py``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain.rule_catalog import rules_markdown  # noqa: E402

GENERATED = {ROOT / "docs" / "validation-rules.md": rules_markdown}


def main() -> None:
    for path, render in GENERATED.items():
        path.write_text(render(), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
