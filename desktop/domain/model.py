"""Items and units: the nouns of a disclosure catalog, free of Qt and SQL.

An :class:`Item` is one 公开事项 with the nine elements every catalog must carry
(国办发〔2019〕54号: 名称、内容、依据、时限、主体、方式、渠道、公开对象、公开层级).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field, fields

from .errors import InvalidValue
from .vocab import DEFAULT_STATUS, LEVELS, STATUSES

#: Field keys of the nine elements, in the official column order.
ELEMENT_FIELDS: tuple[str, ...] = (
    "name",
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "method",
    "levels",
)

#: Chinese labels as the guideline tables print them; shared by CLI, UI and exports.
FIELD_LABELS: dict[str, str] = {
    "domain": "所属领域",
    "level1": "一级事项",
    "name": "事项名称",
    "content": "公开内容",
    "basis": "公开依据",
    "time_limit": "公开时限",
    "subject": "公开主体",
    "method": "公开方式",
    "channels": "公开渠道和载体",
    "audience": "公开对象",
    "levels": "公开层级",
    "category": "五公开类别",
    "link": "精准链接",
    "service_code": "政务服务事项编码",
    "status": "状态",
    "not_applicable_reason": "不适用原因",
}

#: Fields a user edits; everything else on an item is bookkeeping.
EDITABLE_FIELDS: tuple[str, ...] = (
    "domain",
    "level1",
    *ELEMENT_FIELDS,
    "category",
    "link",
    "service_code",
    "status",
    "not_applicable_reason",
)

UNIT_LEVELS = LEVELS
_DIVISION_CODE = re.compile(r"[0-9]{12}")


def new_id() -> str:
    """A new item or unit id; random, so units can merge lists without clashes."""
    return uuid.uuid4().hex


@dataclass(slots=True)
class Item:
    """One disclosure item (公开事项).

    Example::

        Item(domain="social-assistance", level1="最低生活保障", name="办事指南",
             method="主动", audience="全社会", levels=("县级", "乡级"))

    ``channels`` and ``levels`` are tuples so items compare and hash by value;
    text fields hold exactly what the user typed (validation normalizes copies).
    """

    domain: str
    name: str
    level1: str = ""
    content: str = ""
    basis: str = ""
    time_limit: str = ""
    subject: str = ""
    method: str = ""
    channels: tuple[str, ...] = ()
    audience: str = ""
    levels: tuple[str, ...] = ()
    category: str = ""
    link: str = ""
    service_code: str = ""
    status: str = DEFAULT_STATUS
    not_applicable_reason: str = ""
    id: str = field(default_factory=new_id)
    unit_id: str = ""
    template_item_id: str | None = None
    template_version: str | None = None
    seq: int = 0
    revision: int = 1
    created_at: str = ""
    updated_at: str = ""
    confirmed_at: str | None = None
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.channels = tuple(self.channels)
        self.levels = tuple(self.levels)
        if self.status not in STATUSES:
            raise InvalidValue(f"状态“{self.status}”无效，应为 {'、'.join(STATUSES)} 之一。")

    @property
    def is_not_applicable(self) -> bool:
        return bool(self.not_applicable_reason.strip())

    def values(self) -> dict[str, object]:
        """All fields as a plain dict (for storage and exchange)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(slots=True)
class Unit:
    """A compiling unit: a county office, a township (乡镇/街道) or a village committee.

    Example::

        Unit(name="示范镇人民政府", level="乡级", division_code="110101001000")
    """

    name: str
    level: str
    division_code: str = ""
    parent_id: str | None = None
    contact: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.name = self.name.strip()
        if not self.name:
            raise InvalidValue("单位名称不能为空。")
        if self.level not in UNIT_LEVELS:
            raise InvalidValue(f"单位层级“{self.level}”无效，应为 县级、乡级 或 村级。")
        # Chinese input methods type full-width digits; accept them as what they mean.
        self.division_code = unicodedata.normalize("NFKC", self.division_code).strip()
        if self.division_code and not _DIVISION_CODE.fullmatch(self.division_code):
            raise InvalidValue(
                f"区划代码“{self.division_code}”无效：应为 12 位数字的统计用区划代码。"
            )
