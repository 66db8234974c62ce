import pytest

from desktop.domain import InvalidValue, Unit
from desktop.domain.domains import domain_name, pilot_domains
from desktop.domain.vocab import (
    canonical_audience,
    canonical_levels,
    canonical_method,
    order_levels,
)
from tests.conftest import make_item


def test_there_are_26_pilot_domains_with_unique_codes_and_names():
    pilots = pilot_domains()
    assert len(pilots) == 26
    assert len({d.code for d in pilots}) == 26
    assert len({d.name for d in pilots}) == 26
    assert domain_name("social-assistance") == "社会救助"
    assert domain_name("no-such-domain") == "no-such-domain"


@pytest.mark.parametrize(
    "code", ["12345678901", "1234567890123", "33010200100A", "３３０１０２００１００"]
)
def test_unit_refuses_a_division_code_that_is_not_12_ascii_digits(code):
    with pytest.raises(InvalidValue, match="12 位数字"):
        Unit(name="幸福镇人民政府", level="乡级", division_code=code)


def test_unit_takes_full_width_digits_as_the_digits_they_are():
    unit = Unit(name="幸福镇人民政府", level="乡级", division_code="３３０１０２００１０００")
    assert unit.division_code == "330102001000"


def test_unit_accepts_no_division_code_and_trims_the_name():
    unit = Unit(name="  幸福镇人民政府 ", level="乡级")
    assert unit.name == "幸福镇人民政府"
    assert unit.division_code == ""


@pytest.mark.parametrize("level", ["省级", "乡镇", ""])
def test_unit_level_must_be_county_township_or_village(level):
    with pytest.raises(InvalidValue, match="单位层级"):
        Unit(name="幸福镇人民政府", level=level)


def test_unit_name_cannot_be_blank():
    with pytest.raises(InvalidValue, match="不能为空"):
        Unit(name=" \u3000", level="乡级")


def test_item_status_must_be_one_of_the_workflow_states():
    with pytest.raises(InvalidValue, match="状态"):
        make_item(status="完成")


def test_item_lists_become_tuples_so_items_compare_by_value():
    assert make_item(channels=["政府网站"]).channels == ("政府网站",)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("主动", "主动"),
        ("主动公开", "主动"),
        ("依申请公开", "依申请"),
        (" 依 申请 ", "依申请"),
        ("公开", None),
    ],
)
def test_method_synonyms(text, method):
    assert canonical_method(text) == method


@pytest.mark.parametrize(
    ("text", "audience"), [("特定群众", "特定群体"), ("社会", "全社会"), ("群众", None)]
)
def test_audience_synonyms(text, audience):
    assert canonical_audience(text) == audience


@pytest.mark.parametrize(
    ("text", "levels"),
    [("乡、村级", ("乡级", "村级")), ("镇（街）级", ("乡级",)), ("区级", ("县级",)), ("省级", ())],
)
def test_level_headings_map_to_the_levels_they_cover(text, levels):
    assert canonical_levels(text) == levels


def test_levels_are_kept_in_county_township_village_order():
    assert order_levels({"村级", "县级"}) == ("县级", "村级")
