import pytest

from desktop.domain.templates import NoTemplates, load_templates
from desktop.store import open_workspace
from desktop.store.demo import DEMO_UNIT_NAME, demo_path, ensure_demo_workspace


def test_demo_is_a_township_catalog_built_from_the_templates(data_dir):
    path = ensure_demo_workspace()
    assert path == demo_path() and path.parent == data_dir
    expected = sum(len(t.items_for_level("乡级")) for t in load_templates())
    with open_workspace(path) as ws:
        unit = ws.home_unit
        assert (unit.name, unit.level) == (DEMO_UNIT_NAME, "乡级")
        items = ws.items()
        assert len(items) == expected > 200
        assert {i.subject for i in items} == {DEMO_UNIT_NAME}
        assert all(i.template_item_id and "乡级" in i.levels for i in items)
        assert len(ws.item_counts()) == 26


def test_demo_is_reused_not_rebuilt(data_dir):
    path = ensure_demo_workspace()
    with open_workspace(path) as ws:
        ws.update_item(ws.items()[0].id, name="用户改过")
    assert ensure_demo_workspace() == path
    with open_workspace(path) as ws:
        assert ws.items()[0].name == "用户改过"


def test_without_templates_the_demo_is_refused_not_built_empty(data_dir, no_templates):
    with pytest.raises(NoTemplates, match=str(no_templates)):
        ensure_demo_workspace()
    assert not demo_path().exists()
