"""Controlled vocabularies of the nine elements, and the synonyms real catalogs use.

The canonical values are what the ministries' guideline tables print as column
headings (主动/依申请, 全社会/特定群体, 县级/乡级); the synonyms are what county and
township copies print instead (see ``shared/reference/guideline-research.md`` §2.3).
"""

from __future__ import annotations

import re

from .hanzi import simplified

LEVELS: tuple[str, ...] = ("县级", "乡级", "村级")
METHODS: tuple[str, ...] = ("主动", "依申请")
AUDIENCES: tuple[str, ...] = ("全社会", "特定群体")
STATUSES: tuple[str, ...] = ("草稿", "待审", "已审", "已上传", "退回修改")
DEFAULT_STATUS = "草稿"
#: Set by an upload export, never by hand; the others are the review a person records.
UPLOADED = STATUSES[3]
REVIEW_STATUSES = STATUSES[:3]
#: Set by the level above in its review (逐级审核), carried back in a return package.
RETURNED = STATUSES[4]
APPROVED = STATUSES[2]
SUBMITTED = STATUSES[1]

#: The 13-item channel checklist printed under 公开渠道和载体 in the 2019 guideline
#: template, in its printed order.
STANDARD_CHANNELS: tuple[str, ...] = (
    "政府网站",
    "政府公报",
    "两微一端",
    "发布会/听证会",
    "广播电视",
    "纸质媒体",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "入户/现场",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
    "其他",
)

#: Channels of the 2023 list and common local carriers; known, so not warned about.
EXTRA_CHANNELS: tuple[str, ...] = (
    "政务新媒体",
    "提供政务服务的场所",
    "图书馆",
    "国家档案馆",
    "12345政务服务热线",
    "便民服务中心",
    "村务公开栏",
    "公示栏",
    "微信公众号",
    "村(居)民微信群",
    "村应急广播",
    "投资项目在线审批监管平台",
    "公共资源交易平台",
    "信用中国网站",
    "征地信息公开平台",
    "国家企业信用信息公示系统",
    "中国政府采购网",
)

KNOWN_CHANNELS: frozenset[str] = frozenset(STANDARD_CHANNELS + EXTRA_CHANNELS)
#: A named local website is the 政府网站 channel: 铁力市政府网站, 某某县人民政府门户网站.
_GOVERNMENT_WEBSITE = re.compile(r".{0,20}?政府(?:门户|信息公开)?网站?")

#: 公开时限 wordings the guidelines use most, offered as choices; any other text is allowed.
TIME_LIMITS: tuple[str, ...] = (
    "信息形成或变更之日起20个工作日内",
    "信息形成或变更之日起10个工作日内",
    "实时",
    "长期",
    "及时公开",
    "每季度",
    "每年",
)

METHOD_SYNONYMS: dict[str, str] = {
    "主动": "主动",
    "主动公开": "主动",
    "依申请": "依申请",
    "依申请公开": "依申请",
    "申请": "依申请",
}

AUDIENCE_SYNONYMS: dict[str, str] = {
    "全社会": "全社会",
    "社会": "全社会",
    "社会公众": "全社会",
    "特定群体": "特定群体",
    "特定群众": "特定群体",
    "特定对象": "特定群体",
}

#: Level headings seen in real tables mapped to the canonical levels they cover.
#: 市级/区级 tables of prefecture cities without counties play the county's part.
LEVEL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "县级": ("县级",),
    "区级": ("县级",),
    "区县级": ("县级",),
    "县(区)级": ("县级",),
    "县(市、区)级": ("县级",),
    "旗级": ("县级",),
    "乡级": ("乡级",),
    "镇级": ("乡级",),
    "乡镇级": ("乡级",),
    "街道级": ("乡级",),
    "镇街级": ("乡级",),
    "镇(街)级": ("乡级",),
    "乡镇(街道)级": ("乡级",),
    "村级": ("村级",),
    "社区级": ("村级",),
    "社区": ("村级",),
    "村": ("村级",),
    "村(社区)级": ("村级",),
    "村(居)级": ("村级",),
    "乡、村级": ("乡级", "村级"),
    "镇、村级": ("乡级", "村级"),
    "乡村级": ("乡级", "村级"),
}


def canonical_method(value: str) -> str | None:
    """The canonical 公开方式 for ``value``, or None when it is not one."""
    return METHOD_SYNONYMS.get(_squash(value))


def canonical_audience(value: str) -> str | None:
    """The canonical 公开对象 for ``value``, or None when it is not one."""
    return AUDIENCE_SYNONYMS.get(_squash(value))


def canonical_levels(value: str) -> tuple[str, ...]:
    """The canonical levels a level heading such as ``乡、村级`` covers (empty if unknown)."""
    return LEVEL_SYNONYMS.get(_squash(value).replace("（", "(").replace("）", ")"), ())


def canonical_channel(value: str) -> str | None:
    """The listed channel ``value`` names (政府網站, 铁力市政府网站 → 政府网站), or None.

    Example::

        canonical_channel("铁力市人民政府门户网站")  # "政府网站"
    """
    squashed = _squash(value)
    if squashed in KNOWN_CHANNELS:
        return squashed
    if _GOVERNMENT_WEBSITE.fullmatch(squashed):
        return STANDARD_CHANNELS[0]
    return None


def order_levels(levels: object) -> tuple[str, ...]:
    """Levels in the fixed 县级, 乡级, 村级 order, so equal sets compare and print alike."""
    wanted = set(levels)  # type: ignore[call-overload]
    return tuple(level for level in LEVELS if level in wanted)


def _squash(value: str) -> str:
    """Spaces out and 繁体 folded (主動公開, 鎮級 are read as 主动公开, 镇级)."""
    return simplified("".join(value.split()))
