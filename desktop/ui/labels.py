"""Words the UI shows that live in the core as data, in the user's language.

Domain names, element labels, severities and the rule catalog are single-sourced
in ``desktop.domain`` (the CLI, exports and docs print them in Chinese). The UI
looks them up in the "Data" translation context, which ``build/translations.py``
adds to the .ts file from that same data, so nothing is copied here. Table
headers use the "Headers" context, marked with QT_TRANSLATE_NOOP where they are
declared. What a catalog item says (主动, 全社会, 草稿 …) is content and is never
translated: it is what gets exported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from ..domain.domains import domain_name
from ..domain.findings import Finding
from ..domain.model import FIELD_LABELS
from ..domain.rule_catalog import SEVERITY_LABELS, Rule, rule_catalog

DATA = "Data"
HEADERS = "Headers"


def data_text(text: str) -> str:
    return QCoreApplication.translate(DATA, text)


def header(text: str) -> str:
    return QCoreApplication.translate(HEADERS, text)


def domain_label(code: str) -> str:
    return data_text(domain_name(code))


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return data_text(label) if label else field


def severity_label(severity: str) -> str:
    return data_text(SEVERITY_LABELS[severity])


def rule_advice(rule: Rule) -> str:
    """Title, description and how to fix: the findings panel's tooltip."""
    return QCoreApplication.translate("Labels", "{title}：{description}\n改正：{fix}").format(
        title=data_text(rule.title),
        description=data_text(rule.description),
        fix=data_text(rule.fix),
    )


#: Message parameters that are themselves data with a translation (labels, levels …);
#: the rest quote the catalog and stay as written.
_DATA_PARAMS = frozenset({"label", "unit_level", "domain_name", "profile"})


def finding_message(finding: Finding) -> str:
    """The finding's sentence in the UI's language. Findings carry their Chinese text
    (the CLI, exports and reports print it), so another language reads the values back
    out of it with the rule's own template and puts them in the translated one."""
    rule = rule_catalog().get(finding.rule)
    if rule is None:
        return finding.message
    template = data_text(rule.message)
    if template == rule.message:
        return finding.message
    return _translated(rule.message, template, finding.message)


@lru_cache(maxsize=4096)
def _translated(source: str, template: str, message: str) -> str:
    match = _pattern(source).match(message)
    if match is None:
        return message
    values = {
        key: data_text(value) if key in _DATA_PARAMS else value
        for key, value in match.groupdict().items()
    }
    return template.format_map(values)


@lru_cache(maxsize=64)
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.*?)"
        for index, part in enumerate(parts)
    )
    return re.compile(regex + r"\Z", re.DOTALL)
