"""The 26 pilot domains of 国办发〔2019〕54号 and the village list, with stable codes.

Codes are ASCII so file names, CLI arguments and exchange files stay portable;
clerks see and type the Chinese names (or the local names the templates list).
The order is the order of ``shared/reference/guideline-research.md`` §3.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Domain:
    code: str
    name: str


PILOT_DOMAINS: tuple[Domain, ...] = (
    Domain("major-projects", "重大建设项目"),
    Domain("public-resources-trading", "公共资源交易"),
    Domain("budgets", "财政预决算"),
    Domain("work-safety", "安全生产"),
    Domain("taxation", "税收管理"),
    Domain("land-expropriation", "征地补偿"),
    Domain("housing-expropriation", "国有土地上房屋征收与补偿"),
    Domain("rural-housing-renovation", "农村危房改造"),
    Domain("poverty-alleviation", "扶贫"),
    Domain("disaster-relief", "救灾"),
    Domain("food-drug-safety", "食品药品监管"),
    Domain("urban-rural-planning", "城乡规划"),
    Domain("environment", "环境保护"),
    Domain("public-culture", "公共文化服务"),
    Domain("public-legal-services", "公共法律服务"),
    Domain("social-assistance", "社会救助"),
    Domain("elderly-care", "养老服务"),
    Domain("household-registration", "户籍管理"),
    Domain("agricultural-subsidies", "涉农补贴"),
    Domain("employment", "就业"),
    Domain("social-insurance", "社会保险"),
    Domain("compulsory-education", "义务教育"),
    Domain("health", "医疗卫生"),
    Domain("municipal-services", "市政服务"),
    Domain("affordable-housing", "保障性住房"),
    Domain("urban-law-enforcement", "城市综合执法"),
)

VILLAGE = Domain("village-affairs", "村(居)务公开")
#: Items a unit publishes outside any guideline domain (政府文件信息, 机构概况 …).
OTHER = Domain("other", "其他事项")

ALL_DOMAINS: tuple[Domain, ...] = (*PILOT_DOMAINS, VILLAGE, OTHER)
_BY_CODE = {d.code: d for d in ALL_DOMAINS}


def domain_name(code: str) -> str:
    """The Chinese name of a domain code; an unknown code is shown as it is."""
    domain = _BY_CODE.get(code)
    return domain.name if domain else code


def is_known_domain(code: str) -> bool:
    return code in _BY_CODE
