import pytest

from desktop.domain import Unit
from desktop.store import (
    ItemNotFound,
    WorkspaceError,
    WorkspaceExists,
    create_workspace,
    open_workspace,
)
from tests.conftest import make_item


def test_new_workspace_holds_the_home_unit_and_every_migration(workspace, township):
    assert workspace.home_unit == township
    assert workspace.schema_version == "0005_batch_state"
    assert workspace.items() == []


def test_create_refuses_an_existing_path_and_leaves_it_alone(tmp_path, township):
    path = tmp_path / "幸福镇.gkml"
    path.write_bytes(b"keep me")
    with pytest.raises(WorkspaceExists, match="已存在"):
        create_workspace(path, township)
    assert path.read_bytes() == b"keep me"


def test_create_adds_the_suffix_and_leaves_no_temp_files(tmp_path, township):
    with create_workspace(tmp_path / "幸福镇", township) as ws:
        assert ws.path.name == "幸福镇.gkml"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".幸福镇.gkml.lock", "幸福镇.gkml"]


def test_added_items_get_the_home_unit_sequence_numbers_and_timestamps(workspace):
    first, second = workspace.add_items([make_item(name="办事指南"), make_item(name="审核信息")])
    other = workspace.add_item(make_item(domain="elderly-care", name="养老机构备案"))
    assert (first.seq, second.seq, other.seq) == (1, 2, 1)
    assert first.unit_id == workspace.home_unit.id
    assert first.created_at and first.confirmed_at
    assert [i.name for i in workspace.items(domain="social-assistance")] == ["办事指南", "审核信息"]
    assert workspace.item_counts() == {"social-assistance": 2, "elderly-care": 1}


def test_a_county_workspace_counts_and_lists_items_unit_by_unit(workspace):
    other = workspace.add_unit(Unit(name="幸福村村民委员会", level="村级"))
    assert [u.name for u in workspace.units()] == ["幸福镇人民政府", "幸福村村民委员会"]
    home = workspace.home_unit.id
    workspace.add_items([make_item(), make_item(name="审核信息", unit_id=other.id)])
    assert workspace.unit_domain_counts() == {
        (home, "social-assistance"): 1,
        (other.id, "social-assistance"): 1,
    }
    [village_item] = workspace.item_ids(unit_id=other.id)
    assert workspace.item(village_item).name == "审核信息"
    assert len(workspace.item_ids(domain="social-assistance")) == 2
    assert workspace.audit()[0].action == "unit-create"


def test_an_edit_is_committed_at_once_and_audited_field_by_field(workspace, tmp_path):
    item = workspace.add_item(make_item())
    result = workspace.update_item(
        item.id, basis="《社会救助暂行办法》（国务院令第649号）", channels=["政府网站"]
    )
    assert set(result.changed) == {"basis", "channels"}
    assert result.item.revision == 2
    # A second connection sees the edit: nothing waits for a "save".
    import sqlite3

    other = sqlite3.connect(workspace.path)
    assert other.execute("SELECT basis FROM item").fetchone()[0].endswith("第649号）")
    other.close()
    updates = [a for a in workspace.audit(item.id) if a.action == "update"]
    assert {(a.field, a.old, a.new) for a in updates} == {
        ("basis", "《社会救助暂行办法》", "《社会救助暂行办法》（国务院令第649号）"),
        ("channels", '["政府网站", "公开查阅点"]', '["政府网站"]'),
    }
    assert all(a.at and a.actor is not None for a in updates)


def test_an_edit_that_changes_nothing_writes_nothing(workspace):
    item = workspace.add_item(make_item())
    before = workspace.audit(item.id)
    result = workspace.update_item(item.id, name=item.name, channels=list(item.channels))
    assert result.changed == ()
    assert result.item.revision == 1
    assert workspace.audit(item.id) == before


def test_only_editable_fields_and_valid_states_are_accepted(workspace):
    item = workspace.add_item(make_item())
    with pytest.raises(ValueError):
        workspace.update_item(item.id, revision=7)
    with pytest.raises(WorkspaceError, match="状态"):
        workspace.update_item(item.id, status="完成")
    assert workspace.item(item.id).revision == 1


def test_soft_delete_keeps_the_item_and_restore_brings_it_back(workspace):
    item = workspace.add_item(make_item())
    workspace.delete_item(item.id)
    assert workspace.items() == []
    assert workspace.item_counts() == {}
    assert [i.id for i in workspace.items(deleted=True)] == [item.id]
    restored = workspace.restore_item(item.id).item
    assert restored.deleted_at is None
    assert restored.revision == 3
    assert [a.action for a in workspace.audit(item.id)] == ["create", "delete", "restore"]


def test_missing_item_is_a_clear_error(workspace):
    with pytest.raises(ItemNotFound, match="找不到"):
        workspace.item("nope")


def test_confirming_items_records_when_they_were_checked(workspace):
    item = workspace.add_item(make_item(confirmed_at="2020-01-01T00:00:00+08:00"))
    assert workspace.confirm_items([item.id]) == 1
    assert workspace.item(item.id).confirmed_at > "2020-01-01"
    assert workspace.audit(item.id)[-1].action == "confirm"


def test_unit_profile_edits_are_validated_and_audited(workspace):
    unit = workspace.home_unit
    updated = workspace.update_unit(unit.id, contact="党政办 0571-0000000")
    assert workspace.home_unit.contact == "党政办 0571-0000000" == updated.contact
    assert workspace.audit()[-1].action == "unit"
    with pytest.raises(Exception, match="区划代码"):
        workspace.update_unit(unit.id, division_code="123")
    assert workspace.home_unit.division_code == "330102001000"


def test_settings_kept_in_the_file_survive_reopening(tmp_path):
    path = tmp_path / "村.gkml"
    with create_workspace(path, Unit(name="幸福村村民委员会", level="村级")) as ws:
        ws.set_meta("freshness_days", "20")
        ws.add_item(make_item(domain="village-affairs", name="村务公开栏"))
    with open_workspace(path) as ws:
        assert ws.get_meta("freshness_days") == "20"
        assert ws.get_meta("missing", "x") == "x"
        assert [i.name for i in ws.items()] == ["村务公开栏"]


def test_item_table_reads_only_the_asked_fields(workspace):
    workspace.add_items([make_item(name="甲"), make_item(domain="elderly-care", name="乙")])
    # Official domain order: 社会救助 comes before 养老服务, whatever their codes.
    assert workspace.item_table(("name", "levels")) == [
        ("甲", '["县级", "乡级"]'),
        ("乙", '["县级", "乡级"]'),
    ]
    assert workspace.item_table(("name",), domain="elderly-care") == [("乙",)]
    with pytest.raises(ValueError):
        workspace.item_table(("name; DROP TABLE item",))
