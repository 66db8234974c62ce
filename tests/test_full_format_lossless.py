"""The full format gives back every string a workspace holds: ``_xHHHH_`` and 同上 included."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from desktop.domain import Unit
from desktop.domain.templates import load_templates
from desktop.exchange.catalog_reader import read_catalog
from desktop.exchange.exporting import export_catalog
from desktop.exchange.importing import apply_import, plan_import
from desktop.store import create_workspace
from tests.catalog_files import official_row, write_official
from tests.conftest import make_item

#: The free-text fields of an item a clerk can type anything into.
TEXT_FIELDS = (
    "level1",
    "name",
    "content",
    "basis",
    "time_limit",
    "subject",
    "category",
    "link",
    "service_code",
    "not_applicable_reason",
)
ARBITRARY = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
    ),
    max_size=12,
)
#: What spreadsheet readers decode (``_x0041_`` → A), with overlaps and escaped underscores.
OOXML = st.from_regex(r"(_x[0-9A-Fa-f]{4}_|_x005F_|_x|_|x|0041|同上)+", fullmatch=True)
SAME_AS_ABOVE = st.sampled_from(["同上", "同上。", "〃", " 同上 ", "同上\n"])
TEXT = st.one_of(SAME_AS_ABOVE, OOXML, ARBITRARY, st.lists(OOXML | ARBITRARY).map("".join))


# A channel is a name: a list holding one empty name is written as an empty cell.
CHANNEL = TEXT.filter(bool)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.fixed_dictionaries({key: TEXT for key in TEXT_FIELDS}), channels=st.lists(CHANNEL))
@example(texts=dict.fromkeys(TEXT_FIELDS, "_x0041_"), channels=["_x005F_x0041_"])
@example(texts=dict.fromkeys(TEXT_FIELDS, "同上"), channels=["〃"])
def test_full_round_trip_keeps_escapes_and_same_as_above_text(tmp_path_factory, texts, channels):
    folder = tmp_path_factory.mktemp("lossless")
    unit = Unit(name="幸福镇人民政府", level="乡级")
    values = {**texts, "name": texts["name"] or "名"}
    with create_workspace(folder / "a.gkml", unit) as workspace:
        above = workspace.add_item(make_item(**dict.fromkeys(TEXT_FIELDS, "上一行的内容")))
        item = workspace.add_item(make_item(**values, channels=tuple(channels)))
        files = export_catalog(workspace, "full", folder / "out").files
    with create_workspace(folder / "b.gkml", unit) as copy:
        plan = plan_import(copy, files[0])
        assert plan.rejected == []
        apply_import(copy, plan)
        for original in (above, item):
            back = copy.item(original.id)
            for key, value in original.values().items():
                if key != "unit_id":
                    assert getattr(back, key) == value, key


def test_a_literal_escape_is_what_spreadsheet_programs_show(workspace, tmp_path: Path):
    workspace.add_item(make_item(content="_x0041_ 与 _x005F_x0042_"))
    path = export_catalog(workspace, "full", tmp_path / "out").files[0]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("公开事项").to_python()
    assert "_x0041_ 与 _x005F_x0042_" in rows[1]


def test_the_official_layout_still_reads_same_as_above_from_the_row_above(tmp_path: Path):
    path = write_official(
        tmp_path / "社会救助目录.xlsx",
        [
            official_row(1, "最低生活保障", "办事指南", basis="《社会救助暂行办法》"),
            official_row(2, "最低生活保障", "审批结果", basis="同上"),
        ],
    )
    items = read_catalog(path, load_templates()).items
    assert [item.basis for item in items] == ["《社会救助暂行办法》"] * 2
