import json
from pathlib import Path

import jsonschema
import pytest

from desktop.domain.domains import VILLAGE_CODE, domains, pilot_domains
from desktop.domain.templates import (
    BUNDLED_DIR,
    NoTemplates,
    TemplateError,
    diff_templates,
    load_template_file,
    load_templates,
)
from desktop.domain.vocab import AUDIENCES, LEVELS, METHODS
from desktop.resources import package_path, templates_dir, user_guide
from tests.conftest import ROOT

TEMPLATE_FILES = sorted(p for p in BUNDLED_DIR.glob("*.json") if p.name != "schema.json")


def test_the_26_pilot_domains_the_village_list_and_the_later_domains_are_bundled():
    templates = load_templates()
    codes = [t.code for t in templates]
    assert len(pilot_domains()) == 26 and codes[26] == VILLAGE_CODE
    assert codes[:26] == [d.code for d in pilot_domains()]
    assert codes[27:] == ["water-resources", "transport", "statistics", "radio-television"]
    assert [d.code for d in domains()] == [*codes, "other"]


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_every_template_file_passes_the_schema(path):
    schema = json.loads((BUNDLED_DIR / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_every_item_has_nine_elements_or_a_recorded_reason(path):
    template = load_template_file(path)
    for item in template.items:
        for key in ("name", "content", "basis", "time_limit", "subject"):
            assert getattr(item, key).strip() or key in item.notes, (item.id, key)
        assert item.method in METHODS and item.audience in AUDIENCES
        assert item.levels and set(item.levels) <= set(LEVELS)
        assert item.channels or "channels" in item.notes


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("卫生健康", "health"),
        ("农村集体土地征收", "land-expropriation"),
        ("生态环境", "environment"),
        ("乡村振兴", "poverty-alleviation"),
        ("救灾生产", "disaster-relief"),
        ("就业创业", "employment"),
        ("社会救助领域基层政务公开标准目录", "social-assistance"),
        ("social-assistance", "social-assistance"),
        ("村务公开", "village-affairs"),
    ],
)
def test_domains_resolve_by_code_name_or_local_name(name, code):
    assert load_templates().resolve(name).code == code


def test_level_filter_keeps_table_order():
    template = load_templates().get("social-assistance")
    township = template.items_for_level("乡级")
    assert township and all("乡级" in item.levels for item in township)
    order = [item.id for item in template.items]
    assert [item.id for item in township] == [i for i in order if i in {t.id for t in township}]
    assert load_templates().get("village-affairs").items_for_level("县级") == []


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def sample() -> dict:
    return json.loads((BUNDLED_DIR / "social-assistance.json").read_text(encoding="utf-8"))


def test_a_malformed_template_names_the_file_and_the_bad_item(tmp_path):
    data = sample()
    data["items"][1]["method"] = "公开"
    path = write(tmp_path, data)
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "第 2 个事项" in message and data["items"][1]["name"] in message
    assert "公开方式" in message


def test_a_blank_element_without_a_reason_is_refused(tmp_path):
    data = sample()
    data["items"][0]["basis"] = " "
    data["items"][0].pop("notes", None)
    with pytest.raises(TemplateError, match="basis"):
        load_template_file(write(tmp_path, data))


def test_a_file_that_is_not_json_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{ 不是 JSON", encoding="utf-8")
    with pytest.raises(TemplateError, match="无法读取"):
        load_template_file(path)


def test_diff_reports_added_removed_and_changed_items(tmp_path):
    old = load_templates().get("social-assistance")
    data = sample()
    data["version"] = "2"
    removed = data["items"].pop(0)
    data["items"][0]["time_limit"] = "信息形成或变更之日起15个工作日内"
    data["items"].append({**data["items"][0], "id": "social-assistance-new", "name": "新事项"})
    new = load_template_file(write(tmp_path, data))
    diff = diff_templates(old, new)
    assert [i.id for i in diff.removed] == [removed["id"]]
    assert [i.name for i in diff.added] == ["新事项"]
    assert [(c.new.id, c.fields) for c in diff.changed] == [
        (data["items"][0]["id"], ("time_limit",))
    ]
    assert diff_templates(old, old).empty


def test_a_folder_without_templates_is_an_error_naming_it(tmp_path):
    (tmp_path / "schema.json").write_text("{}", encoding="utf-8")
    with pytest.raises(NoTemplates, match="没有找到领域标准指引模板") as caught:
        load_templates(tmp_path)
    assert str(tmp_path) in caught.value.message


def test_from_the_checkout_the_data_is_found_where_the_repository_keeps_it():
    assert templates_dir() == ROOT / "domain_templates" == BUNDLED_DIR
    assert user_guide() == ROOT / "docs" / "用户指南.md"
    assert package_path("exchange", "profiles") == ROOT / "desktop" / "exchange" / "profiles"
