"""Guideline tables as offices receive them, imported as template versions; catalogs sent down."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from openpyxl import Workbook
from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.domain.domains import domain_name
from desktop.domain.template_build import BLANK_NOTE
from desktop.domain.templates import BUNDLED_DIR, load_templates
from desktop.places import installed_templates_dir
from desktop.store import create_workspace, open_workspace, seed_catalog
from desktop.store.checking import validate_workspace
from desktop.store.template_versions import template_versions, workspace_templates
from desktop.ui.new_workspace import NewWorkspaceWizard
from tests.catalog_files import official_row, write_official
from tests.conftest import confirmed_export, make_item

WATER_TITLE = "水利领域基层政务公开标准目录"


def water_table(path: Path, *, blank_basis: bool = False) -> Path:
    """水利's table as a county forwards it: 一级事项 merged down, 同上, a 县级-only row."""
    rows = [
        official_row(1, "水利工程建设", "项目审批", subject="县水利局", basis="《水法》"),
        official_row(2, "", "招标投标", subject="县水利局", basis="同上"),
        official_row(
            3,
            "水旱灾害防御",
            "防汛预警",
            subject="县水利局",
            basis="" if blank_basis else "《防洪法》",
            township="",
        ),
    ]
    return write_official(path, rows, title=WATER_TITLE, merge_level1=(4, 5))


def run(capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["templates", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_guideline_table_becomes_a_template_version_with_a_preview(workspace, tmp_path, capsys):
    table = water_table(tmp_path / "水利指引（省转发）.xlsx", blank_basis=True)
    path = workspace.path
    workspace.close()
    code, out = run(capsys, "import", str(table), "--workspace", str(path))
    assert code == 0, out
    assert "读到“水利”3 个事项（县级 3，乡级 2，村级 0）" in out
    assert "空白单元格 1 个" in out and "第 6 行" in out and "公开依据" in out
    assert "水利：版本 1 → 2" in out and "新增  水利工程建设 / 招标投标" in out
    with open_workspace(path, daily_backup=False) as reopened:
        template = workspace_templates(reopened).get("water-resources")
        assert [t.version for t in template_versions(reopened, "water-resources")] == ["1", "2"]
        stored = json.loads(next(reopened.db["template_import"].rows)["body"])
    schema = json.loads((BUNDLED_DIR / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(stored, schema)
    assert template.origin.startswith("水利指引（省转发）.xlsx（")
    assert not template.coverage.complete and template.name == "水利"
    rows = {item.name: item for item in template.items}
    assert [item.level1 for item in template.items] == [
        "水利工程建设",
        "水利工程建设",
        "水旱灾害防御",
    ]
    assert rows["招标投标"].basis == "《水法》"
    assert rows["防汛预警"].levels == ("县级",) and rows["防汛预警"].notes == {"basis": BLANK_NOTE}
    assert rows["项目审批"].channels == ("政府网站", "公开查阅点")
    assert (rows["项目审批"].audience, rows["项目审批"].method) == ("全社会", "主动")


def test_a_township_reimports_a_changed_table_and_sees_what_changed(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    run(capsys, "import", str(water_table(tmp_path / "水利.xlsx")), "--workspace", str(path))
    changed = write_official(
        tmp_path / "水利（修订）.xlsx",
        [official_row(1, "水利工程建设", "项目审批", subject="县水利局", basis="《水利法规汇编》")],
        title=WATER_TITLE,
    )
    code, out = run(capsys, "import", str(changed), "--workspace", str(path))
    assert code == 0, out
    assert "水利：版本 2 → 3" in out
    assert "修改  水利工程建设 / 项目审批：公开依据" in out
    assert "删除  水旱灾害防御 / 防汛预警" in out


def test_tables_that_cannot_be_templates_are_refused_and_nothing_is_stored(
    workspace, tmp_path, capsys
):
    path = workspace.path
    workspace.close()
    no_header = tmp_path / "通知.xlsx"
    book = Workbook()
    book.active.append(["关于转发水利基层政务公开标准指引的通知"])
    book.active.append(["各乡镇人民政府："])
    book.save(no_header)
    doc = tmp_path / "水利指引.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    unknown = write_official(
        tmp_path / "附件1.xlsx", [official_row(1, "某事项", "某子项")], title="附件1"
    )
    unticked = write_official(
        tmp_path / "水利（未勾选层级）.xlsx",
        [official_row(1, "水利工程建设", "项目审批", county="", township="")],
        title=WATER_TITLE,
    )
    expected = {
        no_header: "没有找到目录表头",
        doc: "另存为”.docx",
        unknown: "请用 --domain 指明",
        unticked: "没有勾选公开层级",
    }
    for table, message in expected.items():
        code, out = run(capsys, "import", str(table), "--workspace", str(path))
        assert code == 2 and message in out, (table.name, out)
    with open_workspace(path, daily_backup=False) as reopened:
        assert reopened.db["template_import"].count == 0


def test_a_new_domain_from_its_table_is_chosen_in_the_wizard_seeded_validated_and_exported(
    qtbot, tmp_path, capsys
):
    code, out = run(capsys, "import", str(water_table(tmp_path / "水利.xlsx")), "--install")
    assert code == 0 and "本机的模板文件夹" in out, out
    assert (installed_templates_dir() / "water-resources.json").exists()
    assert len(load_templates().get("water-resources").items) == 3
    folder = tmp_path / "新工作区"
    folder.mkdir()
    wizard = NewWorkspaceWizard(folder)
    qtbot.addWidget(wizard)
    wizard.open()
    wizard.form.nameEdit.setText("幸福镇人民政府")
    wizard.form.codeEdit.setText("330102001000")
    wizard.form.fileEdit.setText(str(folder / "幸福镇.gkml"))
    wizard.next()
    entries = [wizard.form.domainList.item(r) for r in range(wizard.form.domainList.count())]
    water = next(e for e in entries if e.data(Qt.ItemDataRole.UserRole) == "water-resources")
    assert water.text() == "水利（本级事项 2 个）"
    assert water.checkState() == Qt.CheckState.Checked
    transport = next(e for e in entries if e.data(Qt.ItemDataRole.UserRole) == "transport")
    assert transport.text() == "交通运输（本级事项 0 个）"
    assert "交办办〔2021〕75号" in transport.toolTip() and "索取" in transport.toolTip()
    assert transport.checkState() == Qt.CheckState.Unchecked
    for entry in entries:
        if entry is not water:
            entry.setCheckState(Qt.CheckState.Unchecked)
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.created is not None, wizard.form.summaryLabel.text()
    with open_workspace(wizard.created, daily_backup=False) as workspace:
        items = workspace.items()
        assert {(i.domain, i.name) for i in items} == {
            ("water-resources", "项目审批"),
            ("water-resources", "招标投标"),
        }
        assert {i.template_version for i in items} == {"2"}
        report = validate_workspace(workspace)
        assert report.errors == 0, [f.message for f in report.findings]
        result = confirmed_export(workspace, "upload", tmp_path / "out")
    assert result.files and domain_name("water-resources") == "水利"


def test_a_townships_catalog_sent_down_checks_a_villages_completeness(tmp_path, township, capsys):
    from desktop.domain.model import Unit

    with create_workspace(tmp_path / "幸福镇.gkml", township) as town:
        seed_catalog(town, ["social-assistance"], "本镇不涉及")
        own = make_item(
            level1="临时救助",
            name="本镇临时救助资金发放",
            subject="幸福镇人民政府",
            levels=("乡级", "村级"),
        )
        town.add_items([own])
    sent = tmp_path / "幸福镇社会救助模板.json"
    code, out = run(
        capsys,
        "export",
        "社会救助",
        "--workspace",
        str(tmp_path / "幸福镇.gkml"),
        "--out",
        str(sent),
    )
    assert code == 0 and "已导出“社会救助”模板版本 2" in out, out
    data = json.loads(sent.read_text(encoding="utf-8"))
    assert data["origin"].startswith("幸福镇人民政府的社会救助目录")
    schema = json.loads((BUNDLED_DIR / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    village = Unit(name="幸福村村民委员会", level="村级", division_code="330102001201")
    with create_workspace(tmp_path / "幸福村.gkml", village) as ws:
        seed_catalog(ws, ["social-assistance"], "本村不涉及")
    code, out = run(capsys, "import", str(sent), "--workspace", str(tmp_path / "幸福村.gkml"))
    assert code == 0, out
    with open_workspace(tmp_path / "幸福村.gkml", daily_backup=False) as ws:
        template = workspace_templates(ws).get("social-assistance")
        assert template.version == "2"
        assert "本镇临时救助资金发放" in {row.name for row in template.items_for_level("村级")}
        missing = [f for f in validate_workspace(ws).findings if f.rule == "template-missing"]
    assert any("本镇临时救助资金发放" in f.message for f in missing), [f.message for f in missing]


def test_a_table_of_a_domain_the_program_does_not_know_adds_it_once_named(tmp_path, capsys):
    table = write_official(
        tmp_path / "福建省旅游领域基层政务公开标准目录.xlsx",
        [official_row(1, "旅游服务", "旅游咨询", subject="县文化和旅游局")],
        title="闽文旅办〔2022〕23号 附件",
    )
    code, out = run(capsys, "import", str(table), "--install")
    assert code == 2 and "--new-domain 代码 --name 名称" in out, out
    code, out = run(capsys, "import", str(table), "--install", "--new-domain", "tourism")
    assert code == 2 and "要一起使用" in out, out
    code, out = run(
        capsys, "import", str(table), "--install", "--new-domain", "trip", "--name", "社会救助"
    )
    assert code == 2 and "已有领域“社会救助”" in out, out
    code, out = run(
        capsys, "import", str(table), "--install", "--new-domain", "tourism", "--name", "旅游"
    )
    assert code == 0 and "读到“旅游”1 个事项" in out, out
    assert domain_name("tourism") == "旅游"
    tourism = load_templates().get("tourism")
    assert tourism.guideline.title == "福建省旅游领域基层政务公开标准目录"
    assert [i.name for i in tourism.items] == ["旅游咨询"] and not tourism.pilot
