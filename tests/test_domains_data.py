"""Domains as data: the list of domains is the list of template files."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.domain.domains import domain, domain_name, domains, is_known_domain, pilot_domains
from desktop.domain.templates import load_templates
from desktop.places import installed_templates_dir
from desktop.store import DEFAULT_OUT_OF_SCOPE_REASON, create_workspace, seed_catalog
from desktop.store.checking import validate_workspace
from desktop.store.seeding import seedable_domains

LATER = {
    "water-resources": ("水利", "水利部办公厅", "办综〔2022〕268号", "2022"),
    "transport": ("交通运输", "交通运输部办公厅", "交办办〔2021〕75号", "2021"),
    "statistics": ("统计", "国家统计局", "", "2022"),
    "radio-television": ("广播电视和网络视听", "国家广播电视总局", "", ""),
}


def test_the_later_guidelines_are_listed_with_the_document_to_ask_for():
    for code, (name, issuer, doc_no, year) in LATER.items():
        found = domain(code)
        assert found is not None and found.name == name and not found.pilot
        assert found.partial and found.guideline is not None
        assert (found.guideline.issuer, found.guideline.doc_no, found.guideline.year) == (
            issuer,
            doc_no,
            year,
        )
        template = load_templates().get(code)
        assert template.items == () and not template.coverage.complete
        assert "索取" in template.coverage.missing and issuer in template.coverage.missing
    assert load_templates().resolve("广电").code == "radio-television"
    assert domain_name("other") == "其他事项" and is_known_domain("other")


def test_a_day_one_workspace_gets_no_finding_for_the_later_domains(tmp_path: Path, township):
    with create_workspace(tmp_path / "镇.gkml", township) as workspace:
        seed_catalog(workspace, ["social-assistance"], DEFAULT_OUT_OF_SCOPE_REASON)
        report = validate_workspace(workspace)
        declared = set(workspace.out_of_scope())
    assert "domain-undeclared" not in {f.rule for f in report.findings}
    assert declared == {d.code for d in pilot_domains()} - {"social-assistance"}
    assert not set(LATER) & declared


def tourism_template() -> dict:
    """福建's own domain (闽文旅办〔2022〕23号), as a province would hand it out."""
    base = json.loads(load_templates().get("social-assistance").path.read_text("utf-8"))
    row = next(r for r in base["items"] if "乡级" in r["levels"])
    return {
        "schema": 1,
        "code": "tourism",
        "name": "旅游",
        "other_names": ["文化和旅游"],
        "guideline": {
            "title": "旅游领域基层政务公开标准目录",
            "issuer": "福建省文化和旅游厅",
            "doc_no": "闽文旅办〔2022〕23号",
            "year": "2022",
        },
        "version": "1",
        "coverage": {"status": "complete", "missing": ""},
        "items": [{**row, "id": "tourism-1", "level1": "旅游服务", "name": "旅游咨询"}],
    }


def test_a_template_file_in_the_users_folder_adds_a_domain_with_no_code_change():
    assert not is_known_domain("tourism")
    folder = installed_templates_dir()
    folder.mkdir(parents=True)
    (folder / "tourism.json").write_text(json.dumps(tourism_template()), encoding="utf-8")
    assert domain_name("tourism") == "旅游"
    assert [d.code for d in domains()][-2:] == ["tourism", "other"]
    assert "tourism" in {d.code for d in seedable_domains()}
    assert len(pilot_domains()) == 26


def test_a_template_without_rows_must_say_it_is_partial():
    import pytest

    from desktop.domain.templates import TemplateError, parse_template

    data = tourism_template()
    data["items"] = []
    with pytest.raises(TemplateError, match="标为完整，却没有任何事项"):
        parse_template(data)
    data["coverage"] = {"status": "partial", "missing": "请向省文化和旅游厅索取指引表格"}
    assert parse_template(data).items == ()
    data["code"] = "tourism'; DROP TABLE item; --"
    with pytest.raises(TemplateError, match="领域代码"):
        parse_template(data)


def test_a_domain_dropped_from_the_countys_list_asks_for_no_undeclared(tmp_path: Path, capsys):
    from desktop.cli import main
    from desktop.domain.model import Unit
    from desktop.store import open_workspace

    county = Unit(name="示范县人民政府", level="县级", division_code="330102000000")
    path = tmp_path / "县.gkml"
    with create_workspace(path, county) as workspace:
        seed_catalog(workspace, ["social-assistance"], DEFAULT_OUT_OF_SCOPE_REASON)
        workspace.clear_out_of_scope("taxation")

    def undeclared() -> set[str]:
        with open_workspace(path, daily_backup=False) as reopened:
            report = validate_workspace(reopened)
        return {f.domain for f in report.findings if f.rule == "domain-undeclared"}

    assert undeclared() == {"taxation"}
    assert main(["templates", "unused", "税收管理", "--workspace", str(path)]) == 0
    assert "本地不使用" in capsys.readouterr().out
    assert undeclared() == set()
    assert main(["templates", "unused", "taxation", "--workspace", str(path), "--undo"]) == 0
    assert undeclared() == {"taxation"}


def test_a_broken_file_in_the_users_folder_is_skipped_and_logged(caplog):
    folder = installed_templates_dir()
    folder.mkdir(parents=True)
    (folder / "social-assistance.json").write_text('{"schema": 1, "code": "soc', "utf-8")
    (folder / "tourism.json").write_text(json.dumps(tourism_template()), encoding="utf-8")
    templates = load_templates()
    assert templates.get("social-assistance").version == "1"
    assert domain_name("tourism") == "旅游"
    assert "social-assistance.json 无法使用，已跳过" in caplog.text
