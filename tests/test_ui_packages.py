"""报送 and 接收 through the window: preview, conflicts decided row by row, the views reload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop import cli
from desktop.store import open_workspace
from desktop.ui.main_window import MainWindow


def new(path: Path, name: str, level: str, code: str, *extra: str) -> Path:
    args = ["new", str(path), "--unit-name", name, "--level", level, "--division-code", code]
    assert cli.main([*args, *extra]) == 0
    return path


def window_on(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open(path)
    qtbot.waitUntil(lambda: not window.workers.busy and window.live is not None)
    return window


def village_and_township(tmp_path: Path) -> tuple[Path, Path]:
    village = new(tmp_path / "幸福村.gkml", "幸福村村民委员会", "村级", "330102001001")
    township = new(
        tmp_path / "幸福镇.gkml", "幸福镇人民政府", "乡级", "330102001000", "--domains", "社会救助"
    )
    return village, township


def submitted_and_merged(village: Path, township: Path, out: Path) -> Path:
    """The village's package, written by the CLI and merged into the township: the start
    of a round that goes on in the window."""
    out.mkdir(exist_ok=True)
    assert cli.main(["submit", "--workspace", str(village), "--to-parent", "--out", str(out)]) == 0
    [package] = out.glob("*.gkbs")
    assert cli.main(["merge", str(package), "--workspace", str(township)]) == 0
    return package


def test_a_village_submits_from_its_window_and_the_township_receives_in_its(qtbot, tmp_path):
    village, township = village_and_township(tmp_path)
    sender = window_on(qtbot, village)
    package = tmp_path / "幸福村.gkbs"
    assert sender.package_actions.submit(package) == package
    qtbot.waitUntil(lambda: package.exists() and not sender.workers.busy)
    assert "已生成报送包" in sender.statusBar().currentMessage()
    sender.close_workspace()

    window = window_on(qtbot, township)
    before = window.catalog.rowCount()
    dialog = window.package_actions.receive()
    dialog.file_edit.setText(str(package))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "新单位 1 个" in dialog.summary.text() and "尚未写入" in dialog.summary.text()
    assert window.catalog.rowCount() == before  # a preview writes nothing
    added = len(dialog.plan.of_kind("new"))
    dialog.receive()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    assert dialog.result.added == added
    qtbot.waitUntil(lambda: window.domains.is_tree)  # the village's catalog is in the tree
    names = [window.domains.index(r, 0).data() for r in range(window.domains.rowCount())]
    assert any(name.startswith("幸福村村民委员会") for name in names)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "已接收过，没有变化" in dialog.summary.text()
    dialog.close()
    window.close_workspace()


def test_conflicts_are_decided_row_by_row(qtbot, tmp_path):
    village, township = village_and_township(tmp_path)
    out = tmp_path / "包"
    first = submitted_and_merged(village, township, out)
    with open_workspace(village, daily_backup=False) as ws:
        one, two = ws.items()[:2]
        ws.update_item(one.id, content="村里改的一")
        ws.update_item(two.id, content="村里改的二")
    with open_workspace(township, daily_backup=False) as ws:
        ws.update_item(one.id, content="镇里改的一")
        ws.update_item(two.id, content="镇里改的二")
    assert cli.main(["submit", "--workspace", str(village), "--to-parent", "--out", str(out)]) == 0
    [second] = set(out.glob("*.gkbs")) - {first}

    window = window_on(qtbot, township)
    dialog = window.package_actions.receive()
    dialog.file_edit.setText(str(second))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "冲突 2 项" in dialog.summary.text()
    model = dialog.changes
    rows = {model.index(r, 5).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"村里改的一", "村里改的二"}
    assert model.index(rows["村里改的一"], 4).data() == "镇里改的一"  # both texts side by side
    marked = '<span style="background:#ffe082">{}</span>'
    highlight = model.HighlightRole
    assert model.index(rows["村里改的一"], 4).data(highlight) == marked.format("镇") + "里改的一"
    assert model.index(rows["村里改的一"], 5).data(highlight) == marked.format("村") + "里改的一"
    model.setData(model.index(rows["村里改的一"], 0), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    dialog.receive()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    assert window.workspace.item(one.id).content == "村里改的一"  # 采用下级
    assert window.workspace.item(two.id).content == "镇里改的二"  # 保留本级
    dialog.close()
    window.close_workspace()


def test_a_damaged_package_is_said_in_the_dialog_and_nothing_changes(qtbot, tmp_path):
    _village, township = village_and_township(tmp_path)
    bad = tmp_path / "坏.gkbs"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    window = window_on(qtbot, township)
    before = window.catalog.rowCount()
    dialog = window.package_actions.receive()
    dialog.file_edit.setText(str(bad))
    dialog.preview()
    qtbot.waitUntil(lambda: "不完整" in dialog.summary.text())
    assert not dialog.receive_button.isEnabled()
    assert window.catalog.rowCount() == before
    dialog.close()
    window.close_workspace()


def test_the_county_view_lists_each_units_state_and_opens_its_catalog(qtbot, tmp_path):
    village, township = village_and_township(tmp_path)
    new(tmp_path / "和平村.gkml", "和平村村民委员会", "村级", "330102001002")
    out = tmp_path / "包"
    out.mkdir()
    for source in (village, tmp_path / "和平村.gkml"):
        args = ["submit", "--workspace", str(source), "--to-parent", "--out", str(out)]
        assert cli.main(args) == 0
    for package in sorted(out.glob("*.gkbs")):
        assert cli.main(["merge", str(package), "--workspace", str(township)]) == 0
    unit = ["--workspace", str(township), "--unit", "和平村村民委员会"]
    assert cli.main(["review", *unit, "--approve"]) == 0
    window = window_on(qtbot, township)
    view = window.package_actions.show_states()
    rows = {
        view.proxy.index(r, 0).data(): view.proxy.index(r, 2).data()
        for r in range(view.proxy.rowCount())
    }
    assert rows == {"幸福村村民委员会": "已提交", "和平村村民委员会": "已通过"}
    assert "已提交 1 个" in view.summary.text() and "已通过 1 个" in view.summary.text()
    view.behind.setChecked(True)
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "幸福村村民委员会"
    ]
    errors = int(view.proxy.index(0, 7).data())
    assert errors > 0  # the village template's gaps, counted from the findings
    view._drill_down(view.proxy.index(0, 0))
    assert window.catalog.unit == view.proxy.index(0, 0).data(view.model.UnitRole)
    view.close()
    window.close_workspace()


def test_a_village_receives_its_return_package_in_the_window(qtbot, tmp_path):
    village, township = village_and_township(tmp_path)
    out = tmp_path / "包"
    sent = submitted_and_merged(village, township, out)
    with open_workspace(village, daily_backup=False) as ws:
        item_id = ws.items()[0].id
    unit = ["--workspace", str(township), "--unit", "幸福村村民委员会"]
    assert cli.main(["review", *unit, "--return", "--reason", "内容不全", "--items", item_id]) == 0
    assert cli.main(["return", *unit, "--out", str(out)]) == 0
    [back] = set(out.glob("*.gkbs")) - {sent}
    window = window_on(qtbot, village)
    dialog = window.package_actions.receive()
    dialog.file_edit.setText(str(back))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "审核意见 1 条" in dialog.summary.text()
    dialog.receive()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.workers.busy)
    assert window.workspace.item(item_id).status == "退回修改"
    qtbot.waitUntil(
        lambda: any(
            window.findings.finding(r).rule == "review-returned"
            for r in range(window.findings.rowCount())
        )
    )
    dialog.close()
    window.close_workspace()
