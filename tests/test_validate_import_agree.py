"""``validate FILE`` and ``import`` say the same about the same file (issue 19, point 9)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from catalog_files import upload_row, write_csv
from conftest import ROOT

from desktop.cli import main
from desktop.store import create_workspace


@pytest.fixture
def misspelt(tmp_path: Path) -> Path:
    rows = [
        upload_row("社会救助", "最低生活保障", "办事指南"),
        upload_row("社会求助", "最低生活保障", "审核信息"),
        upload_row("未知的东西", "最低生活保障", "救助结果"),
    ]
    return write_csv(tmp_path / "目录.csv", rows)


def test_validate_reports_a_misspelt_domain_with_the_suggestion(misspelt: Path, capsys):
    assert main(["validate", str(misspelt)]) == 1
    out = capsys.readouterr().out
    assert "第 3 行“所属领域”：所属领域“社会求助”无法识别。是不是 社会救助？" in out
    assert "第 4 行“所属领域”：所属领域“未知的东西”无法识别；请写领域的标准名称" in out
    assert "不能导入的行 2 行" in out
    assert main(["validate", str(misspelt), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["items"] == 1
    assert [(r["row"], r["column"]) for r in payload["rejected"]] == [
        (3, "所属领域"),
        (4, "所属领域"),
    ]
    assert payload["rejected"][0]["reason"].endswith("是不是 社会救助？")


def test_import_reports_the_same_rows_with_the_same_words(
    misspelt: Path, tmp_path, township, capsys
):
    main(["validate", str(misspelt), "--json"])
    said_by_validate = [r["reason"] for r in json.loads(capsys.readouterr().out)["rejected"]]
    target = tmp_path / "w.gkml"
    create_workspace(target, township).close()
    assert main(["import", str(misspelt), "--workspace", str(target), "--dry-run"]) == 1
    out = capsys.readouterr().out
    refused = [line for line in out.splitlines() if line.startswith("未导入：")]
    assert len(refused) == 2
    for line, reason in zip(refused, said_by_validate, strict=True):
        assert line.endswith(reason)
    assert "新增 1 项" in out


@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_domain_option_typo_gets_the_suggestion(misspelt: Path, tmp_path, command):
    extra = ["--workspace", str(tmp_path / "none.gkml")] if command == "import" else []
    result = subprocess.run(
        [sys.executable, "main.py", command, str(misspelt), "--domain", "社会求助", *extra],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "找不到领域“社会求助”。是不是 社会救助？" in result.stderr


def test_a_skipped_column_is_tied_to_the_findings_it_causes(tmp_path: Path, capsys):
    rows = [upload_row("社会救助", "最低生活保障", n) for n in ("办事指南", "审核信息")]
    path = write_csv(tmp_path / "目录.csv", rows)
    text = path.read_text(encoding="utf-8-sig").replace("公开主体", "责任单位", 1)
    path.write_text(text, encoding="utf-8-sig")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "G 列“责任单位”不是目录栏目，未读取。" in out
    assert "没有“公开主体”列，所以下面各行的“公开主体”都是空的" in out
    tied = [line for line in out.splitlines() if "公开主体”没有填写" in line]
    assert len(tied) == 2 and all("（表中没有这一列，见上面的说明）" in line for line in tied)
