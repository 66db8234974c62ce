"""``python main.py validate``: exit codes, JSON shape, readable report, the rule list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from catalog_files import official_row, upload_row, write_csv, write_official
from conftest import ROOT, make_item

from desktop.cli import main
from desktop.domain.rule_catalog import rule_catalog


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )


def test_clean_file_exits_0(tmp_path: Path, capsys):
    path = write_csv(tmp_path / "ok.csv", [upload_row("社会救助", "最低生活保障", "办事指南")])
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "错误 0 个" in out


def test_errors_exit_1_with_json_rows(tmp_path: Path, capsys):
    rows = [
        upload_row("社会救助", "最低生活保障", "办事指南"),
        upload_row("社会救助", "最低生活保障", "办事指南", basis=""),
        upload_row("社会救助", "最低生活保障", "审核信息", method="主动公开"),
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    assert main(["validate", str(path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["items"] == 3
    assert payload["errors"] == 3 and payload["warnings"] == 0
    keys = {"rule", "severity", "row", "item_id", "field", "message"}
    assert all(keys <= set(f) for f in payload["findings"])
    by_rule = {(f["rule"], f["row"]) for f in payload["findings"]}
    assert by_rule == {
        ("duplicate", 2),
        ("duplicate", 3),
        ("missing-element", 3),
        ("vocab-synonym", 4),
    }
    assert {f["severity"] for f in payload["findings"]} == {"error", "info"}
    missing = next(f for f in payload["findings"] if f["rule"] == "missing-element")
    assert missing["message"] == "“公开依据”没有填写。"
    assert missing["params"] == {"label": "公开依据"}


def test_readable_report_groups_by_row(tmp_path: Path, capsys):
    rows = [official_row(1, "最低生活保障", "办事指南", basis="相关法规", time_limit="")]
    path = write_official(tmp_path / "目录.xlsx", rows)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "工作表“Sheet1”第 4 行" in out
    assert "[错误] “公开时限”没有填写。" in out
    assert "[警告] 公开依据“相关法规”没有用《》写明" in out


def test_level_and_domain_turn_on_completeness_for_files(tmp_path: Path, capsys):
    path = write_official(tmp_path / "目录.xlsx", [official_row(1, "最低生活保障", "办事指南")])
    main(["validate", str(path), "--json"])
    assert "template-missing" not in capsys.readouterr().out
    main(["validate", str(path), "--json", "--level", "乡级"])
    payload = json.loads(capsys.readouterr().out)
    assert any(f["rule"] == "template-missing" for f in payload["findings"])
    main(["validate", str(path), "--json", "--level", "村级"])
    payload = json.loads(capsys.readouterr().out)
    assert {f["rule"] for f in payload["findings"]} >= {"level-mismatch"}


def test_workspace_validation(workspace, capsys):
    workspace.add_items([make_item(), make_item(name="审核信息", basis="")])
    workspace.declare_out_of_scope("taxation", "本镇无税务机构")
    path = str(workspace.path)
    workspace.close()
    assert main(["validate", path, "--json", "--today", "2026-11-25"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["items"] == 2 and payload["errors"] == 1
    undeclared = {f["domain"] for f in payload["findings"] if f["rule"] == "domain-undeclared"}
    assert "taxation" not in undeclared and "elderly-care" in undeclared
    assert main(["validate", path, "--domain", "社会救助", "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert {f["domain"] for f in payload["findings"]} == {"social-assistance"}


def test_unreadable_input_exits_2_with_the_path(tmp_path: Path):
    path = tmp_path / "旧表.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = run(str(path))
    assert result.returncode == 2
    assert "另存为 .xlsx" in result.stderr and "旧表.xlsx" in result.stderr
    assert result.stdout == ""


def test_unknown_domain_exits_2(tmp_path: Path):
    path = write_csv(tmp_path / "ok.csv", [upload_row("社会救助", "最低生活保障", "办事指南")])
    result = run(str(path), "--domain", "不存在的领域")
    assert result.returncode == 2 and "找不到领域" in result.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_rules_lists_the_catalog(capsys, as_json):
    assert main(["validate", "--rules", *(["--json"] if as_json else [])]) == 0
    out = capsys.readouterr().out
    for rule in rule_catalog().values():
        assert rule.code in out and rule.title in out
    if as_json:
        templates = {r["rule"]: r["message"] for r in json.loads(out)}
        assert templates["missing-element"] == "“{label}”没有填写。"


def test_validate_does_not_import_qt_openpyxl_or_sqlite_utils_for_files(tmp_path: Path):
    path = write_csv(tmp_path / "ok.csv", [upload_row("社会救助", "最低生活保障", "办事指南")])
    code = (
        "import sys, runpy; sys.argv=['main.py','validate',sys.argv[1]];"
        "from desktop.cli import main; main(sys.argv[1:]);"
        "print(sorted(m for m in ('PySide6','openpyxl','sqlite_utils') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
