import json
import subprocess
import sys

from desktop.domain.templates import BUNDLED_DIR
from desktop.store import open_workspace
from desktop.store.template_versions import template_versions, workspace_templates
from tests.conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "templates", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_list_shows_31_templates_with_counts_coverage_and_version():
    result = run("list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    rows = [line for line in lines[1:-1] if line.strip()]
    assert len(rows) == 31
    assert any(line.startswith("水利") and "    0 " in line for line in rows)
    assert any(
        line.startswith("社会救助") and "部分" in line and "social-assistance" in line
        for line in rows
    )
    assert lines[-1].startswith("共 31 个模板")


def test_show_accepts_a_local_name_and_filters_by_level():
    result = run("show", "卫生健康", "--level", "乡级")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("医疗卫生（health）")
    assert "适用于乡级的事项" in result.stdout
    assert "覆盖：部分" in result.stdout
    assert "公开层级：县级" not in result.stdout.replace("县级、乡级", "")


def test_unknown_domain_lists_the_choices_and_exits_2():
    result = run("show", "不存在的领域")
    assert result.returncode == 2
    assert "找不到领域“不存在的领域”" in result.stderr and "社会救助" in result.stderr


def newer_version(tmp_path):
    data = json.loads((BUNDLED_DIR / "social-assistance.json").read_text(encoding="utf-8"))
    data["version"] = "2"
    data["items"][0]["time_limit"] = "信息形成或变更之日起15个工作日内"
    data["items"].append({**data["items"][1], "id": "social-assistance-900", "name": "新增事项"})
    path = tmp_path / "社会救助-2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_a_newer_version_then_diff_and_use_it(workspace, tmp_path):
    path = workspace.path
    workspace.close()
    imported = run("import", str(newer_version(tmp_path)), "--workspace", str(path))
    assert imported.returncode == 0, imported.stderr
    assert "版本 2" in imported.stdout
    diff = run("diff", "社会救助", "--workspace", str(path))
    assert diff.returncode == 0, diff.stderr
    assert "版本 1 → 2" in diff.stdout
    assert "新增  综合业务 / 新增事项" in diff.stdout
    assert "修改" in diff.stdout and "公开时限" in diff.stdout
    listing = run("list", "--workspace", str(path))
    assert any(
        line.startswith("社会救助") and " 2  social" in line for line in listing.stdout.splitlines()
    )
    again = run("import", str(newer_version(tmp_path)), "--workspace", str(path))
    assert again.returncode == 2 and "已经在工作区中" in again.stderr
    with open_workspace(path) as ws:
        assert [t.version for t in template_versions(ws, "social-assistance")] == ["1", "2"]
        assert workspace_templates(ws).get("social-assistance").version == "2"
        assert ws.audit()[-1].action == "template-import"


def test_a_bad_template_file_changes_nothing(workspace, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": 1, "code": "x"}', encoding="utf-8")
    path = workspace.path
    workspace.close()
    result = run("import", str(bad), "--workspace", str(path))
    assert result.returncode == 2 and str(bad) in result.stderr
    with open_workspace(path) as ws:
        assert ws.db["template_import"].count == 0


def test_list_without_templates_exits_2_naming_the_folder(no_templates, capsys):
    from desktop import cli

    assert cli.main(["templates", "list"]) == cli.EXIT_UNUSABLE
    captured = capsys.readouterr()
    assert "共 0 个模板" not in captured.out
    assert "没有找到领域标准指引模板" in captured.err and str(no_templates) in captured.err


def test_importing_a_file_that_is_not_a_template_says_what_it_is(workspace, tmp_path):
    from openpyxl import Workbook

    from desktop.cli import main
    from tests.conftest import sha256

    target = workspace.path
    workspace.close()
    xlsx = tmp_path / "目录.xlsx"
    Workbook().save(xlsx)
    pdf = tmp_path / "指引.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    noise = tmp_path / "下载.bin"
    noise.write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))
    table = tmp_path / "目录.csv"
    table.write_text("事项名称,公开内容\n办事指南,流程\n", encoding="utf-8")
    cut = tmp_path / "社会救助.json"
    cut.write_text('{"code": "social-assistance", "items": [', encoding="utf-8")
    # Tables are read as guideline tables now: one without a catalog header says so.
    expected = {
        xlsx: "没有找到目录表头",
        pdf: "这是 PDF 文件，不是标准指引模板",
        noise: "不是文本文件",
        table: "没有找到目录表头",
        cut: "第 1 行第 41 列格式有误",
    }
    before = sha256(target)
    for path, sentence in expected.items():
        result = run("import", str(path), "--workspace", str(target))
        assert result.returncode == 2
        assert sentence in result.stderr and path.name in result.stderr
        assert "codec" not in result.stderr and "Expecting" not in result.stderr
    assert sha256(target) == before
    assert main(["templates", "import", str(xlsx), "--workspace", str(target)]) == 2
