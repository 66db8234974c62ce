"""English for the UI: fills forms/translations/gkml_en.ts and compiles the .qm.

Run after changing a .ui file or a ``self.tr`` string: ``.venv/bin/python build/translations.py``. It runs
pyside6-lupdate, writes the English below into the .ts (Qt Linguist can edit it
too) and pyside6-lrelease into desktop/ui/translations/gkml_en.qm. A test fails
when a form string has no English.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "forms" / "translations" / "gkml_en.ts"
QM = ROOT / "desktop" / "ui" / "translations" / "gkml_en.qm"

ENGLISH = {
    ".xlsx 或 .csv：标准指引格式、上传格式或完整备份格式": ".xlsx or .csv: guideline, upload or full-backup layout",
    "一级事项(&1)：": "Category (&1):",
    "一级事项：标准指引中事项所属的大类，如“最低生活保障”。": "Category: the group the guideline puts the item in, e.g. minimum living allowance.",
    "一键修正(&X)": "Fi&x automatically",
    "不适用原因：": "Not applicable because:",
    "乡级": "Township",
    "事项名称(&N)：": "Item &name:",
    "事项名称（二级事项）：如“办事指南”“审核信息”。同一一级事项下不能重复。": "Item name: e.g. service guide, review results. Must be unique within a category.",
    "从标准指引添加事项": "Add items from the guideline",
    "从标准指引添加事项(&T)…": "Add from &template…",
    "保存到(&F)：": "Save to (&F):",
    "公开主体：": "Responsible body:",
    "公开主体：负责公开的机关或组织，一般是本单位，如“幸福镇人民政府”。": "Responsible body: the office that publishes, usually this unit.",
    "公开依据：": "Legal basis:",
    "公开依据：写明法律、法规、规章或文件的全称并加书名号，如《中华人民共和国政府信息公开条例》，或写出文号。": "Legal basis: the full title of the law, regulation or document in 《》, or its document number.",
    "公开内容（要素）：要公开的具体信息，如“办理条件、申请材料、办理流程”。": "Content: the information to publish, e.g. conditions, materials, procedure.",
    "公开内容：": "Content:",
    "公开对象：": "Audience:",
    "公开对象：全社会，或特定群体（如申请人、征收范围内的村民）。": "Audience: the public, or a specific group (e.g. applicants).",
    "公开层级：": "Levels:",
    "公开层级：在哪一级公开。乡镇目录中的事项应当包含“乡级”。": "Levels: where it is published. Township catalog items should include Township.",
    "公开方式：": "Method:",
    "公开方式：主动公开，或依申请公开。": "Method: published proactively, or on request.",
    "公开时限：": "Time limit:",
    "公开时限：可以执行的期限，如“信息形成或变更之日起20个工作日内”“实时”“长期”。": "Time limit: a period that can be kept, e.g. within 20 working days, real time, permanent.",
    "公开渠道和载体：勾选标准指引列出的渠道；本地特有的渠道写在下面一栏。": "Channels: tick the guideline's channels; write local ones below.",
    "公开渠道：": "Channels:",
    "公开目录编制工具": "Disclosure catalog compiler",
    "其他渠道：": "Other channels:",
    "删除事项(&R)": "&Remove item",
    "勾选要加入目录的事项。已在目录中或已标为不适用的事项不能再勾选。": "Tick the items to add. Items already in the catalog or marked not applicable cannot be ticked.",
    "县级": "County",
    "双击一条结果，跳到对应的事项": "Double-click a finding to go to its item",
    "只导出上次上传以来新增或修改的事项(&C)": "Only items added or &changed since the last upload",
    "只看有错误或警告的事项": "Show only items with errors or warnings",
    "只看某个状态的事项": "Show only items with this status",
    "在当前领域新增一个本单位自有的事项": "Add an item of this unit's own in the current domain",
    "如：本镇无此项业务": "e.g. this township has no such service",
    "完成情况": "Completeness",
    "完成情况(&D)…": "Completeness &dashboard…",
    "导入目录文件": "Import a catalog file",
    "导入目录文件(&I)…": "&Import catalog file…",
    "导出格式(&P)：": "&Profile:",
    "导出目录": "Export the catalog",
    "导出目录(&E)…": "&Export catalog…",
    "导出记录（批次）：": "Export history (batches):",
    "总体完成 %p%": "Overall %p% done",
    "打印公开栏（PDF）(&P)…": "&Print notice-board PDF…",
    "打开工作区(&O)…": "&Open workspace…",
    "打开示范工作区(&D)": "Open the &demo workspace",
    "把选中的事项移到回收站（可以撤销）": "Move the selected items to the recycle bin (can be undone)",
    "按严重程度筛选校验结果": "Filter findings by severity",
    "按校验规则安全地修正这一事项中能自动修正的问题（去掉多余字符、改为标准写法）": "Apply the safe fixes the rules offer for this item (stray characters, standard wording)",
    "按领域查看目录；括号中是事项数": "The catalog by domain; the number of items in brackets",
    "搜索事项名称、内容、依据、主体…（Ctrl+F）": "Search names, content, basis, body… (Ctrl+F)",
    "文件(&F)": "&File",
    "文件(&F)：": "&File:",
    "文件的标题、工作表名称或“所属领域”列能说明领域时选“自动识别”": "Choose automatic when the title, sheet name or a domain column names the domain",
    "新增事项(&A)": "&Add item",
    "新建工作区(&N)…": "&New workspace…",
    "未勾选的事项标为“不适用”，原因(&R)：": "Mark unticked items not applicable, &reason:",
    "本单位没有这一事项时写明原因，事项即标为“不适用”，不公开也不上传。": "If this unit has no such item, give the reason: it is then marked not applicable, neither published nor uploaded.",
    "村级": "Village",
    "查找(&F)": "&Find",
    "标准指引模板更新(&U)…": "Guideline template &updates…",
    "标准清单以外的渠道，多个用顿号“、”分隔。": "Channels outside the standard list, separated by 、",
    "校验结果": "Findings",
    "核对过这一事项仍然准确：记下今天的日期（目录要定期核对、动态调整）": "Checked and still true: record today's date (catalogs must be reviewed regularly)",
    "正在校验…": "Validating…",
    "每个领域：标准指引中适用于本单位层级的事项有多少，已编入多少，标为不适用多少，还有多少错误和警告。双击一行打开该领域。": "Per domain: guideline items for this level, included, not applicable, errors and warnings. Double-click to open the domain.",
    "状态：": "Status:",
    "状态：草稿、待审、已审、已上传。": "Status: draft, for review, reviewed, uploaded.",
    "目录(&C)": "&Catalog",
    "确认无误(&K)": "Chec&ked, still true",
    "精准链接：": "Link:",
    "精准链接：该信息在网站上的网址，以 http:// 或 https:// 开头。": "Link: the web address where it is published, starting with http:// or https://.",
    "输入任意几个字，在一级事项、事项名称、公开内容、公开依据、公开主体和渠道中查找": "Type any few characters to search categories, names, content, basis, body and channels",
    "退出(&X)": "E&xit",
    "选择文件…": "Choose file…",
    "选择文件后点“预览”：先检查，不写入工作区。": "Choose a file, then Preview: it is checked, nothing is written.",
    "选择文件夹…": "Choose folder…",
    "重新校验(&V)": "Re-&validate",
    "问题：": "Problems:",
    "领域(&D)：": "&Domain:",
    "事项编辑": "Item editor",
    "编辑(&E)": "&Edit",
    "撤销": "Undo",
    "重做": "Redo",
    "全部状态": "Any status",
    "全部事项": "All items",
    "有错误的": "With errors",
    "有错误或警告的": "With errors or warnings",
    "全部结果": "All findings",
    "只看错误": "Errors only",
    "只看警告": "Warnings only",
    "只看提示": "Hints only",
    "关闭工作区(&W)": "Close &workspace",
    "最近打开(&R)": "&Recent workspaces",
    "视图(&V)": "&View",
    "关怀模式（大字体）(&L)": "&Large text (care mode)",
    "帮助(&H)": "&Help",
    "用户指南(&G)": "User &guide",
    "编制基层政务公开事项标准目录：从标准指引开始，逐项校验，导出上传。第一次使用请点“新建工作区”；想先看看，可以打开示范工作区。": "Compile the standard catalog of disclosure items: start from the guidelines, check every item, export for upload. First time here? Choose New workspace; to look around, open the demo workspace.",
    "新建工作区…": "New workspace…",
    "打开工作区…": "Open workspace…",
    "打开示范工作区": "Open the demo workspace",
    "最近打开（双击打开）：": "Recent workspaces (double-click to open):",
    "新建工作区": "New workspace",
    "创建工作区": "Create workspace",
    "第一步：本单位": "Step 1: this unit",
    "填写编制目录的单位。单位名称会作为事项的“公开主体”。": "The unit compiling the catalog. Its name becomes each item's responsible body.",
    "如：幸福镇人民政府": "e.g. 幸福镇人民政府",
    "县（市、区）政府或部门": "county government or department",
    "乡镇、街道": "township or sub-district",
    "村（居）委会": "village or residents' committee",
    "12 位统计用区划代码，可以不填": "12-digit statistical division code, optional",
    "联系人和电话，可以不填": "contact person and phone, optional",
    "选择位置…": "Choose location…",
    "单位名称(&N)：": "Unit &name:",
    "层级(&L)：": "&Level:",
    "区划代码：": "Division code:",
    "联系人：": "Contact:",
    "保存位置：": "Save as:",
    "第二步：选择领域": "Step 2: domains",
    "勾选本单位要编制目录的领域。已勾选的是标准指引中有本级事项的领域；没有勾选的试点领域将记为“未涉及”。": "Tick the domains this unit compiles. Ticked are those whose guideline has items for this level; unticked pilot domains are recorded as not concerned.",
    "全选": "Select all",
    "全不选": "Select none",
    "未涉及的原因(&R)：": "&Reason for domains not concerned:",
    "第三步：确认": "Step 3: confirm",
    "将创建工作区：{file}\n本单位：{unit}（{level}）\n编制 {domains} 个领域，先从标准指引加入 {items} 个事项，公开主体填为本单位。\n之后可在主窗口中逐项修改、校验和导出。": "Workspace to create: {file}\nUnit: {unit} ({level})\n{domains} domains; {items} guideline items are added first, with this unit as responsible body.\nThen edit, validate and export them in the main window.",
    "{domain}（本级事项 {count} 个）": "{domain} ({count} items at this level)",
    "工作区保存位置": "Where to save the workspace",
    "工作区": "Workspace",
    "{path} 已经存在，请换一个名称或位置。": "{path} already exists; choose another name or place.",
    "没有创建：{reason}": "Not created: {reason}",
    "还有 {errors} 个错误，目录不能导出上传。请在“校验结果”中逐条改正。": "{errors} errors remain: the catalog cannot be exported for upload. Fix them one by one under Findings.",
    "没有错误，目录可以导出上传。": "No errors: the catalog can be exported for upload.",
    "标准指引中还有 {missing} 个适用事项既未编入也未标为不适用。": " {missing} guideline items for this level are neither included nor marked not applicable.",
    "在表格中选一个事项进行编辑。": "Select an item in the table to edit it.",
    "这一事项没有发现问题。": "No problems found in this item.",
    "加入目录": "Add to catalog",
    "请写明原因，如：本镇无此项业务": "Give the reason, e.g. this township has no such service",
    "（本模板未收全原表，见模板说明）": " (this template does not hold the whole original table; see its notes)",
    "{title}　{issuer}　适用于{level}的事项 {count} 个{coverage}": "{title}  {issuer}  {count} items for {level}{coverage}",
    "用户指南": "User guide",
    "找不到用户指南：{path}": "User guide not found: {path}",
    "全部领域": "All domains",
    "导出(&E)": "&Export",
    "目录中还有 {count} 个错误，不能导出“{profile}”：{shown}{more}。请先在“校验结果”中改正。": "{count} errors remain, so “{profile}” cannot be exported: {shown}{more}. Fix them under Findings first.",
    "可以导出。导出会记入下方的批次记录。": "Ready to export. Each export is recorded in the batch history below.",
    "导出到": "Export to",
    "取消(&C)": "&Cancel",
    "正在导出…": "Exporting…",
    "\n注意：{count} 处 Excel 无法保存的控制字符已去掉。": "\nNote: {count} control characters Excel cannot store were removed.",
    "已导出 {count} 个事项：\n{files}{removed}": "Exported {count} items:\n{files}{removed}",
    "自动识别": "Automatic",
    "预览(&V)": "Pre&view",
    "导入(&I)": "&Import",
    "选择目录文件": "Choose a catalog file",
    "表格 (*.xlsx *.csv);;所有文件 (*)": "Spreadsheets (*.xlsx *.csv);;All files (*)",
    "正在读取和检查…": "Reading and checking…",
    "，新单位 {count} 个": ", {count} new units",
    "预览（尚未写入）：新增 {added} 项，更新 {updated} 项，相同未变 {unchanged} 项，未导入 {rejected} 行{units}。": "Preview (nothing written yet): {added} new, {updated} updated, {unchanged} unchanged, {rejected} rows not imported{units}.",
    "导入的事项中有 {errors} 个错误，导入后可在校验结果中改正。": " The incoming items have {errors} errors; fix them under Findings after importing.",
    "正在备份并导入…": "Backing up and importing…",
    "导入前的备份：{name}": "Backup taken before the import: {name}",
    "已导入：新增 {added} 项，更新 {updated} 项。{backup}": "Imported: {added} new, {updated} updated. {backup}",
}
_SHORTCUT = re.compile(r"^(Ctrl\+|F\d+$)")


def sources() -> list[str]:
    """The .ui forms and the ui modules (their ``self.tr`` strings)."""
    forms = sorted((ROOT / "forms").glob("*.ui"))
    code = sorted(p for p in (ROOT / "desktop" / "ui").glob("*.py"))
    return [str(p) for p in (*forms, *code)]


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lupdate), *sources(), "-no-obsolete", "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        english = source if _SHORTCUT.match(source) else ENGLISH.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.getroot().set("language", "en")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    QM.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True)
    for source in missing:
        print(f"no English for: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
