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
    "用本省空白模板生成格式(&T)…": "Profile from the province's blank &template…",
    "把本省下发的空白上传模板变成导出格式：核对每一列填什么，起个名称保存": "Turn the province's blank upload template into an export profile: check what each column holds, name it, save",
    "已保存导出格式“{name}”，导出时可以选用。": "Saved export profile “{name}”; it can be chosen when exporting.",
    "用本省空白模板生成格式": "Profile from the province's blank template",
    "选择本省下发的空白上传模板（.xlsx）": "Choose the blank upload template the province sent (.xlsx)",
    "选择(&C)…": "&Choose…",
    "如 浙江上传": "e.g. Zhejiang upload",
    "模板文件(&F)：": "Template &file:",
    "格式名称(&N)：": "Profile &name:",
    "列": "Column",
    "模板中的表头": "Heading in the template",
    "导出时填写": "Filled on export with",
    "选择空白上传模板": "Choose a blank upload template",
    "表格文件 (*.xlsx *.csv)": "Spreadsheets (*.xlsx *.csv)",
    "工作表“{sheet}”，{count} 列。": "Sheet “{sheet}”, {count} columns. ",
    "没有认出：{names}，导出时留空；如要填写，请在右边选择。": "Not recognised: {names}; left blank on export — to fill them, choose on the right. ",
    "表头上方的 {count} 行（标题等）导出时照原样保留。": "The {count} rows above the header (title etc.) are kept as they are on export.",
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
    "只导出上次确认被接收的上传以来新增或修改的事项(&C)": "Only items added or &changed since the last accepted upload",
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
    "选中的上传批次：": "Selected upload batch:",
    "省级系统已接收这个上传文件：其中的事项状态改为“已上传”": "The province's system accepted this upload file: its items become Uploaded",
    "已被省级系统接收(&A)": "&Accepted by the province",
    "省级系统退回了这个上传文件：事项状态不变，改正后再导出": "The province's system sent this upload file back: item statuses stay; correct and export again",
    "被退回(&R)": "&Rejected",
    "已导出，待确认接收": "Exported, awaiting acceptance",
    "已被省级系统接收": "Accepted by the province",
    "被省级系统退回": "Rejected by the province",
    "无需上传": "Not an upload",
    "批次 {id} 已记为已被省级系统接收：{count} 个事项的状态改为“已上传”。": "Batch {id} recorded as accepted by the province: {count} items are now Uploaded.",
    "批次 {id} 已记为被省级系统退回：事项状态不变，改正后请再导出上传。": "Batch {id} recorded as rejected by the province: item statuses are unchanged; correct them and export the upload again.",
    "{count} 个事项在导出后修改或删除过，状态未改，请再导出上传。": "{count} items were edited or deleted after the export; their status is unchanged, please export the upload again.",
    "\n省级系统接收后，请在下方选中这一批次，点“已被省级系统接收”。": "\nOnce the province's system has accepted it, select this batch below and click “Accepted by the province”.",
    "总体完成 %p%": "Overall %p% done",
    "打印公开栏(&P)…": "&Print notice board…",
    "先预览每一页，再送到打印机": "See every page first, then send it to a printer",
    "公开栏存为 PDF(&S)…": "&Save notice board as PDF…",
    "打印预览": "Print preview",
    "回收站": "Recycle bin",
    "单位(&U)：": "&Unit:",
    "县级工作区汇总了多个单位的目录时，选一个单位看它的完成情况": (
        "When a county workspace holds several units' catalogs, choose the unit to see"
    ),
    "草稿": "Draft",
    "待审": "To review",
    "已审": "Reviewed",
    "已上传": "Uploaded",
    "标为(&S)": "Mark a&s",
    "把 {count} 个事项标为{status}": "Mark {count} items {status}",
    "本单位信息(&M)…": "&My unit…",
    "修改单位名称、区划代码、联系人和定期核对周期": (
        "Change the unit's name, division code, contact and review period"
    ),
    "公开主体改为新单位名称": "Responsible body renamed with the unit",
    "本单位信息": "My unit",
    "层级：": "Level:",
    "层级决定适用哪些标准指引事项，建好工作区后不能更改；层级不对请新建工作区。": (
        "The level decides which guideline items apply and cannot change once the workspace "
        "exists; for another level, create a new workspace."
    ),
    "定期核对(&C)：": "Review every (&C):",
    "事项多少个工作日没有核对就提示“较长时间未核对”；0 表示不提示。": (
        "After how many working days an unchecked item is flagged; 0 turns it off."
    ),
    "不提示": "never",
    " 个工作日": " working days",
    "把事项中写着原单位名称的“公开主体”一并改为新名称(&S)": (
        "Also rename the responsible body of items that name the old unit (&S)"
    ),
    "回收站(&B)…": "Recycle &bin…",
    "查看删除过的事项，把需要的恢复到目录": "See deleted items and put back the ones you need",
    "删除的事项都保存在这里，不会丢失。选中要找回的事项，点“恢复”，它就回到目录原来的位置。": (
        "Deleted items are kept here and never lost. Select the ones you want and click "
        "Restore: they go back to their place in the catalog."
    ),
    "恢复(&R)": "&Restore",
    "把选中的事项放回目录（可以撤销）": "Put the selected items back in the catalog (can be undone)",
    "回收站是空的。": "The recycle bin is empty.",
    "删除时间": "Deleted at",
    "恢复 {count} 个事项": "Restore {count} items",
    "已恢复 {count} 个事项（可以撤销）。": "Restored {count} items (can be undone).",
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
    "单位名称(&U)：": "&Unit name:",
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
    "正在检查能否导出…": "Checking whether this can be exported…",
    "{domain}第 {seq} 项“{name}”：{message}": "{domain} item {seq} “{name}”: {message}",
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
    "预览（尚未写入）：新增 {added} 项，更新 {updated} 项，相同未变 {unchanged} 项，未导入 {rejected} 行。": "Preview (nothing written yet): {added} new, {updated} updated, {unchanged} unchanged, {rejected} rows not imported.",
    "“{name}”的 {count} 个事项": "{count} items of “{name}”",
    "文件中{names}将作为下级单位加入。": " The file's {names} will be added as a sub-unit.",
    "文件中{names}不属于本单位：默认不导入；勾选下面的选项才会作为下级单位加入。": " The file's {names} do not belong to this unit: they are not imported unless you tick the option below to add them as a sub-unit.",
    "把属于其他单位的事项作为下级单位加入(&U)": "Add the items of other units as sub-&units",
    "将要修改": "Changes",
    "将要修改（{count}）": "Changes ({count})",
    "未导入与说明": "Not imported and notes",
    "未导入与说明（{count}）": "Not imported and notes ({count})",
    "（空）": "(empty)",
    "（文件中为空，保留原值）": "(blank in the file: the current value stays)",
    "备份与恢复": "Backups and restore",
    "每天第一次打开时、每次导入前都会自动备份（保留最新 10 个）。要撤销一次导入，选中它的“导入前”备份，点“恢复到所选备份”。恢复前的内容会另存为一个备份，恢复错了也能再恢复回来。": "A backup is taken the first time each day the workspace opens and before every import (the newest 10 are kept). To undo an import, choose its “before import” backup and click “Restore the chosen backup”. What the workspace holds is backed up first, so a restore can be undone too.",
    "立即备份(&N)": "Back up &now",
    "恢复到所选备份(&R)…": "&Restore the chosen backup…",
    "用选中的备份替换工作区现在的内容；现在的内容先另存为备份": "Replace the workspace's content with the chosen backup; the current content is backed up first",
    "还没有备份。": "No backups yet.",
    "已备份：{name}": "Backed up: {name}",
    "正在导入或导出，请等它完成后再恢复备份。": "An import or export is running; restore the backup when it has finished.",
    "恢复备份": "Restore a backup",
    "把工作区恢复到 {when}（{reason}）的备份？之后的修改都会撤掉；现在的内容先另存为一个备份，需要时可以再恢复回来。": "Restore the workspace to the backup of {when} ({reason})? Every change made since is undone; the current content is backed up first, so you can go back to it.",
    "已恢复到 {when} 的备份。恢复前的内容另存为 {name}。": "Restored the backup of {when}. What the workspace held before was backed up as {name}.",
    "删除下级单位": "Remove a sub-unit",
    "删除“{name}”？它的全部事项移到回收站（可以撤销，也可以从回收站恢复），本单位的目录不受影响。": "Remove “{name}”? All its items go to the recycle bin (undo brings them back, so does the recycle bin); this unit's own catalog is not touched.",
    "已删除“{name}”：{count} 个事项移到回收站（可以撤销）。": "Removed “{name}”: {count} items moved to the recycle bin (undo brings them back).",
    "删除下级单位“{name}”（事项移到回收站）…": "Remove the sub-unit “{name}” (its items to the recycle bin)…",
    "删除下级单位“{name}”": "Remove the sub-unit “{name}”",
    "备份与恢复(&B)…": "&Backups and restore…",
    "查看备份，立即备份，或恢复到导入前的备份": "See the backups, back up now, or restore the backup taken before an import",
    "已恢复备份；恢复前的内容另存为 {name}。": "Backup restored; what the workspace held before was backed up as {name}.",
    "备份时间": "Taken at",
    "原因": "Reason",
    "原值": "Now",
    "新值": "From the file",
    "导入的事项中有 {errors} 个错误，导入后可在校验结果中改正。": " The incoming items have {errors} errors; fix them under Findings after importing.",
    "正在备份并导入…": "Backing up and importing…",
    "导入前的备份：{name}": "Backup taken before the import: {name}",
    "已导入：新增 {added} 项，更新 {updated} 项。{backup}（要撤销这次导入：文件 › 备份与恢复）": "Imported: {added} new, {updated} updated. {backup} (to undo this import: File › Backups and restore)",
    # -- the UI's sentences with values, headers and status texts
    "SHA-256": "SHA-256",
    "{name}（{count}）": "{name} ({count})",
    "从本领域标准指引引用过的法规文件中选一个，加书名号插入": (
        "Pick a law or document this domain's guideline cites; it is inserted in 《》"
    ),
    "引用法规(&B)": "Cite a law (&B)",
    "给选中的文件名称加上书名号《》": "Put the selected title in 《》",
    "加书名号《》": "Add 《》",
    "把鼠标停在一个领域上，可以看到它依据的标准指引": "Rest the mouse on a domain to see its guideline",
    "仅修改部分": "Changes only",
    "全部": "All",
    "此事项有{severity}，详见下方“校验结果”": "This item has a finding ({severity}); see Findings below",
    "{name}：{count} 个事项，{errors} 个错误": "{name}: {count} items, {errors} errors",
    "{name}：{count} 个事项": "{name}: {count} items",
    "；": "; ",
    "、": ", ",
    "（整个领域）": "(whole domain)",
    "（可一键修正）": " (can be fixed automatically)",
    "加入": "Add",
    "目录中": "In catalog",
    "领域": "Domain",
    "应有事项": "Expected",
    "已编入": "Included",
    "不适用": "Not applicable",
    "自有事项": "Own items",
    "完成度": "Done",
    "导出时间": "Exported at",
    "格式": "Profile",
    "文件": "File",
    "事项数": "Items",
    "范围": "Scope",
    "类别": "Kind",
    "位置": "Where",
    "说明": "Note",
    "序号": "No.",
    "问题": "Problem",
    "严重程度": "Severity",
    "事项": "Item",
    "栏目": "Field",
    "问题说明": "What is wrong",
    "采用": "Apply",
    "变化": "Change",
    "内容": "Content",
    "备注": "Remarks",
    "【{severity}】": "[{severity}] ",
    "{title}：{description}\n改正：{fix}": "{title}: {description}\nTo fix: {fix}",
    "第 {seq} 项 {name}": "No. {seq} {name}",
    "无法打开工作区": "Cannot open the workspace",
    "无法打开示范工作区": "Cannot open the demo workspace",
    "意外错误": "Unexpected error",
    "复制详细信息(&C)": "&Copy details",
    "程序遇到了意外错误，刚才的操作可能没有完成；已经保存的修改不受影响。\n详细信息已记入日志文件：{path}\n请把这个文件，或用“复制详细信息”复制的内容，发给技术支持。": "The program met an unexpected error; what you just did may not have finished. Changes already saved are not affected.\nThe details are in the log file: {path}\nPlease send that file, or what “Copy details” copies, to support.",
    "{unit}（{level}）  工作区：{path}": "{unit} ({level})  Workspace: {path}",
    "有错误时不能导出上传": "The catalog cannot be exported for upload while errors remain",
    "没有错误，可以导出": "No errors: the catalog can be exported",
    "{items} 个事项：错误 {errors}，警告 {warnings}，提示 {infos}。{verdict}。": (
        "{items} items: {errors} errors, {warnings} warnings, {infos} notes. {verdict}."
    ),
    "已完成今天的自动备份：{name}": "Today's automatic backup is done: {name}",
    "后台任务没有完成": "The background task did not finish",
    "上报情况": "Submissions",
    "只看还没有通过的单位(&B)": "Only units not yet approved (&B)",
    "下级单位 {count} 个：{parts}。双击一个单位查看它的目录。": "{count} lower units: {parts}. Double-click a unit to see its catalog.",
    "还没有接收过报送包": "no package received yet",
    "单位": "Unit",
    "层级": "Level",
    "已通过": "Approved",
    "最近接收": "Last received",
    "上报情况(&S)…": "&Submissions…",
    "各下级单位的报送和审核状态": "What each lower unit has submitted and how it was reviewed",
    "删除": "Delete",
    "采用下级": "Take lower",
    "本级": "This level",
    "下级": "Lower level",
    "报送上级单位(&U)…": "Submit to the &upper unit…",
    "把本单位（和所辖单位）的目录写成报送包交上级": "Write this unit's (and its sub-units') catalog as a package for the level above",
    "接收下级报送包(&G)…": "Receive a lower unit's packa&ge…",
    "核验、预览并接收下级单位交来的报送包": "Verify, preview and receive a package from a lower unit",
    "无法报送": "Cannot submit",
    "本单位没有 12 位区划代码（或已是县级），推不出上级单位。请先在 文件 › 本单位信息 中填写区划代码。": "This unit has no 12-digit division code (or is a county), so the unit above is unknown. Enter the code under File › Unit profile first.",
    "保存报送包": "Save the package",
    "报送包 (*.gkbs)": "Packages (*.gkbs)",
    "报送包没有生成": "The package was not written",
    "已生成报送包：{path}。请把它交给上级单位。": "Package written: {path}. Hand it to the unit above.",
    "新增": "New",
    "修改": "Changed",
    "冲突": "Conflict",
    "接收下级报送包": "Receive a lower unit's package",
    "下级单位交来的 .gkbs 文件": "The .gkbs file a lower unit sent",
    "浏览(&B)…": "&Browse…",
    "报送包(&F)：": "Package (&F):",
    "选择报送包后先预览，预览不会写入任何内容。": "Choose a package and preview it first; a preview writes nothing.",
    "接收(&R)": "&Receive",
    "选择报送包": "Choose a package",
    "正在核验报送包…": "Verifying the package…",
    "{sender}的这个报送包已接收过，没有变化。": "This package from {sender} was received before; nothing changes.",
    "预览（尚未写入）：{sender}（{level}）报送。新单位 {units} 个，新增 {new} 项，修改 {changed} 项，删除 {deleted} 项，冲突 {conflicts} 项，相同未变 {same} 项。": "Preview (nothing written yet): from {sender} ({level}). {units} new units, {new} new items, {changed} changed, {deleted} deleted, {conflicts} conflicts, {same} unchanged.",
    "上级的审核意见 {count} 条。": "{count} review opinions from the level above.",
    "冲突的栏目本级和下级都改过：勾选“采用下级”的取下级的，其余保留本级的。": "Both levels changed the conflicting fields: ticked rows take the lower unit's value, the others keep this level's.",
    "正在备份并接收…": "Backing up and receiving…",
    "已接收：新单位 {units} 个，新增 {added} 项，修改 {changed} 项，删除 {deleted} 项。接收前的备份：{backup}": "Received: {units} new units, {added} new items, {changed} changed, {deleted} deleted. Backup taken before: {backup}",
    "退回修改": "Returned for changes",
    "上级退回修改": "Returned by the level above",
    "上级单位审核时把这一事项退回修改，并写明了原因。改好后它回到“草稿”，随下一次报送交上级重新审核。": "The level above reviewed this item and sent it back with a reason. Once changed it returns to Draft and goes up again with the next submission.",
    "按上级写明的原因修改这一事项，然后重新报送。": "Change the item as the reason says, then submit again.",
    "上级退回修改：{reason}": "Returned by the level above: {reason}",
    "正在停止…": "Stopping…",
    "正在导入，请稍候…": "Importing, please wait…",
    "正在写入工作区；这时的修改在写入完成后立即保存。": "Writing to the workspace; changes made now are saved the moment it finishes.",
    "没有保存": "Not saved",
    "一键修正": "Fix automatically",
    "已记下今天核对过这一事项。": "Recorded that this item was checked today.",
    "新增事项": "New item",
    "事项所属的领域：": "Domain of the item:",
    "已删除 {count} 个事项（可以撤销）。": "Deleted {count} items (can be undone).",
    "保存 PDF": "Save PDF",
    "已生成 {path}（{pages} 页）": "Created {path} ({pages} pages)",
    "正在生成 PDF…": "Creating the PDF…",
    "PDF 没有生成": "The PDF was not created",
    "领域未编制": "Domain not compiled",
    "“{domain}”领域还没有事项，也没有说明不涉及的原因。": (
        "The domain “{domain}” has no items and no reason why it does not apply."
    ),
    "声明本单位未涉及": "Declare it does not apply to this unit",
    "未涉及领域说明": "Domain does not apply",
    "本单位不涉及“{domain}”领域的原因：": "Why “{domain}” does not apply to this unit:",
    "没有记下": "Not recorded",
    "已记下：本单位不涉及“{domain}”。": "Recorded: “{domain}” does not apply to this unit.",
    "{domain}：版本 {old} → {new}": "{domain}: version {old} → {new}",
    "采用模板更新": "Apply template updates",
    "（还没有）": "(none yet)",
    "打开工作区": "Open workspace",
    "工作区 (*.gkml)": "Workspaces (*.gkml)",
    "未导入": "Not imported",
    "已声明本单位不涉及这一领域": "Declared as not applying to this unit",
    "（未涉及）": " (does not apply)",
    "已在目录中": "In the catalog",
    "已标为不适用": "Marked not applicable",
    "标准指引模板更新": "Guideline template updates",
    "采用勾选的更新": "Apply the ticked updates",
    "工作区中没有比事项来源更新的模板版本。导入新模板："
    "python main.py templates import 文件 --workspace 工作区": (
        "The workspace holds no template version newer than the items' source. To import a "
        "new template: python main.py templates import FILE --workspace WORKSPACE"
    ),
    "共 {count} 处变化。已勾选的是新增事项和本单位没有改过的措辞；本单位改过的栏目默认保留原样。": (
        "{count} changes. Ticked are new items and wording this unit never changed; "
        "fields this unit reworded are kept unless you tick them."
    ),
    "措辞有变": "Reworded",
    "指引已删除": "Dropped from the guideline",
    "{field}：{value}": "{field}: {value}",
    "新版指引没有这一事项": "The new guideline no longer has this item",
    "本单位改过{fields}，默认不覆盖": "This unit changed {fields}; not overwritten unless ticked",
    "处理时出现意外错误：{error}。详细信息已记入日志：{log}": "An unexpected error occurred: {error}. The details are in the log: {log}",
    "修改{fields}": "Edit {fields}",
    "添加 {count} 个事项": "Add {count} items",
    "删除 {count} 个事项": "Delete {count} items",
    # -- data from desktop/domain and the bundled profiles (context "Data")
    "重大建设项目": "Major construction projects",
    "公共资源交易": "Public resource trading",
    "财政预决算": "Budgets and final accounts",
    "安全生产": "Work safety",
    "税收管理": "Tax administration",
    "征地补偿": "Land expropriation compensation",
    "国有土地上房屋征收与补偿": "Expropriation of housing on state-owned land",
    "农村危房改造": "Rural dilapidated-housing renovation",
    "扶贫": "Poverty alleviation",
    "救灾": "Disaster relief",
    "食品药品监管": "Food and drug supervision",
    "城乡规划": "Urban and rural planning",
    "环境保护": "Environmental protection",
    "公共文化服务": "Public cultural services",
    "公共法律服务": "Public legal services",
    "社会救助": "Social assistance",
    "养老服务": "Elderly care services",
    "户籍管理": "Household registration",
    "涉农补贴": "Agricultural subsidies",
    "就业": "Employment",
    "社会保险": "Social insurance",
    "义务教育": "Compulsory education",
    "医疗卫生": "Medical and health care",
    "市政服务": "Municipal services",
    "保障性住房": "Subsidized housing",
    "城市综合执法": "Urban law enforcement",
    "水利": "Water resources",
    "交通运输": "Transport",
    "统计": "Statistics",
    "广播电视和网络视听": "Radio, television and online audiovisual",
    "村(居)务公开": "Village (residents') affairs",
    "其他事项": "Other items",
    "所属领域": "Domain",
    "一级事项": "Category",
    "事项名称": "Item name",
    "公开内容": "Content",
    "公开依据": "Legal basis",
    "公开时限": "Time limit",
    "公开主体": "Responsible body",
    "公开方式": "Method",
    "公开渠道和载体": "Channels",
    "公开对象": "Audience",
    "公开层级": "Levels",
    "五公开类别": "Five-openness category",
    "精准链接": "Direct link",
    "政务服务事项编码": "Government service code",
    "状态": "Status",
    "不适用原因": "Not-applicable reason",
    "错误": "Error",
    "警告": "Warning",
    "提示": "Note",
    "九要素缺项": "A required element is missing",
    "每个公开事项都必须写明九要素：事项名称、公开内容、公开依据、公开时限、公开主体、"
    "公开渠道和载体、公开对象、公开方式、公开层级。只有空格或看不见的字符也算没有填写。": (
        "Every disclosure item must state the nine elements: name, content, legal basis, "
        "time limit, responsible body, channels, audience, method and levels. A field with "
        "only spaces or invisible characters counts as empty."
    ),
    "在事项编辑区补填这一项；不知道怎么填时，可参照本领域标准指引中同名事项的写法。": (
        "Fill it in in the item editor; the item of the same name in this domain's "
        "guideline shows how."
    ),
    "单元格重复了列标题": "A cell repeats its column heading",
    "单元格的内容就是它所在列的标题（例如事项名称一栏写着“事项名称”），"
    "通常是复制表格时把表头行也粘贴进来了。": (
        "The cell holds its own column's heading (e.g. 事项名称 under 事项名称), usually "
        "because a header row was pasted along with the table."
    ),
    "删除这一行（它是误粘贴的表头），或把单元格改为真实内容。": (
        "Delete the row (it is a pasted header) or write the real content."
    ),
    "公开方式不规范": "Method not recognized",
    "公开方式只能是“主动”或“依申请”（写“主动公开”“依申请公开”也可以识别）。": (
        "The method is either 主动 (proactive) or 依申请 (on request); 主动公开 and 依申请公开 "
        "are recognized too."
    ),
    "在公开方式下拉框中选择“主动”或“依申请”。": "Choose 主动 or 依申请 in the method list.",
    "公开对象不规范": "Audience not recognized",
    "公开对象只能是“全社会”或“特定群体”（写“特定群众”“社会公众”等也可以识别）。": (
        "The audience is either 全社会 (the public) or 特定群体 (a specific group); 特定群众, "
        "社会公众 and similar are recognized too."
    ),
    "在公开对象下拉框中选择“全社会”或“特定群体”。": "Choose 全社会 or 特定群体 in the audience list.",
    "公开层级不规范": "Levels not recognized",
    "公开层级只能由“县级”“乡级”“村级”组成，可以多选"
    "（写“镇级”“街道级”“社区级”“乡、村级”等也可以识别）。": (
        "Levels are any of 县级 (county), 乡级 (township) and 村级 (village); 镇级, 街道级, "
        "社区级, 乡、村级 and similar are recognized too."
    ),
    "在公开层级处勾选县级、乡级、村级中适用的层级。": "Tick the levels that apply.",
    "可改为标准写法": "Can use the standard wording",
    "这一项用的是同义写法（例如“主动公开”“特定群众”“镇级”），能够识别，"
    "但上传和汇总时宜统一为标准指引的写法。": (
        "The field uses a synonym (e.g. 主动公开, 特定群众, 镇级). It is understood, but uploads "
        "and county summaries should use the guideline's wording."
    ),
    "点“一键修正”改为标准写法。": "Click Fix automatically to use the standard wording.",
    "公开层级不含本单位": "Levels do not include this unit's level",
    "乡镇（街道）和村（社区）的目录只应收录在本级公开的事项。公开层级不含本单位层级的事项，"
    "可能是照抄了县级目录。县级目录可以收录乡级事项，用公开层级区分，不在此列。": (
        "Township and village catalogs list only items published at their own level; an item "
        "without this unit's level may have been copied from the county catalog. County "
        "catalogs may list township items, told apart by their levels."
    ),
    "确认本单位是否公开这一事项：是则在公开层级中勾选本单位层级；"
    "否则删除该事项，或标为“不适用”并写明原因。": (
        "Check whether this unit publishes the item: if so, tick its level; if not, delete "
        "the item or mark it not applicable with a reason."
    ),
    "公开渠道不在常用清单中": "Channel not in the usual list",
    "公开渠道和载体应与标准指引所列渠道一致（政府网站、政务服务中心、公开查阅点、村务公开栏等）。"
    "不认识的渠道可能是笔误，也可能是本地确有的渠道。": (
        "Channels should be those the guideline lists (government website, service center, "
        "reading point, village notice board …). An unknown one may be a typo or a real local "
        "channel."
    ),
    "从渠道清单中勾选对应的标准渠道；确属本地渠道的可以保留。": (
        "Tick the matching standard channel; keep it if it really is a local channel."
    ),
    "公开依据没有写明文件": "The legal basis names no document",
    "公开依据应写明至少一部法律、法规、规章或规范性文件，用书名号标出，"
    "例如《中华人民共和国政府信息公开条例》，或写出文号。": (
        "The legal basis names at least one law, regulation, rule or normative document in "
        "《》, e.g. 《中华人民共和国政府信息公开条例》, or gives its document number."
    ),
    "补写依据文件的全称并加书名号《》。": "Add the document's full title in 《》.",
    "公开时限写法无法识别": "Time limit not recognized",
    "公开时限应写成可以执行的期限，例如“信息形成或变更之日起20个工作日内”"
    "“实时”“长期”“每季度”“每年3月底前”。": (
        "The time limit is a period that can be kept, e.g. 信息形成或变更之日起20个工作日内, "
        "实时, 长期, 每季度, 每年3月底前."
    ),
    "改为含具体天数、周期或“实时/长期/及时”的写法。": (
        "Write a number of days, a cycle, or 实时/长期/及时."
    ),
    "事项重复": "Duplicate item",
    "同一单位、同一领域中，一级事项和事项名称都相同的事项只能有一条。比较时忽略全角半角、"
    "空格和看不见的字符。不同一级事项下的同名二级事项（如各自的“办事指南”）不算重复。": (
        "A unit lists an item (category and name) once per domain. Full/half width, spaces "
        "and invisible characters are ignored. The same name under different categories "
        "(each one's 办事指南) is not a duplicate."
    ),
    "合并重复的事项，删除多余的一条；确实不同的，修改事项名称加以区分。": (
        "Merge the duplicates and delete the extra one; if they really differ, rename one."
    ),
    "缺少标准指引中的事项": "A guideline item is missing",
    "标准指引中适用于本单位层级的事项，应当列入目录；本单位确实没有的，"
    "应标为“不适用”并写明原因（防止缺项少项）。": (
        "Guideline items for this unit's level belong in the catalog; one the unit really "
        "does not have is marked not applicable with a reason, so nothing goes missing."
    ),
    "在“从模板添加”中加入该事项，或将其标为“不适用”并写明原因。": (
        "Add it with Add from template, or mark it not applicable with a reason."
    ),
    "试点领域未编制也未说明": "Pilot domain neither compiled nor declared",
    "26个试点领域中，每个领域要么编入目录，要么在“未涉及领域事项说明”中写明本单位不涉及的原因。": (
        "Each of the 26 pilot domains is either in the catalog or declared as not applying, "
        "with the reason."
    ),
    "从模板添加该领域的事项，或在领域列表中将它标为“未涉及”并写明原因。": (
        "Add the domain's items from the template, or declare it as not applying with a reason."
    ),
    "疑似照搬其他单位": "Looks copied from another unit",
    "公开主体或公开内容中出现了其他乡镇、街道或村（社区）的名称，通常是照搬照套了别的单位的目录。": (
        "The responsible body or content names another township, sub-district or village, "
        "usually because another unit's catalog was copied."
    ),
    "把其他单位的名称改为本单位名称；确需提及的可以保留。": (
        "Replace the other unit's name with this unit's; keep it where it is meant."
    ),
    "公开主体没有写明单位": "Responsible body names no unit",
    "公开主体写的是标准指引模板中的泛称（如“乡镇人民政府”“街道办事处”“行政村”），没有写明是哪个单位。"
    "群众看目录要知道找谁，公开主体应写明本单位全称或具体负责的单位。": (
        "The responsible body is the template's generic wording (such as 乡镇人民政府, "
        "街道办事处, 行政村) and names no unit. People reading the catalog need to know "
        "whom to ask: write the unit's full name or the body in charge."
    ),
    "把泛称改为本单位全称（如“幸福镇人民政府”），或具体负责的站所、村（居）委会的全称。": (
        "Replace the generic wording with the unit's full name (such as 幸福镇人民政府), or "
        "the full name of the station or village committee in charge."
    ),
    "含有控制字符": "Control characters",
    "文字中含有看不见的控制字符（常见于从 Word 或网页粘贴），Excel 文件无法保存这些字符，"
    "上传会失败。": (
        "The text holds invisible control characters (often pasted from Word or a web page). "
        "Excel files cannot hold them and the upload would fail."
    ),
    "点“一键修正”删除这些字符。": "Click Fix automatically to remove them.",
    "含有看不见的字符": "Invisible characters",
    "文字中含有零宽空格等看不见的字符，会让查重、检索和比对出错。": (
        "The text holds zero-width spaces or similar invisible characters, which break "
        "duplicate checks, search and comparison."
    ),
    "多余的空格": "Extra spaces",
    "文字首尾有空格，或含有全角空格。": "Spaces at the start or end, or full-width spaces.",
    "点“一键修正”去掉首尾空格，并把全角空格改为普通空格。": (
        "Click Fix automatically to trim the ends and use ordinary spaces."
    ),
    "文字超过 Excel 单元格上限": "Text longer than an Excel cell holds",
    "Excel 一个单元格最多容纳 32767 个字符，超过的部分会在导出时丢失。": (
        "An Excel cell holds at most 32,767 characters; the rest would be lost on export."
    ),
    "精简文字，或把详细内容放到网站上，这里写概要并给出精准链接。": (
        "Shorten it, or put the details on the website and give a summary and the direct link."
    ),
    "文字超过上传格式的长度限制": "Text longer than the upload format allows",
    "所选导出格式（如省级查询系统上传格式）对这一栏的长度有限制。": (
        "The chosen export profile (e.g. the provincial upload format) limits this field's length."
    ),
    "精简文字到限制以内。": "Shorten the text to the limit.",
    "上传格式要求的栏目没有填写": "A field the upload format requires is empty",
    "所选导出格式（如省级查询系统上传格式）要求填写这一栏。": (
        "The chosen export profile (e.g. the provincial upload format) requires this field."
    ),
    "在事项编辑区补填这一栏。": "Fill it in in the item editor.",
    "精准链接格式不对": "Direct link is not a web address",
    "精准链接应是能直接打开的网址，以 http:// 或 https:// 开头，中间不能有空格。": (
        "The direct link is a web address that opens as it is: it starts with http:// or "
        "https:// and has no spaces."
    ),
    "从浏览器地址栏复制完整网址粘贴过来。": "Copy the whole address from the browser's address bar.",
    "较长时间未核对": "Not checked for a while",
    "目录要动态调整：每个事项应定期核对是否仍然准确"
    "（默认每 20 个工作日，按国家法定节假日计算工作日）。": (
        "Catalogs are kept up to date: each item is checked regularly (by default every 20 "
        "working days, counting the national holidays)."
    ),
    "核对事项内容，无误后点“确认无误”。": "Check the item, then click Confirm.",
    # -- finding sentences (the rules' message templates; values are filled in)
    "“{label}”没有填写。": "{label} is empty.",
    "“{label}”一栏写的是列标题“{value}”，像是误粘贴的表头行。": (
        "{label} holds a column heading, “{value}”: a pasted header row?"
    ),
    "公开方式“{value}”无法识别，应为“主动”或“依申请”。": (
        "Method “{value}” is not recognized; use 主动 or 依申请."
    ),
    "公开对象“{value}”无法识别，应为“全社会”或“特定群体”。": (
        "Audience “{value}” is not recognized; use 全社会 or 特定群体."
    ),
    "公开层级“{value}”无法识别，应为县级、乡级、村级中的一个或几个。": (
        "Levels “{value}” are not recognized; use one or more of 县级, 乡级, 村级."
    ),
    "“{label}”写作“{value}”，标准写法是“{suggestion}”。": (
        "{label} says “{value}”; the standard wording is “{suggestion}”."
    ),
    "公开层级为“{value}”，不含本单位的“{unit_level}”。": (
        "Levels “{value}” do not include this unit's level ({unit_level})."
    ),
    "公开渠道“{value}”不在常用渠道清单中，请确认写法。": (
        "Channel “{value}” is not in the usual list; check the wording."
    ),
    "公开依据“{value}”没有用《》写明法律法规或文件名称。": (
        "Legal basis “{value}” names no law or document in 《》."
    ),
    "公开时限“{value}”不是可识别的期限写法。": "Time limit “{value}” is not a recognizable period.",
    "与{others}重复（一级事项“{level1}”，事项名称“{name}”）。": (
        "Same item as {others} (category “{level1}”, name “{name}”)."
    ),
    "缺少{domain_name}标准指引中的事项“{template_item}”。": (
        "The {domain_name} guideline item “{template_item}” is missing."
    ),
    "领域“{domain_name}”既没有事项，也没有说明未涉及的原因。": (
        "Domain “{domain_name}” has no items and no reason why it does not apply."
    ),
    "“{label}”中出现“{other}”，而本单位是“{unit_name}”。": (
        "{label} mentions “{other}”, but this unit is “{unit_name}”."
    ),
    "公开主体“{value}”是模板中的泛称，应写明单位（本单位是“{unit_name}”）。": (
        "Responsible body “{value}” is the template's generic wording; name the unit "
        "(this unit is “{unit_name}”)."
    ),
    "“{label}”含有 {count} 个控制字符。": "{label} holds {count} control characters.",
    "“{label}”含有 {count} 个看不见的字符（如零宽空格）。": (
        "{label} holds {count} invisible characters (such as zero-width spaces)."
    ),
    "“{label}”首尾有空格或含有全角空格。": "{label} has spaces at its ends, or full-width spaces.",
    "“{label}”有 {length} 个字符，超过 Excel 单元格上限 32767。": (
        "{label} has {length} characters, over Excel's cell limit of 32,767."
    ),
    "“{label}”有 {length} 个字符，超过“{profile}”格式的限制 {limit}。": (
        "{label} has {length} characters, over the limit of {limit} in “{profile}”."
    ),
    "“{profile}”格式要求填写“{label}”。": "“{profile}” requires {label}.",
    "精准链接“{value}”不是完整的网址（应以 http:// 或 https:// 开头）。": (
        "Direct link “{value}” is not a full web address (start it with http:// or https://)."
    ),
    "上次核对是 {confirmed}，已超过 {days} 个工作日。": (
        "Last checked on {confirmed}, more than {days} working days ago."
    ),
    "完整备份格式（可无损导回）": "Full backup (imports back without loss)",
    "每个事项的全部字段（含编号、修订号和各时间），中文列名。用于在单位之间交换或备份，"
    "导入后与导出前逐字段相同。渠道和层级用顿号（、）分隔，可以直接在表格中修改；"
    "名称本身含顿号时写成 \\、，读回时仍是一个渠道。": (
        "Every field of every item (ids, revisions and times included), with Chinese headings. "
        "For exchange between units or backup: an import gives back exactly what was exported. "
        "Channels and levels are separated by 、 and can be edited in the sheet; a 、 inside a "
        "name is written \\、 and still reads back as one channel."
    ),
    "标准指引格式（网站公布用）": "Guideline layout (for the website)",
    "与国务院部门标准指引相同的表格：每个领域一个工作表，两行表头，公开对象、公开方式、"
    "公开层级打“√”，同一一级事项的单元格合并，A4 横向打印、每页重复表头。": (
        "The table the ministries' guidelines use: a sheet per domain, a two-row header, √ for "
        "audience, method and levels, merged category cells, A4 landscape with the header on "
        "every page."
    ),
    "省级查询系统上传格式（默认）": "Provincial upload format (default)",
    "一行一个事项：单位、区划代码、所属领域、一级事项、九要素（按标准指引的顺序）和精准链接。"
    "这是默认格式，尚无公开的全省统一规范；拿到本省的空白上传模板后，"
    "用 python main.py profile-from-template 模板.xlsx --name 本省 生成自己的格式。": (
        "One row per item: unit, division code, domain, category, the nine elements in the "
        "guideline's order and the direct link. This is the default, as no province has "
        "published its format; with your province's blank upload template, run python main.py "
        "profile-from-template TEMPLATE.xlsx --name PROVINCE to make your own."
    ),
    # -- day one: template gaps, cut-off text, honest completeness (issue 19)
    "{count} 个领域已声明未涉及，不计入总体完成。": (
        "{count} domains are declared not applicable and do not count in the total."
    ),
    "标准指引中还有 {count} 个适用事项既未编入也未标为不适用（{where}），"
    "导出的文件将缺少这些事项。请补齐，或标为不适用并写明原因。": (
        "{count} guideline items that apply are neither in the catalog nor marked not "
        "applicable ({where}); the exported file will lack them. Add them, or mark them not "
        "applicable with a reason."
    ),
    "我知道缺少这 {count} 个事项，仍然导出(&M)": (
        "I know these {count} items are missing; export anyway (&M)"
    ),
    "{domain} {count} 个": "{domain}: {count}",
    "等 {count} 个领域": " and more, {count} domains in all",
    "没有错误的事项和标为不适用的事项占应有事项与自有事项的比例": (
        "Items without errors, and items marked not applicable, as a share of the guideline's "
        "items and the unit's own"
    ),
    "未涉及": "Not applicable",
    "没有错误，但标准指引中还有 {missing} 个适用事项既未编入也未标为不适用，"
    "导出上传时要确认缺少这些事项。": (
        "No errors, but {missing} guideline items that apply are neither in the catalog nor "
        "marked not applicable; exporting for upload asks you to confirm they are missing."
    ),
    "标准指引此栏缺失": "Missing in the guideline template",
    "这一事项是从本程序自带的标准指引模板加入的，而模板中这一栏是空的："
    "各地公开的指引原表在这一格没有读到，或读到的文字被截断，本程序不会替您编写。"
    "这不是您填错了，但上传前仍须补齐。": (
        "This item came from the guideline template bundled with the program, and the template "
        "leaves this cell blank: the published copies of the guideline table did not show it, or "
        "showed it cut off, and the program does not make it up. It is not your mistake, but it "
        "must be filled in before upload."
    ),
    "对照本省（市）转发的本领域标准指引或上级下发的目录填写这一栏；"
    "导入完整的新版模板（python main.py templates import 文件）后，模板更新也会带来这一栏的写法。": (
        "Fill it in from the guideline as your province (city) forwarded it, or from the catalog "
        "sent down to you; after importing a complete newer template (python main.py templates "
        "import FILE), the template update brings this cell's wording too."
    ),
    "“{label}”：标准指引此栏未能取得，请对照本省转发的指引填写。": (
        "{label}: the guideline template could not provide this cell; fill it in from the "
        "guideline your province forwarded."
    ),
    "文字被截断": "Text cut off",
    "这一栏的文字以省略号（…、...）结尾，或者书名号、括号、引号只有前一半，"
    "像是从网页或表格复制时被截断了。被截断的文字不能上传。": (
        "The text ends in an ellipsis (…, ...), or opens a title mark, bracket or quotation "
        "it never closes: it looks cut off when copied from a web page or a table. Cut-off "
        "text must not be uploaded."
    ),
    "找到原文把这一栏补全；原文确实如此的，把省略号或不成对的符号改掉。": (
        "Complete it from the original; where the original really reads so, remove the "
        "ellipsis or the unpaired mark."
    ),
    "“{label}”的文字像是被截断了（结尾是“{tail}”），不能这样上传。": (
        "{label} looks cut off (it ends “{tail}”) and cannot be uploaded like this."
    ),
}
_SHORTCUT = re.compile(r"^(Ctrl\+|F\d+$)")


def sources() -> list[str]:
    """The .ui forms and the ui modules (their ``self.tr`` strings)."""
    forms = sorted((ROOT / "forms").glob("*.ui"))
    code = sorted(p for p in (ROOT / "desktop" / "ui").glob("*.py"))
    return [str(p) for p in (*forms, *code)]


def data_strings() -> list[str]:
    """Words the UI shows from the core's data (context "Data", see desktop/ui/labels.py)."""
    sys.path.insert(0, str(ROOT))
    from desktop.domain.domains import domains
    from desktop.domain.model import FIELD_LABELS
    from desktop.domain.rule_catalog import SEVERITY_LABELS, rule_catalog
    from desktop.domain.vocab import LEVELS, STATUSES
    from desktop.exchange.profiles import BUNDLED_DIR, load_profile

    texts = [domain.name for domain in domains()]
    texts += [*FIELD_LABELS.values(), *SEVERITY_LABELS.values(), *LEVELS, *STATUSES]
    for rule in rule_catalog().values():
        texts += [rule.title, rule.description, rule.fix, rule.message]
    for path in sorted(BUNDLED_DIR.glob("*.json")):
        profile = load_profile(path.stem)
        texts += [profile.title, profile.about]
    return list(dict.fromkeys(texts))


def add_data_context(tree: ET.ElementTree) -> None:
    context = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(context, "name").text = "Data"
    for text in data_strings():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lupdate), *sources(), "-no-obsolete", "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    add_data_context(tree)
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
