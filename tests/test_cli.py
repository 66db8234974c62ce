import subprocess
import sys

import pytest

from desktop import cli
from tests.conftest import ROOT

_NEW_TOWNSHIP = ("new", "{dir}/x.gkml", "--unit-name", "幸福镇", "--level", "乡级")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_new_then_info_shows_unit_counts_and_schema(tmp_path):
    path = tmp_path / "幸福镇.gkml"
    made = run(
        "new",
        str(path),
        "--unit-name",
        "幸福镇人民政府",
        "--level",
        "乡级",
        "--division-code",
        "330102001000",
        "--empty",
    )
    assert made.returncode == 0, made.stderr
    assert "已创建工作区" in made.stdout
    info = run("info", str(path))
    assert info.returncode == 0, info.stderr
    assert "本单位：幸福镇人民政府（乡级，区划代码 330102001000）" in info.stdout
    assert "结构版本：0005_batch_state" in info.stdout
    assert "事项：共 0 项" in info.stdout


def test_info_lists_item_counts_per_domain(workspace):
    from tests.conftest import make_item

    workspace.add_items(
        [
            make_item(),
            make_item(name="审核信息"),
            make_item(domain="elderly-care", name="养老机构备案"),
        ]
    )
    path = workspace.path
    workspace.close()
    info = run("info", str(path))
    assert "事项：共 3 项，2 个领域" in info.stdout
    lines = info.stdout.splitlines()
    assert any("社会救助" in line and line.rstrip().endswith("2") for line in lines)
    assert any("养老服务" in line and line.rstrip().endswith("1") for line in lines)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["new", "{dir}/x.gkml", "--unit-name", "幸福镇", "--level", "省级"], "命令参数不正确"),
        (
            [
                "new",
                "{dir}/x.gkml",
                "--unit-name",
                "幸福镇",
                "--level",
                "乡级",
                "--division-code",
                "12",
            ],
            "区划代码",
        ),
        (
            ["new", "{dir}/没有的文件夹/x.gkml", "--unit-name", "幸福镇", "--level", "乡级"],
            "不存在",
        ),
        (["new", "{dir}/x.gkml", "--unit-name", "  ", "--level", "乡级"], "不能为空"),
        (
            [*_NEW_TOWNSHIP, "--domains", "户籍管理,社会求助"],
            "找不到领域“社会求助”。是不是 社会救助？",
        ),
        (
            [*_NEW_TOWNSHIP, "--domains", "社会救助", "--empty"],
            "命令参数不正确",
        ),
        (
            [*_NEW_TOWNSHIP, "--domains", "、"],
            "没有给出任何领域",
        ),
        ([*_NEW_TOWNSHIP, "--reason", "  "], "--reason 不能为空"),
        (["info"], "命令参数不正确"),
    ],
)
def test_unusable_input_exits_2_with_a_chinese_message_and_writes_nothing(tmp_path, args, words):
    result = run(*[a.format(dir=tmp_path) for a in args])
    assert result.returncode == 2
    assert words in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_new_refuses_to_overwrite(tmp_path):
    path = tmp_path / "幸福镇.gkml"
    path.write_text("别人的文件")
    result = run("new", str(path), "--unit-name", "幸福镇人民政府", "--level", "乡级")
    assert result.returncode == 2 and "已存在" in result.stderr
    assert path.read_text() == "别人的文件"


def test_every_command_has_help_text_and_is_dispatched_by_main():
    parser = cli.build_parser()
    subparsers = parser._subparsers._group_actions[0]  # argparse has no public accessor
    assert tuple(subparsers.choices) == cli.COMMANDS
    helps = {action.dest: action.help for action in subparsers._choices_actions}
    assert all(helps[name] for name in cli.COMMANDS)
    assert run("-h").returncode == 0


def test_an_unexpected_error_is_logged_and_told_with_the_log_path(data_dir):
    crash = (
        "import sys; from desktop import cli; cli._info = lambda args: 1 / 0; "
        "sys.exit(cli.main(['info', 'x.gkml']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", crash], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    log = data_dir / "logs" / "gkml.log"
    assert result.returncode == 1
    assert "意外错误：ZeroDivisionError: division by zero" in result.stderr
    assert str(log) in result.stderr and "Traceback" not in result.stderr
    logged = log.read_text(encoding="utf-8")
    assert "启动（命令行）" in logged
    assert "Traceback (most recent call last)" in logged and "<lambda>" in logged
