"""Column headings of real catalogs mapped to item fields.

One table serves three purposes: reading a spreadsheet (which column is which),
making an export profile from a province's blank template, and the validation
rule that spots a pasted header row (a cell that repeats its own heading).
Headings are compared on :func:`heading_key`, so 全角/半角, spaces, line breaks
inside merged cells and 繁体 variants of the same heading all match.
"""

from __future__ import annotations

import re
import unicodedata

from .hanzi import simplified

#: field key -> the headings that name it in the guideline tables and local copies.
HEADING_SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序列号", "事项序号"),
    "domain": (
        "所属领域",
        "领域",
        "试点领域",
        "公开领域",
        "领域名称",
        "所属领域名称",
        "事项所属领域",
        "试点领域名称",
    ),
    "level1": ("一级事项", "一级事项名称", "公开事项一级", "事项类别", "事项分类"),
    "name": (
        "事项名称",
        "二级事项",
        "二级事项名称",
        "公开事项",
        "公开事项名称",
        "具体事项",
    ),
    "content": ("公开内容", "公开内容(要素)", "公开内容要素", "公开要素"),
    "basis": ("公开依据", "依据", "法律依据"),
    "time_limit": ("公开时限", "时限", "公开时间", "公开期限", "公开时限要求"),
    "subject": ("公开主体", "责任主体", "公开责任主体"),
    "channels": (
        "公开渠道和载体",
        "公开渠道",
        "公开渠道及载体",
        "公开载体",
        "公开渠道和载体(方式)",
        "渠道",
    ),
    "audience": ("公开对象", "公开范围", "对象"),
    "method": ("公开方式", "方式"),
    "levels": ("公开层级", "层级"),
    "category": ("五公开类别", "五公开", "公开类别", "信息类别"),
    "link": ("精准链接", "链接", "网址", "公开链接", "链接地址"),
    "service_code": ("政务服务事项编码", "事项编码", "服务事项编码"),
    "status": ("状态", "事项状态"),
    "not_applicable_reason": ("不适用原因", "不适用理由", "未涉及原因"),
    "unit_name": (
        "单位名称",
        "编制单位",
        "填报单位",
        "所属单位",
        "单位全称",
        "单位名称(全称)",
        "填报单位名称",
        "编制单位名称",
        "公开单位",
        "公开单位名称",
    ),
    "division_code": (
        "区划代码",
        "行政区划代码",
        "统计用区划代码",
        "区划编码",
        "行政区划编码",
        "单位区划代码",
    ),
    "id": ("事项编号", "事项ID"),
    "revision": ("修订号", "版本号"),
    "template_item_id": ("模板事项编号",),
    "template_version": ("模板版本",),
    "created_at": ("创建时间",),
    "updated_at": ("修改时间", "更新时间"),
    "confirmed_at": ("核对时间", "确认时间"),
}

#: Headings that do not say plainly what they hold, read as what they stand for in real
#: catalogs (the reader says so in a note): 主体 and 公开 are a 公开主体 heading cut off
#: by a narrow column ("" = whichever 公开… element the table otherwise lacks), and
#: 公开属性 holds 主动公开/依申请公开, which is what this program calls 公开方式.
INDIRECT_HEADINGS: dict[str, str] = {"主体": "subject", "公开": "", "公开属性": "method"}
#: The nine elements' fields whose headings start with 公开, for a bare “公开” heading.
PUBLIC_FIELDS: tuple[str, ...] = (
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "method",
    "levels",
)

_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def heading_key(text: str) -> str:
    """A comparison key for a heading: NFKC, no spaces, no invisible marks, 简体, ASCII ()."""
    folded = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return simplified("".join(folded.split())).replace("（", "(").replace("）", ")")


_BY_KEY: dict[str, str] = {}
for _field, _names in HEADING_SYNONYMS.items():
    for _name in _names:
        _BY_KEY.setdefault(heading_key(_name), _field)


def field_for_heading(text: str) -> str | None:
    """The field a column heading names, or None when it names none we know."""
    return _BY_KEY.get(heading_key(text))


def indirect_field(text: str) -> str | None:
    """What an indirect heading stands for (see :data:`INDIRECT_HEADINGS`), else None.

    Example::

        indirect_field("公开属性")  # "method"
    """
    return _INDIRECT_BY_KEY.get(heading_key(text))


def heading_keys(field: str) -> frozenset[str]:
    """The comparison keys of every heading that names ``field`` (cut-off ones included)."""
    names = [
        *HEADING_SYNONYMS.get(field, ()),
        *(n for n, f in INDIRECT_HEADINGS.items() if f == field),
    ]
    return frozenset(heading_key(name) for name in names)


_INDIRECT_BY_KEY = {heading_key(name): field for name, field in INDIRECT_HEADINGS.items()}
