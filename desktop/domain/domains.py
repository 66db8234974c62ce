"""The domains a catalog is compiled in, read from the guideline templates.

A domain is whatever a template file names: the 26 pilot domains of 国办发〔2019〕54号,
the village list, the later guidelines (水利, 交通运输 …) and any domain a user installs
as a template file or an imported table, so a new guideline needs no code change. Only
``其他事项`` (items outside any guideline: 政府文件信息, 机构概况 …) has no template.

Codes are ASCII so file names, CLI arguments and exchange files stay portable;
clerks see and type the Chinese names (or the local names the templates list).
The order is the templates' ``order``, that of ``shared/reference/guideline-research.md`` §3.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .templates import Guideline, TemplateSet, bundled_templates, load_templates

#: The village list: compiled by 村级 units, never declared 未涉及.
VILLAGE_CODE = "village-affairs"


@dataclass(frozen=True, slots=True)
class Domain:
    code: str
    name: str
    other_names: tuple[str, ...] = ()
    guideline: Guideline | None = None
    #: one of the 26 pilot domains of 2019, whose 未涉及 validation asks for
    pilot: bool = False
    #: the template lacks rows of the guideline table (what to ask for is in its coverage)
    partial: bool = False


#: Items a unit publishes outside any guideline domain (政府文件信息, 机构概况 …).
OTHER = Domain("other", "其他事项")


def domains() -> tuple[Domain, ...]:
    """Every domain in list order, ``其他事项`` last.

    Example::

        [d.name for d in domains()][:2]  # ["重大建设项目", "公共资源交易"]
    """
    return _index(load_templates())[0]


def pilot_domains() -> tuple[Domain, ...]:
    """The 2019 pilot domains, whose coverage (有事项 or 未涉及) a catalog must show."""
    return tuple(d for d in domains() if d.pilot)


def domain(code: str) -> Domain | None:
    """The domain of a code, or None when no template names it."""
    return _index(load_templates())[1].get(code)


def domain_name(code: str) -> str:
    """The Chinese name of a domain code; an unknown code is shown as it is.

    Called once per finding (12,000 for a county file), so a shipped domain is named
    without looking in the user's template folder: a newer version keeps its name."""
    found = _index(bundled_templates())[1].get(code) or domain(code)
    return found.name if found else code


def is_known_domain(code: str) -> bool:
    return code in _index(bundled_templates())[1] or domain(code) is not None


@lru_cache(maxsize=4)
def _index(templates: TemplateSet) -> tuple[tuple[Domain, ...], dict[str, Domain]]:
    """Domains of one loaded template set (the set is cached, so this runs once)."""
    listed = tuple(
        Domain(
            code=t.code,
            name=t.name,
            other_names=t.other_names,
            guideline=t.guideline,
            pilot=t.pilot,
            partial=not t.coverage.complete,
        )
        for t in templates
    )
    listed = (*listed, OTHER)
    return listed, {d.code: d for d in listed}
