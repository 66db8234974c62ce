"""Village → township → county: submission packages, verified, previewed, merged once."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop import cli
from desktop.store import open_workspace

VILLAGES = {
    "幸福村村民委员会": ("330102001001", "幸福镇"),
    "和平村村民委员会": ("330102001002", "幸福镇"),
    "光明村村民委员会": ("330102002001", "光明镇"),
}
TOWNSHIPS = {"幸福镇": "330102001000", "光明镇": "330102002000"}


def new(path: Path, name: str, level: str, code: str, *domains: str) -> Path:
    extra = ["--domains", ",".join(domains)] if domains else []
    args = ["new", str(path), "--unit-name", name, "--level", level, "--division-code", code]
    assert cli.main([*args, *extra]) == 0
    return path


def submit(workspace: Path, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    before = set(out.glob("*.gkbs"))
    assert (
        cli.main(["submit", "--workspace", str(workspace), "--to-parent", "--out", str(out)]) == 0
    )
    [package] = set(out.glob("*.gkbs")) - before
    return package


def merge(package: Path, workspace: Path, *extra: str) -> int:
    return cli.main(["merge", str(package), "--workspace", str(workspace), *extra])


def item_table(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM item ORDER BY id").fetchall()


def edit(path: Path, name: str, **changes: object) -> str:
    with open_workspace(path, daily_backup=False) as workspace:
        item = next(i for i in workspace.items() if i.name == name)
        workspace.update_item(item.id, **changes)
        return item.id


@pytest.fixture
def county(tmp_path: Path) -> dict[str, Path]:
    """Three villages, two townships and a county, each with its own workspace."""
    paths = {"县": new(tmp_path / "县.gkml", "示范县人民政府", "县级", "330102000000", "社会救助")}
    for name, code in TOWNSHIPS.items():
        paths[name] = new(tmp_path / f"{name}.gkml", f"{name}人民政府", "乡级", code, "社会救助")
    for name, (code, _township) in VILLAGES.items():
        paths[name] = new(tmp_path / f"{name}.gkml", name, "村级", code)
    return paths


def test_three_villages_two_townships_one_county(county, tmp_path, capsys):
    out = tmp_path / "包"
    for name, (_code, township) in VILLAGES.items():
        assert merge(submit(county[name], out), county[township]) == 0
    for township in TOWNSHIPS:
        assert merge(submit(county[township], out), county["县"]) == 0
    with open_workspace(county["县"], daily_backup=False) as workspace:
        units = {unit.name: unit for unit in workspace.units()}
        assert set(units) == {"示范县人民政府", "幸福镇人民政府", "光明镇人民政府", *VILLAGES}
        home = workspace.home_unit
        assert units["幸福镇人民政府"].parent_id == home.id
        assert units["和平村村民委员会"].parent_id == units["幸福镇人民政府"].id
        counts = workspace.unit_domain_counts()
        village = units["光明村村民委员会"].id
        assert counts[(village, "village-affairs")] > 50
        received = [i for i in workspace.items() if i.unit_id != home.id]
        assert received and all(i.status == "待审" for i in received)
    capsys.readouterr()


def test_the_same_package_twice_changes_nothing(county, tmp_path, capsys):
    package = submit(county["幸福村村民委员会"], tmp_path / "包")
    assert merge(package, county["幸福镇"]) == 0
    before = item_table(county["幸福镇"])
    capsys.readouterr()
    assert merge(package, county["幸福镇"]) == 0
    assert "已接收过，没有变化" in capsys.readouterr().out
    assert item_table(county["幸福镇"]) == before


def test_edits_on_both_sides_merge_field_by_field_and_conflicts_wait(county, tmp_path, capsys):
    village, township = county["幸福村村民委员会"], county["幸福镇"]
    assert merge(submit(village, tmp_path / "包"), township) == 0
    name = "居委会工作经费"
    item_id = edit(village, name, content="村里改的内容", basis="《村民委员会组织法》")
    edit(township, name, content="镇里改的内容", link="http://example.gov.cn/1")
    second = submit(village, tmp_path / "包")
    before = item_table(township)
    capsys.readouterr()
    assert merge(second, township) == 1  # a conflict: nothing written until decided
    shown = capsys.readouterr()
    assert "本级“镇里改的内容”，下级“村里改的内容”" in shown.out
    assert item_table(township) == before
    assert merge(second, township, "--conflicts", "keep") == 0
    with open_workspace(township, daily_backup=False) as workspace:
        item = workspace.item(item_id)
        assert item.content == "镇里改的内容"  # kept, as chosen
        assert item.basis == "《村民委员会组织法》"  # only the village changed it: taken
        assert item.link == "http://example.gov.cn/1"  # only the township changed it: kept
    edit(village, name, content="村里又改了")
    assert merge(submit(village, tmp_path / "包"), township, "--conflicts", "lower") == 0
    with open_workspace(township, daily_backup=False) as workspace:
        assert workspace.item(item_id).content == "村里又改了"


def test_a_deletion_travels_to_the_recycle_bin(county, tmp_path):
    village, township = county["幸福村村民委员会"], county["幸福镇"]
    assert merge(submit(village, tmp_path / "包"), township) == 0
    with open_workspace(village, daily_backup=False) as workspace:
        item = workspace.items()[0]
        workspace.delete_item(item.id)
    assert merge(submit(village, tmp_path / "包"), township) == 0
    with open_workspace(township, daily_backup=False) as workspace:
        assert item.id in {i.id for i in workspace.items(deleted=True)}


def _rewrite(package: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(package) as source:
        members = {name: source.read(name) for name in source.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return target


def _write(target: Path, body: bytes) -> Path:
    target.write_bytes(body)
    return target


def _tamper_items(members: dict[str, bytes]) -> None:
    items = json.loads(members["items.json"])
    items[0]["content"] = "偷偷改的"
    members["items.json"] = json.dumps(items, ensure_ascii=False).encode()


def _tamper_manifest(members: dict[str, bytes]) -> None:
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["items.json"]["sha256"] = hashlib.sha256(b"x").hexdigest()
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (lambda p, t: _rewrite(p, t, _tamper_items), "与清单不符"),
        (lambda p, t: _rewrite(p, t, _tamper_manifest), "签名不对"),
        (lambda p, t: _write(t, p.read_bytes()[: p.stat().st_size // 2]), "不完整"),
        (lambda p, t: _write(t, b"PK\x03\x04" + b"\x00" * 100), "不完整"),
    ],
    ids=["tampered-member", "tampered-manifest", "truncated", "not-a-zip"],
)
def test_a_damaged_package_is_refused_and_nothing_is_written(
    county, tmp_path, capsys, damage, says
):
    package = submit(county["幸福村村民委员会"], tmp_path / "包")
    bad = damage(package, tmp_path / "坏.gkbs")
    before = item_table(county["幸福镇"])
    assert merge(bad, county["幸福镇"]) == 2
    assert says in capsys.readouterr().err
    assert item_table(county["幸福镇"]) == before


def test_packages_for_another_unit_or_from_the_wrong_level_are_refused(county, tmp_path, capsys):
    village = submit(county["光明村村民委员会"], tmp_path / "包")  # for 光明镇
    assert merge(village, county["幸福镇"]) == 2
    assert "不是本单位" in capsys.readouterr().err
    straight = submit(county["幸福村村民委员会"], tmp_path / "包")
    with open_workspace(county["县"], daily_backup=False) as workspace:  # as if sent past 幸福镇
        workspace.update_unit(workspace.home_unit.id, division_code="330102001000")
    before = item_table(county["县"])
    assert merge(straight, county["县"]) == 2
    assert "不能直接交给本单位（县级）" in capsys.readouterr().err
    assert item_table(county["县"]) == before


def test_a_foreign_key_and_an_older_package_are_refused(county, tmp_path, capsys):
    village, township = county["幸福村村民委员会"], county["幸福镇"]
    first = submit(village, tmp_path / "包")
    assert merge(submit(village, tmp_path / "包"), township) == 0
    capsys.readouterr()
    assert merge(first, township) == 2
    assert "更早" in capsys.readouterr().err
    impostor = new(tmp_path / "冒名.gkml", "幸福村村民委员会", "村级", "330102001001")
    forged = submit(impostor, tmp_path / "包")  # same name and code, another workspace and key
    capsys.readouterr()
    before = item_table(township)
    assert merge(forged, township) == 2
    assert "签名与以前接收的不同" in capsys.readouterr().err
    assert item_table(township) == before
    assert merge(forged, township, "--accept-new-key") == 0  # a replaced computer, confirmed


def _resigned(package: Path, target: Path, items: list) -> Path:
    """A package whose items a sender of its own made odd, properly signed by that sender."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.generate()

    def change(members: dict[str, bytes]) -> None:
        body = json.dumps(items, ensure_ascii=False).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["members"]["items.json"] = {
            "size": len(body),
            "sha256": hashlib.sha256(body).hexdigest(),
        }
        raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        manifest["public_key"] = base64.b64encode(raw).decode()
        members["items.json"] = body
        members["manifest.json"] = json.dumps(manifest).encode()
        members["manifest.sig"] = base64.b64encode(key.sign(members["manifest.json"]))

    return _rewrite(package, target, change)


@pytest.mark.parametrize(
    "odd",
    [{"content": 5}, {"channels": [{"x": 1}]}, {"revision": "1"}, {"status": "随便"}, "不是对象"],
)
def test_a_signed_package_with_odd_items_is_refused(county, tmp_path, capsys, odd):
    package = submit(county["幸福村村民委员会"], tmp_path / "包")
    with zipfile.ZipFile(package) as archive:
        items = json.loads(archive.read("items.json"))
    items[0] = odd if isinstance(odd, str) else {**items[0], **odd}
    bad = _resigned(package, tmp_path / "怪.gkbs", items)
    before = item_table(county["幸福镇"])
    assert merge(bad, county["幸福镇"]) == 2
    assert "报送包中" in capsys.readouterr().err
    assert item_table(county["幸福镇"]) == before


def test_several_packages_in_one_merge_take_one_backup(county, tmp_path):
    from desktop.store import list_backups

    out = tmp_path / "包"
    first = submit(county["幸福村村民委员会"], out)
    second = submit(county["和平村村民委员会"], out)
    args = ["merge", str(first), str(second), "--workspace", str(county["幸福镇"])]
    assert cli.main(args) == 0
    with open_workspace(county["幸福镇"], daily_backup=False) as workspace:
        names = {unit.name for unit in workspace.units()}
    assert {"幸福村村民委员会", "和平村村民委员会"} <= names
    assert [b.reason for b in list_backups(county["幸福镇"])] == ["merge"]


def test_return_with_a_reason_fix_resubmit_approve(county, tmp_path, capsys):
    """退回修改 travels back down, shows beside the item until fixed, then goes up again."""
    village, township = county["幸福村村民委员会"], county["幸福镇"]
    out = tmp_path / "包"
    assert merge(submit(village, out), township) == 0
    item_id = edit(village, "居委会工作经费")  # only to learn its id
    ws_args = ["--workspace", str(township)]
    unit = ["--unit", "幸福村村民委员会"]
    assert cli.main(["review", *ws_args, *unit, "--return", "--items", item_id]) == 2
    assert "请写明原因" in capsys.readouterr().err
    reason = "公开依据未写全称"
    review = ["review", *ws_args, *unit, "--return", "--reason", reason, "--items", item_id]
    assert cli.main(review) == 0
    assert cli.main(["return", *ws_args, *unit, "--out", str(out)]) == 0
    [returned] = [p for p in out.glob("幸福镇*.gkbs")]
    capsys.readouterr()
    assert merge(returned, village) == 0
    capsys.readouterr()
    assert cli.main(["validate", str(village), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    [back] = [f for f in findings if f["rule"] == "review-returned"]
    assert back["item_id"] == item_id and reason in back["message"]

    edit(village, "居委会工作经费", basis="《中华人民共和国村民委员会组织法》")  # fixed
    with open_workspace(village, daily_backup=False) as workspace:
        fixed = workspace.item(item_id)
        assert fixed.status == "草稿"  # a changed item is a draft to submit again
    capsys.readouterr()
    assert cli.main(["validate", str(village), "--json"]) in (0, 1)
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "review-returned" not in rules
    assert merge(submit(village, out), township) == 0
    with open_workspace(township, daily_backup=False) as workspace:
        item = workspace.item(item_id)
        assert item.status == "待审" and item.basis.startswith("《中华人民共和国村民")
    assert cli.main(["review", *ws_args, *unit, "--approve"]) == 0
    capsys.readouterr()
    assert cli.main(["status", *ws_args]) == 0
    shown = capsys.readouterr().out
    assert "幸福村村民委员会（村级）：已通过" in shown and "和平村村民委员会" not in shown
