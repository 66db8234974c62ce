"""Catalog spreadsheets for tests, written the way real offices lay them out."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook, load_workbook

OFFICIAL_TOP = [
    "序号",
    "公开事项",
    "",
    "公开内容（要素）",
    "公开依据",
    "公开时限",
    "公开主体",
    "公开渠道和载体（“■”表示必选项，“□”表示可选项）",
    "公开对象",
    "",
    "公开方式",
    "",
    "公开层级",
    "",
]
OFFICIAL_LEAF = [
    "",
    "一级事项",
    "二级事项",
    "",
    "",
    "",
    "",
    "",
    "全社会",
    "特定群体",
    "主动",
    "依申请",
    "县级",
    "乡级",
]

BASIS = "《社会救助暂行办法》"
LIMIT = "信息形成或变更之日起20个工作日内"
CHANNELS = "■政府网站 □政府公报 ■公开查阅点 □两微一端"


def official_row(seq: int, level1: str, name: str, **overrides: str) -> list[str]:
    row = {
        "seq": str(seq),
        "level1": level1,
        "name": name,
        "content": "办理条件、申请材料、办理流程",
        "basis": BASIS,
        "time_limit": LIMIT,
        "subject": "幸福镇人民政府",
        "channels": CHANNELS,
        "all": "√",
        "specific": "",
        "active": "√",
        "request": "",
        "county": "√",
        "township": "√",
    }
    row.update(overrides)
    return list(row.values())


def write_official(
    path: Path,
    rows: list[list[str]],
    *,
    title: str = "社会救助领域基层政务公开标准目录",
    merge_level1: tuple[int, int] | None = None,
    sheet: str = "Sheet1",
) -> Path:
    """An official-layout workbook: title row, two-row merged header, then ``rows``."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(OFFICIAL_TOP))
    ws.append(OFFICIAL_TOP)
    ws.append(OFFICIAL_LEAF)
    for first, last in ((1, 1), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8)):
        ws.merge_cells(start_row=2, start_column=first, end_row=3, end_column=last)
    for first, last in ((2, 3), (9, 10), (11, 12), (13, 14)):
        ws.merge_cells(start_row=2, start_column=first, end_row=2, end_column=last)
    for row in rows:
        ws.append(row)
    if merge_level1:
        first, last = merge_level1
        ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    workbook.save(path)
    return path


UPLOAD_HEADER = [
    "所属领域",
    "一级事项",
    "事项名称",
    "公开内容",
    "公开依据",
    "公开时限",
    "公开主体",
    "公开渠道和载体",
    "公开对象",
    "公开方式",
    "公开层级",
]


def upload_row(domain: str, level1: str, name: str, **overrides: str) -> list[str]:
    row = {
        "domain": domain,
        "level1": level1,
        "name": name,
        "content": "办理条件、申请材料、办理流程",
        "basis": BASIS,
        "time_limit": LIMIT,
        "subject": "幸福镇人民政府",
        "channels": "政府网站、公开查阅点",
        "audience": "全社会",
        "method": "主动",
        "levels": "县级、乡级",
    }
    row.update(overrides)
    return list(row.values())


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows([UPLOAD_HEADER, *rows])
    return path


def edit_cells(path: Path, edits: dict[tuple[int, str], str]) -> Path:
    """Change cells (row, heading) -> value as a clerk would, keeping everything else."""
    book = load_workbook(path)
    for sheet in book.worksheets:
        headers = {}
        for row in sheet.iter_rows(max_row=4):
            for cell in row:
                if isinstance(cell.value, str) and cell.value:
                    headers.setdefault(cell.value, cell.column)
        for (row, heading), value in edits.items():
            if heading in headers:
                sheet.cell(row=row, column=headers[heading]).value = value
    book.save(path)
    return path


def county_rows(tmp_path: Path) -> Path:
    """A file with one row of the test township and three of a village it does not hold."""
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "区划代码", *UPLOAD_HEADER])
    sheet.append(["幸福镇人民政府", "", *upload_row("社会救助", "最低生活保障", "审核信息")])
    for name in ("办事指南", "审核信息", "审批信息"):
        row = upload_row("社会救助", "最低生活保障", name, subject="美丽村村民委员会")
        sheet.append(["美丽村村民委员会", "330102001201", *row])
    book.save(tmp_path / "汇总.xlsx")
    return tmp_path / "汇总.xlsx"
