"""The validation rule catalog: one data file (``rules.json``) holds every rule's texts.

The CLI (``validate --rules``), the findings panel and the user guide all read
titles, explanations and fixes from here, so a clerk meets the same words
everywhere, and wording is changed in one place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).with_name("rules.json")

#: Severity keys (as in ``--json`` output) and the Chinese words shown to users.
SEVERITY_LABELS: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: str
    title: str
    description: str
    fix: str
    message: str

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def render(self, params: dict[str, object]) -> str:
        return self.message.format_map(params)


@lru_cache(maxsize=1)
def rule_catalog() -> dict[str, Rule]:
    """Every rule by code, in the file's order (the order the docs list them)."""
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    rules = {}
    for raw in data["rules"]:
        rule = Rule(**raw)
        if rule.severity not in SEVERITY_LABELS:
            raise ValueError(f"{RULES_FILE}: rule {rule.code} has severity {rule.severity!r}")
        rules[rule.code] = rule
    return rules
