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

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from ..domain.domains import domain_name
from ..domain.findings import Finding
from ..domain.model import FIELD_LABELS
from ..domain.rule_catalog import SEVERITY_LABELS, Params, Rule, rule_catalog

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


#: Message parameters that are themselves data with a translation (element labels,
#: the unit's level, domain names, profile titles); the rest quote the catalog
#: (values, names, place names, dates) and stay as written.
_DATA_PARAMS = frozenset({"label", "unit_level", "domain_name", "profile"})


def finding_message(finding: Finding) -> str:
    """The finding's sentence in the UI's language: the rule's translated template
    filled with the finding's own values, the data ones translated too."""
    template = data_text(rule_catalog()[finding.rule].message)
    return _rendered(template, finding.params)


@lru_cache(maxsize=4096)
def _rendered(template: str, params: Params) -> str:
    """Cached because the findings table asks on every paint; keyed by the template
    too, so a language switch cannot return the old language's sentence."""
    values = {
        name: data_text(str(value)) if name in _DATA_PARAMS else value for name, value in params
    }
    return template.format_map(values)
