"""Catalogs as offices publish them, read as a person reads them (issue 19, point 8).

Each test builds its own workbook in the shape seen in real published catalogs: 繁体
headings and values, cut-off headings, a 公开属性 column, numbered values, a single
level column, template wording left as 公开主体, named local websites as channels.
"""

from __future__ import annotations

from pathlib import Path

from catalog_files import BASIS, LIMIT
from openpyxl import Workbook

from desktop.domain import Unit
from desktop.domain.findings import Context
from desktop.domain.templates import load_templates
from desktop.domain.validation import validate
from desktop.exchange.catalog_reader import CatalogFile, read_catalog
from desktop.exchange.importing import plan_import
from desktop.store import create_workspace

TEMPLATES = load_templates()
TOWNSHIP = Unit(name="幸福镇人民政府", level="乡级", division_code="330102001000")


def workbook(
    path: Path, rows: list[list[str]], merges: tuple[str, ...] = (), *, sheet_name: str = "社会救助"
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def rules_of(catalog: CatalogFile, unit: Unit = TOWNSHIP) -> list[tuple[int, str, str]]:
    """(row, rule, field) of each finding on the file's items, as the township's catalog."""
    for row in catalog.rows:
        row.item.unit_id = unit.id
    context = Context.for_unit(unit, templates=TEMPLATES, locations=catalog.locations())
    report = validate(catalog.items, context)
    rows = catalog.locations()
    return [
        (rows[f.item_id].row, f.rule, f.field or "")
        for f in report.findings
        if f.item_id is not None
    ]


# -- 繁体 ------------------------------------------------------------------------------

TRADITIONAL_HEADER = [
    "序號",
    "一級事項",
    "事項名稱",
    "公開內容",
    "公開依據",
    "公開時限",
    "公開主體",
    "公開渠道和載體",
    "公開對象",
    "公開方式",
    "公開層級",
]


def traditional_row(name: str, **overrides: str) -> list[str]:
    row = {
        "seq": "1",
        "level1": "最低生活保障",
        "name": name,
        "content": "辦理條件、申請材料、辦理流程",
        "basis": "《社會救助暫行辦法》",
        "time_limit": "隨時公布",
        "subject": "幸福鎮人民政府",
        "channels": "政府網站、公開查閱點",
        "audience": "全社會",
        "method": "主動",
        "levels": "鎮級、村級",
    }
    row.update(overrides)
    return list(row.values())


def test_traditional_headings_and_values_read_like_simplified(tmp_path: Path):
    rows = [TRADITIONAL_HEADER, traditional_row("辦事指南")]
    catalog = read_catalog(workbook(tmp_path / "繁體.xlsx", rows), TEMPLATES)
    (item,) = catalog.items
    assert item.domain == "social-assistance"
    assert (item.name, item.subject, item.time_limit) == ("辦事指南", "幸福鎮人民政府", "隨時公布")
    assert item.channels == ("政府網站", "公開查閱點")  # stored as typed
    assert any("繁体字" in note for note in catalog.notes)
    # 鎮級、村級, 主動 and 全社會 are recognized (a hint offers the standard wording), the
    # channels are listed ones, 隨時公布 is a time limit, 幸福鎮 is the unit itself.
    found = rules_of(catalog)
    assert {rule for _, rule, _ in found} == {"vocab-synonym"}
    assert {field for _, _, field in found} == {"levels", "method", "audience"}


def test_traditional_tick_leaves_of_the_official_layout(tmp_path: Path):
    top = ["序號", "公開事項", "", "公開內容", "公開依據", "公開時限", "公開主體"]
    top += ["公開渠道和載體", "公開對象", "", "公開方式", "", "公開層級", ""]
    leaf = ["", "一級事項", "二級事項", "", "", "", "", "", "全社會", "特定群體"]
    leaf += ["主動", "依申請", "鎮級", "村級"]
    data = ["1", "最低生活保障", "辦事指南", "辦理條件", BASIS, LIMIT, "幸福鎮人民政府"]
    data += ["■政府網站 □政府公報", "", "√", "", "√", "√", "√"]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", [top, leaf, data]), TEMPLATES)
    (item,) = catalog.items
    assert (item.audience, item.method, item.levels) == ("特定群体", "依申请", ("乡级", "村级"))
    assert item.channels == ("政府網站",)


def test_a_traditional_place_name_is_a_place_name(tmp_path: Path):
    rows = [
        TRADITIONAL_HEADER,
        traditional_row("辦事指南", subject="泾川鎮人民政府"),
        traditional_row("審核信息", subject="幸福鎮人民政府"),
    ]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", rows), TEMPLATES)
    copied = [(row, f) for row, rule, f in rules_of(catalog) if rule == "copied-unit"]
    assert copied == [(2, "subject")]
    for row in catalog.rows:
        row.item.unit_id = TOWNSHIP.id
    context = Context.for_unit(TOWNSHIP, templates=TEMPLATES)
    (finding,) = [f for f in validate(catalog.items, context).findings if f.rule == "copied-unit"]
    assert "泾川鎮" in finding.message  # named as the file writes it


# -- cut-off headings and 公开属性 ---------------------------------------------------------

PLAIN_HEADER = ["一级事项", "事项名称", "公开内容", "公开依据", "公开时限", "公开主体"]
PLAIN_HEADER += ["公开渠道和载体", "公开对象", "公开方式", "公开层级"]


def plain_row(name: str, **overrides: str) -> list[str]:
    row = {
        "level1": "最低生活保障",
        "name": name,
        "content": "办理条件、申请材料、办理流程",
        "basis": BASIS,
        "time_limit": LIMIT,
        "subject": "幸福镇人民政府",
        "channels": "政府网站、公开查阅点",
        "audience": "全社会",
        "method": "主动",
        "levels": "县级、乡级",
    }
    row.update(overrides)
    return list(row.values())


def test_a_subject_heading_cut_to_gongkai_or_zhuti_is_the_subject(tmp_path: Path):
    for cut in ("公开", "主体"):
        header = [cut if h == "公开主体" else h for h in PLAIN_HEADER]
        path = workbook(tmp_path / f"{cut}.xlsx", [header, plain_row("办事指南")])
        catalog = read_catalog(path, TEMPLATES)
        assert catalog.items[0].subject == "幸福镇人民政府"
        (note,) = [n for n in catalog.notes if "F 列" in n]
        assert f"“{cut}”" in note and "公开主体" in note


def test_a_bare_gongkai_heading_is_not_guessed_when_two_elements_lack_columns(tmp_path: Path):
    header = [h for h in PLAIN_HEADER if h != "公开时限"]
    header = ["公开" if h == "公开主体" else h for h in header]
    row = plain_row("办事指南")
    del row[4]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", [header, row]), TEMPLATES)
    assert catalog.items[0].subject == ""
    assert any("“公开”不是目录栏目" in note for note in catalog.notes)


def test_gongkai_shuxing_is_the_method_and_quanwen_fabu_is_left_out(tmp_path: Path):
    header = [*PLAIN_HEADER[:8], "公开属性", "公开方式", "公开层级"]
    rows = [
        header,
        [*plain_row("办事指南")[:8], "主动公开", "全文发布", "县级、乡级"],
        [*plain_row("审核信息")[:8], "依申请公开", "全文发布", "县级、乡级"],
    ]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert [item.method for item in catalog.items] == ["主动公开", "依申请公开"]
    notes = "\n".join(catalog.notes)
    assert "I 列的标题是“公开属性”" in notes and "按“公开方式”读取" in notes
    assert "J 列写的是“全文发布”等" in notes and "未读取" in notes
    assert {rule for _, rule, _ in rules_of(catalog)} == {"vocab-synonym"}  # no method error


def test_gongkai_fangshi_holding_the_method_keeps_it_beside_a_shuxing_column(tmp_path: Path):
    header = [*PLAIN_HEADER[:8], "公开方式", "公开属性", "公开层级"]
    rows = [header, [*plain_row("办事指南")[:8], "依申请", "政务公开", "县级、乡级"]]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert catalog.items[0].method == "依申请"
    assert any("J 列写的是“政务公开”等" in note for note in catalog.notes)


# -- numbered values ------------------------------------------------------------------------


def test_numbers_are_not_part_of_channels_names_or_citations(tmp_path: Path):
    basis = "1.《公共文化服务保障法》;2.《公共文化体育设施条例》"
    rows = [
        PLAIN_HEADER,
        plain_row(
            "1.1主要文艺演出活动查询服务",
            level1="公共服务",
            channels="1.政府网站; 2.其他",
            basis=basis,
        ),
        plain_row("1.2主要文艺演出活动查询服务", level1="公共服务"),
    ]
    path = workbook(tmp_path / "目录.xlsx", rows, sheet_name="公共文化服务")
    catalog = read_catalog(path, TEMPLATES)
    first = catalog.items[0]
    assert first.domain == "public-culture"
    assert first.channels == ("政府网站", "其他")
    assert first.name == "1.1主要文艺演出活动查询服务"  # the stored text stays honest
    assert first.basis == basis
    for row in catalog.rows:
        row.item.unit_id = TOWNSHIP.id
    context = Context.for_unit(TOWNSHIP, templates=TEMPLATES, locations=catalog.locations())
    report = validate(catalog.items, context)
    rules = [(f.rule, f.field) for f in report.findings if f.item_id == first.id]
    assert ("duplicate", "name") in rules  # 1.1 and 1.2 are the same item
    assert ("basis-citation", "basis") not in rules
    assert ("channel-unknown", "channels") not in rules
    missing = [
        dict(f.params)["template_item"] for f in report.findings if f.rule == "template-missing"
    ]
    assert "公共服务 / 主要文艺演出活动查询服务" not in missing


# -- a single level column ----------------------------------------------------------------------


def test_a_single_level_leaf_over_ticks_is_the_level(tmp_path: Path):
    top = [*PLAIN_HEADER[:-1], "公开层级"]
    leaf = [""] * (len(top) - 1) + ["镇级"]
    rows = [top, leaf, plain_row("办事指南", levels="√"), plain_row("审核信息", levels="")]
    merges = tuple(f"{letter}1:{letter}2" for letter in "ABCDEFGHI")
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", rows, merges), TEMPLATES)
    assert [item.levels for item in catalog.items] == [("乡级",), ()]
    assert [row.location.row for row in catalog.rows] == [3, 4]
    assert all(rule != "levels-value" for _, rule, _ in rules_of(catalog))


def test_a_level_named_in_the_heading_is_the_level(tmp_path: Path):
    header = [*PLAIN_HEADER[:-1], "公开层级（镇级）"]
    rows = [header, plain_row("办事指南", levels="√")]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert catalog.items[0].levels == ("乡级",)


# -- template wording as 公开主体 -----------------------------------------------------------------


def test_generic_subjects_are_warned_in_a_named_units_catalog(tmp_path: Path):
    subjects = ["乡镇人民政府", "行政村", "街道办事处", "乡（镇）人民政府", "幸福镇人民政府"]
    rows = [PLAIN_HEADER] + [plain_row(f"事项{n}", subject=s) for n, s in enumerate(subjects)]
    path = workbook(tmp_path / "a.xlsx", rows)
    catalog = read_catalog(path, TEMPLATES)
    generic = [row for row, rule, _ in rules_of(catalog) if rule == "generic-subject"]
    assert generic == [2, 3, 4, 5]
    anonymous = validate(catalog.items, Context(templates=TEMPLATES))
    assert all(f.rule != "generic-subject" for f in anonymous.findings)


def test_the_import_preview_warns_of_generic_subjects(tmp_path: Path):
    rows = [PLAIN_HEADER, plain_row("办事指南", subject="乡镇人民政府")]
    path = workbook(tmp_path / "社会救助.xlsx", rows)
    with create_workspace(tmp_path / "w.gkml", TOWNSHIP) as workspace:
        plan = plan_import(workspace, path)
    (finding,) = [f for f in plan.report.findings if f.rule == "generic-subject"]
    assert finding.severity == "warning"
    assert "乡镇人民政府" in finding.message and "幸福镇人民政府" in finding.message


# -- named local websites --------------------------------------------------------------------------


def test_a_named_local_website_is_the_government_website_channel(tmp_path: Path):
    channels = "铁力市政府网站、铁力市人民政府门户网站、乡镇大喇叭"
    rows = [PLAIN_HEADER, plain_row("办事指南", channels=channels)]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", rows), TEMPLATES)
    assert catalog.items[0].channels == ("铁力市政府网站", "铁力市人民政府门户网站", "乡镇大喇叭")
    for row in catalog.rows:
        row.item.unit_id = TOWNSHIP.id
    report = validate(catalog.items, Context.for_unit(TOWNSHIP, templates=TEMPLATES))
    unknown = [dict(f.params)["value"] for f in report.findings if f.rule == "channel-unknown"]
    assert unknown == ["乡镇大喇叭"]


def test_a_shuxing_column_beside_method_ticks_is_left_out_and_said(tmp_path: Path):
    top = ["序号", "公开事项", "", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]
    top += ["公开方式", "", "公开属性"]
    leaf = ["", "一级事项", "二级事项", "", "", "", "", "", "主动", "依申请", ""]
    data = ["1", "最低生活保障", "办事指南", "办理条件", BASIS, LIMIT, "幸福镇人民政府"]
    data += ["政府网站", "", "√", "主动公开"]
    catalog = read_catalog(workbook(tmp_path / "a.xlsx", [top, leaf, data]), TEMPLATES)
    assert catalog.items[0].method == "依申请"
    assert any("K 列“公开属性”与勾选的“公开方式”栏重复" in note for note in catalog.notes)


def test_a_traditional_domain_name_is_the_domain(tmp_path: Path):
    rows = [["所屬領域", *TRADITIONAL_HEADER[1:]], ["社會救助", *traditional_row("辦事指南")[1:]]]
    path = workbook(tmp_path / "目錄.xlsx", rows, sheet_name="養老服務")
    catalog = read_catalog(path, TEMPLATES)
    assert catalog.rejected == []
    assert catalog.items[0].domain == "social-assistance"
    assert catalog.domains == ["elderly-care"]  # the sheet's name, in 繁体 too
