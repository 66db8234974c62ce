<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddFromTemplate</name>
    <message>
        <location filename="../add_from_template.ui" line="14" />
        <source>从标准指引添加事项</source>
        <translation>Add items from the guideline</translation>
    </message>
    <message>
        <location filename="../add_from_template.ui" line="22" />
        <source>领域(&amp;D)：</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../add_from_template.ui" line="51" />
        <source>勾选要加入目录的事项。已在目录中或已标为不适用的事项不能再勾选。</source>
        <translation>Tick the items to add. Items already in the catalog or marked not applicable cannot be ticked.</translation>
    </message>
    <message>
        <location filename="../add_from_template.ui" line="69" />
        <source>未勾选的事项标为“不适用”，原因(&amp;R)：</source>
        <translation>Mark unticked items not applicable, &amp;reason:</translation>
    </message>
    <message>
        <location filename="../add_from_template.ui" line="76" />
        <source>如：本镇无此项业务</source>
        <translation>e.g. this township has no such service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="104" />
        <source>加入目录</source>
        <translation>Add to catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="118" />
        <source>（本模板未收全原表，见模板说明）</source>
        <translation> (this template does not hold the whole original table; see its notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="120" />
        <source>{title}　{issuer}　适用于{level}的事项 {count} 个{coverage}</source>
        <translation>{title}  {issuer}  {count} items for {level}{coverage}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="132" />
        <source>请写明原因，如：本镇无此项业务</source>
        <translation>Give the reason, e.g. this township has no such service</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../backups_dialog.ui" line="14" />
        <source>备份与恢复</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../backups_dialog.ui" line="23" />
        <source>每天第一次打开时、每次导入前都会自动备份（保留最新 10 个）。要撤销一次导入，选中它的“导入前”备份，点“恢复到所选备份”。恢复前的内容会另存为一个备份，恢复错了也能再恢复回来。</source>
        <translation>A backup is taken the first time each day the workspace opens and before every import (the newest 10 are kept). To undo an import, choose its “before import” backup and click “Restore the chosen backup”. What the workspace holds is backed up first, so a restore can be undone too.</translation>
    </message>
    <message>
        <location filename="../backups_dialog.ui" line="61" />
        <source>立即备份(&amp;N)</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../backups_dialog.ui" line="68" />
        <source>恢复到所选备份(&amp;R)…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <location filename="../backups_dialog.ui" line="71" />
        <source>用选中的备份替换工作区现在的内容；现在的内容先另存为备份</source>
        <translation>Replace the workspace's content with the chosen backup; the current content is backed up first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="81" />
        <source>还没有备份。</source>
        <extracomment>the backup of what a restore replaced (the workspace now holds the chosen one)</extracomment>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="93" />
        <source>已备份：{name}</source>
        <translation>Backed up: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="105" />
        <source>正在导入或导出，请等它完成后再恢复备份。</source>
        <translation>An import or export is running; restore the backup when it has finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="110" />
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="112" />
        <source>把工作区恢复到 {when}（{reason}）的备份？之后的修改都会撤掉；现在的内容先另存为一个备份，需要时可以再恢复回来。</source>
        <translation>Restore the workspace to the backup of {when} ({reason})? Every change made since is undone; the current content is backed up first, so you can go back to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="125" />
        <source>已恢复到 {when} 的备份。恢复前的内容另存为 {name}。</source>
        <translation>Restored the backup of {when}. What the workspace held before was backed up as {name}.</translation>
    </message>
</context>
<context>
    <name>BatchHistoryModel</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="63" />
        <source>已导出，待确认接收</source>
        <extracomment>The state column's words, translated like UI text (the store's are for the CLI).</extracomment>
        <translation>Exported, awaiting acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="64" />
        <source>已被省级系统接收</source>
        <translation>Accepted by the province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="65" />
        <source>被省级系统退回</source>
        <translation>Rejected by the province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="66" />
        <source>无需上传</source>
        <translation>Not an upload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="80" />
        <source>仅修改部分</source>
        <translation>Changes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="80" />
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="113" />
        <source>新增事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="113" />
        <source>事项所属的领域：</source>
        <translation>Domain of the item:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="132" />
        <source>已删除 {count} 个事项（可以撤销）。</source>
        <translation>Deleted {count} items (can be undone).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="143" />
        <source>删除下级单位</source>
        <translation>Remove a sub-unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="145" />
        <source>删除“{name}”？它的全部事项移到回收站（可以撤销，也可以从回收站恢复），本单位的目录不受影响。</source>
        <translation>Remove “{name}”? All its items go to the recycle bin (undo brings them back, so does the recycle bin); this unit's own catalog is not touched.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="156" />
        <source>已删除“{name}”：{count} 个事项移到回收站（可以撤销）。</source>
        <translation>Removed “{name}”: {count} items moved to the recycle bin (undo brings them back).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="183" />
        <source>已恢复 {count} 个事项（可以撤销）。</source>
        <translation>Restored {count} items (can be undone).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="209" />
        <source>一键修正</source>
        <translation>Fix automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="217" />
        <source>已记下今天核对过这一事项。</source>
        <translation>Recorded that this item was checked today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="224" />
        <source>领域未编制</source>
        <translation>Domain not compiled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="226" />
        <source>“{domain}”领域还没有事项，也没有说明不涉及的原因。</source>
        <translation>The domain “{domain}” has no items and no reason why it does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="230" />
        <source>从标准指引添加事项</source>
        <translation>Add items from the guideline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="231" />
        <source>声明本单位未涉及</source>
        <translation>Declare it does not apply to this unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="249" />
        <source>未涉及领域说明</source>
        <translation>Domain does not apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="250" />
        <source>本单位不涉及“{domain}”领域的原因：</source>
        <translation>Why “{domain}” does not apply to this unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="258" />
        <source>已记下：本单位不涉及“{domain}”。</source>
        <translation>Recorded: “{domain}” does not apply to this unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="268" />
        <source>{domain}：版本 {old} → {new}</source>
        <translation>{domain}: version {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="294" />
        <source>采用模板更新</source>
        <translation>Apply template updates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_actions.py" line="335" />
        <source>公开主体改为新单位名称</source>
        <translation>Responsible body renamed with the unit</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="342" />
        <source>此事项有{severity}，详见下方“校验结果”</source>
        <extracomment>Pages kept in memory: a few screens either side of the one in view.</extracomment>
        <translation>This item has a finding ({severity}); see Findings below</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../desktop/ui/catalog_view.py" line="43" />
        <source>标为(&amp;S)</source>
        <extracomment>the current row's item (None: no row) the user asked to mark the selected items with a status</extracomment>
        <translation>Mark a&amp;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_view.py" line="134" />
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_view.py" line="137" />
        <source>全部事项</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_view.py" line="138" />
        <source>有错误的</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog_view.py" line="139" />
        <source>有错误或警告的</source>
        <translation>With errors or warnings</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="92" />
        <source>（文件中为空，保留原值）</source>
        <translation>(blank in the file: the current value stays)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="98" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="89" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>CountyView</name>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="96" />
        <source>上报情况</source>
        <extracomment>the unit's id, for drilling down the value to sort by (numbers as numbers)</extracomment>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="99" />
        <source>只看还没有通过的单位(&amp;B)</source>
        <translation>Only units not yet approved (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="132" />
        <source>下级单位 {count} 个：{parts}。双击一个单位查看它的目录。</source>
        <translation>{count} lower units: {parts}. Double-click a unit to see its catalog.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="133" />
        <source>还没有接收过报送包</source>
        <translation>no package received yet</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="34" />
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="39" />
        <source>程序遇到了意外错误，刚才的操作可能没有完成；已经保存的修改不受影响。
详细信息已记入日志文件：{path}
请把这个文件，或用“复制详细信息”复制的内容，发给技术支持。</source>
        <translation>The program met an unexpected error; what you just did may not have finished. Changes already saved are not affected.
The details are in the log file: {path}
Please send that file, or what “Copy details” copies, to support.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="51" />
        <source>复制详细信息(&amp;C)</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../dashboard.ui" line="14" />
        <source>完成情况</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../dashboard.ui" line="22" />
        <source>单位(&amp;U)：</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../dashboard.ui" line="32" />
        <source>县级工作区汇总了多个单位的目录时，选一个单位看它的完成情况</source>
        <translation>When a county workspace holds several units' catalogs, choose the unit to see</translation>
    </message>
    <message>
        <location filename="../dashboard.ui" line="58" />
        <source>总体完成 %p%</source>
        <translation>Overall %p% done</translation>
    </message>
    <message>
        <location filename="../dashboard.ui" line="65" />
        <source>每个领域：标准指引中适用于本单位层级的事项有多少，已编入多少，标为不适用多少，还有多少错误和警告。双击一行打开该领域。</source>
        <translation>Per domain: guideline items for this level, included, not applicable, errors and warnings. Double-click to open the domain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="143" />
        <source>还有 {errors} 个错误，目录不能导出上传。请在“校验结果”中逐条改正。</source>
        <extracomment>a domain the user double-clicked, to open in the main window the unit whose progress to show (a county's workspace holds many)</extracomment>
        <translation>{errors} errors remain: the catalog cannot be exported for upload. Fix them one by one under Findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="151" />
        <source>没有错误，但标准指引中还有 {missing} 个适用事项既未编入也未标为不适用，导出上传时要确认缺少这些事项。</source>
        <translation>No errors, but {missing} guideline items that apply are neither in the catalog nor marked not applicable; exporting for upload asks you to confirm they are missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="155" />
        <source>没有错误，目录可以导出上传。</source>
        <translation>No errors: the catalog can be exported for upload.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="158" />
        <source>{count} 个领域已声明未涉及，不计入总体完成。</source>
        <translation>{count} domains are declared not applicable and do not count in the total.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="147" />
        <source>标准指引中还有 {missing} 个适用事项既未编入也未标为不适用。</source>
        <translation> {missing} guideline items for this level are neither included nor marked not applicable.</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../../desktop/ui/progress.py" line="24" />
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="44" />
        <source>正在停止…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>DomainPanel</name>
    <message>
        <location filename="../../desktop/ui/domain_panel.py" line="50" />
        <source>删除下级单位“{name}”（事项移到回收站）…</source>
        <extracomment>(domain code, unit id) chosen; ALL for "every". (unit id, unit name): the clerk asked to remove this sub-unit</extracomment>
        <translation>Remove the sub-unit “{name}” (its items to the recycle bin)…</translation>
    </message>
</context>
<context>
    <name>DomainTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="93" />
        <source>全部事项</source>
        <extracomment>Initial widths in average character widths: fixed rules, never resizeToContents (0.5 s on a large table). (unit id, domain code, name, count): top-level rows, and each one's children</extracomment>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="167" />
        <source>{name}（{count}）</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="170" />
        <source>{name}：{count} 个事项，{errors} 个错误</source>
        <translation>{name}: {count} items, {errors} errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="173" />
        <source>{name}：{count} 个事项</source>
        <translation>{name}: {count} items</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../desktop/ui/editor_panel.py" line="27" />
        <source>事项编辑</source>
        <translation>Item editor</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.ui" line="14" />
        <source>导出目录</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="22" />
        <source>导出格式(&amp;P)：</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="42" />
        <source>领域(&amp;D)：</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="55" />
        <source>只导出上次确认被接收的上传以来新增或修改的事项(&amp;C)</source>
        <translation>Only items added or &amp;changed since the last accepted upload</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="131" />
        <source>选中的上传批次：</source>
        <translation>Selected upload batch:</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="141" />
        <source>省级系统已接收这个上传文件：其中的事项状态改为“已上传”</source>
        <translation>The province's system accepted this upload file: its items become Uploaded</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="144" />
        <source>已被省级系统接收(&amp;A)</source>
        <translation>&amp;Accepted by the province</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="154" />
        <source>省级系统退回了这个上传文件：事项状态不变，改正后再导出</source>
        <translation>The province's system sent this upload file back: item statuses stay; correct and export again</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="157" />
        <source>被退回(&amp;R)</source>
        <translation>&amp;Rejected</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="62" />
        <source>保存到(&amp;F)：</source>
        <translation>Save to (&amp;F):</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="77" />
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../export_dialog.ui" line="109" />
        <source>导出记录（批次）：</source>
        <translation>Export history (batches):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="126" />
        <source>全部领域</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="135" />
        <location filename="../../desktop/ui/export_dialog.py" line="394" />
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="311" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="320" />
        <source>目录中还有 {count} 个错误，不能导出“{profile}”：{shown}{more}。请先在“校验结果”中改正。</source>
        <translation>{count} errors remain, so “{profile}” cannot be exported: {shown}{more}. Fix them under Findings first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="257" />
        <source>可以导出。导出会记入下方的批次记录。</source>
        <translation>Ready to export. Each export is recorded in the batch history below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="120" />
        <source>用本省空白模板生成格式(&amp;T)…</source>
        <translation>Profile from the province's blank &amp;template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="171" />
        <source>批次 {id} 已记为已被省级系统接收：{count} 个事项的状态改为“已上传”。</source>
        <translation>Batch {id} recorded as accepted by the province: {count} items are now Uploaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="173" />
        <source>批次 {id} 已记为被省级系统退回：事项状态不变，改正后请再导出上传。</source>
        <translation>Batch {id} recorded as rejected by the province: item statuses are unchanged; correct them and export the upload again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="176" />
        <source>{count} 个事项在导出后修改或删除过，状态未改，请再导出上传。</source>
        <translation>{count} items were edited or deleted after the export; their status is unchanged, please export the upload again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="220" />
        <source>正在检查能否导出…</source>
        <translation>Checking whether this can be exported…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="277" />
        <source>标准指引中还有 {count} 个适用事项既未编入也未标为不适用（{where}），导出的文件将缺少这些事项。请补齐，或标为不适用并写明原因。</source>
        <translation>{count} guideline items that apply are neither in the catalog nor marked not applicable ({where}); the exported file will lack them. Add them, or mark them not applicable with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="283" />
        <source>我知道缺少这 {count} 个事项，仍然导出(&amp;M)</source>
        <translation>I know these {count} items are missing; export anyway (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="290" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="291" />
        <source>{domain} {count} 个</source>
        <translation>{domain}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="295" />
        <source>等 {count} 个领域</source>
        <translation> and more, {count} domains in all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="331" />
        <source>{domain}第 {seq} 项“{name}”：{message}</source>
        <translation>{domain} item {seq} “{name}”: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="340" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="362" />
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="363" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="402" />
        <source>
注意：{count} 处 Excel 无法保存的控制字符已去掉。</source>
        <translation>
Note: {count} control characters Excel cannot store were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="411" />
        <source>
省级系统接收后，请在下方选中这一批次，点“已被省级系统接收”。</source>
        <translation>
Once the province's system has accepted it, select this batch below and click “Accepted by the province”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="416" />
        <source>已导出 {count} 个事项：
{files}{removed}</source>
        <translation>Exported {count} items:
{files}{removed}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="44" />
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="47" />
        <source>备份与恢复(&amp;B)…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="48" />
        <source>查看备份，立即备份，或恢复到导入前的备份</source>
        <translation>See the backups, back up now, or restore the backup taken before an import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="51" />
        <source>用本省空白模板生成格式(&amp;T)…</source>
        <translation>Profile from the province's blank &amp;template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="53" />
        <source>把本省下发的空白上传模板变成导出格式：核对每一列填什么，起个名称保存</source>
        <translation>Turn the province's blank upload template into an export profile: check what each column holds, name it, save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="80" />
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="80" />
        <source>工作区 (*.gkml)</source>
        <translation>Workspaces (*.gkml)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="91" />
        <source>无法打开示范工作区</source>
        <translation>Cannot open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="99" />
        <source>（还没有）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="123" />
        <source>正在导入，请稍候…</source>
        <translation>Importing, please wait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="134" />
        <source>已恢复备份；恢复前的内容另存为 {name}。</source>
        <translation>Backup restored; what the workspace held before was backed up as {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="158" />
        <source>已保存导出格式“{name}”，导出时可以选用。</source>
        <translation>Saved export profile “{name}”; it can be chosen when exporting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="192" />
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="215" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="239" />
        <source>已生成 {path}（{pages} 页）</source>
        <translation>Created {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="248" />
        <source>PDF 没有生成</source>
        <translation>The PDF was not created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="251" />
        <source>正在生成 PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="105" />
        <source>（整个领域）</source>
        <extracomment>item id -&gt; how to name the item (序号 and 事项名称)</extracomment>
        <translation>(whole domain)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="108" />
        <source>（可一键修正）</source>
        <translation> (can be fixed automatically)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="30" />
        <source>全部结果</source>
        <extracomment>the error counts per (unit, domain) changed: the domain badges follow</extracomment>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="32" />
        <source>只看错误</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="33" />
        <source>只看警告</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="34" />
        <source>只看提示</source>
        <translation>Hints only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="53" />
        <location filename="../../desktop/ui/findings_panel.py" line="69" />
        <source>正在校验…</source>
        <extracomment>items edits changed since the panel last caught up</extracomment>
        <translation>Validating…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="99" />
        <source>有错误时不能导出上传</source>
        <translation>The catalog cannot be exported for upload while errors remain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="101" />
        <source>没有错误，可以导出</source>
        <translation>No errors: the catalog can be exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="103" />
        <source>{items} 个事项：错误 {errors}，警告 {warnings}，提示 {infos}。{verdict}。</source>
        <translation>{items} items: {errors} errors, {warnings} warnings, {infos} notes. {verdict}.</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="29" />
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="30" />
        <location filename="../../desktop/ui/recycle_bin.py" line="21" />
        <source>一级事项</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="31" />
        <location filename="../../desktop/ui/recycle_bin.py" line="22" />
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="32" />
        <source>公开内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="33" />
        <source>目录中</source>
        <translation>In catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="32" />
        <location filename="../../desktop/ui/findings_model.py" line="35" />
        <location filename="../../desktop/ui/recycle_bin.py" line="20" />
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="33" />
        <source>应有事项</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="34" />
        <source>已编入</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="35" />
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="36" />
        <source>自有事项</source>
        <translation>Own items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="37" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="38" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="39" />
        <location filename="../../desktop/ui/export_dialog.py" line="58" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="41" />
        <source>待审</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="42" />
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="43" />
        <source>退回修改</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="44" />
        <location filename="../../desktop/ui/dashboard.py" line="37" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="45" />
        <location filename="../../desktop/ui/dashboard.py" line="38" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="46" />
        <source>最近接收</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="39" />
        <source>完成度</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="53" />
        <source>导出时间</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="54" />
        <source>格式</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="24" />
        <source>备份时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="25" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="26" />
        <location filename="../../desktop/ui/export_dialog.py" line="55" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="56" />
        <source>事项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="57" />
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="59" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="36" />
        <location filename="../../desktop/ui/packages_dialog.py" line="49" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="37" />
        <location filename="../../desktop/ui/import_dialog.py" line="63" />
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="38" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="66" />
        <source>原值</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="67" />
        <source>新值</source>
        <translation>From the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="33" />
        <source>序号</source>
        <extracomment>Columns of the catalog table after the problem badge, in the guideline table's order.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="34" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="34" />
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_view.py" line="40" />
        <location filename="../../desktop/ui/findings_model.py" line="36" />
        <location filename="../../desktop/ui/import_dialog.py" line="64" />
        <location filename="../../desktop/ui/packages_dialog.py" line="50" />
        <location filename="../../desktop/ui/template_update.py" line="36" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="37" />
        <location filename="../../desktop/ui/import_dialog.py" line="65" />
        <location filename="../../desktop/ui/packages_dialog.py" line="51" />
        <source>栏目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_model.py" line="38" />
        <source>问题说明</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="34" />
        <source>采用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="35" />
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="37" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="38" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin.py" line="23" />
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="48" />
        <source>采用下级</source>
        <translation>Take lower</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="52" />
        <source>本级</source>
        <translation>This level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="53" />
        <source>下级</source>
        <translation>Lower level</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="16" />
        <source>用户指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="28" />
        <source>找不到用户指南：{path}</source>
        <translation>User guide not found: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.ui" line="14" />
        <source>导入目录文件</source>
        <translation>Import a catalog file</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="22" />
        <source>文件(&amp;F)：</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="34" />
        <source>.xlsx 或 .csv：标准指引格式、上传格式或完整备份格式</source>
        <translation>.xlsx or .csv: guideline, upload or full-backup layout</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="41" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="50" />
        <source>领域(&amp;D)：</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="60" />
        <source>文件的标题、工作表名称或“所属领域”列能说明领域时选“自动识别”</source>
        <translation>Choose automatic when the title, sheet name or a domain column names the domain</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="72" />
        <source>选择文件后点“预览”：先检查，不写入工作区。</source>
        <translation>Choose a file, then Preview: it is checked, nothing is written.</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="89" />
        <source>把属于其他单位的事项作为下级单位加入(&amp;U)</source>
        <translation>Add the items of other units as sub-&amp;units</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="97" />
        <source>将要修改</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../import_dialog.ui" line="120" />
        <source>未导入与说明</source>
        <translation>Not imported and notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="131" />
        <source>自动识别</source>
        <extracomment>emitted after items were written (the session has told every view already)</extracomment>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="135" />
        <location filename="../../desktop/ui/import_dialog.py" line="165" />
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="137" />
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148" />
        <source>选择目录文件</source>
        <translation>Choose a catalog file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="150" />
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="165" />
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="176" />
        <source>正在读取和检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="200" />
        <source>将要修改（{count}）</source>
        <translation>Changes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="202" />
        <source>未导入与说明（{count}）</source>
        <translation>Not imported and notes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="224" />
        <source>预览（尚未写入）：新增 {added} 项，更新 {updated} 项，相同未变 {unchanged} 项，未导入 {rejected} 行。</source>
        <translation>Preview (nothing written yet): {added} new, {updated} updated, {unchanged} unchanged, {rejected} rows not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="275" />
        <source>已导入：新增 {added} 项，更新 {updated} 项。{backup}（要撤销这次导入：文件 › 备份与恢复）</source>
        <translation>Imported: {added} new, {updated} updated. {backup} (to undo this import: File › Backups and restore)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="234" />
        <source>导入的事项中有 {errors} 个错误，导入后可在校验结果中改正。</source>
        <translation> The incoming items have {errors} errors; fix them under Findings after importing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="244" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="245" />
        <source>“{name}”的 {count} 个事项</source>
        <translation>{count} items of “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="249" />
        <source>文件中{names}将作为下级单位加入。</source>
        <translation> The file's {names} will be added as a sub-unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="251" />
        <source>文件中{names}不属于本单位：默认不导入；勾选下面的选项才会作为下级单位加入。</source>
        <translation> The file's {names} do not belong to this unit: they are not imported unless you tick the option below to add them as a sub-unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="259" />
        <source>正在备份并导入…</source>
        <translation>Backing up and importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="269" />
        <source>导入前的备份：{name}</source>
        <translation>Backup taken before the import: {name}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../item_editor.ui" line="17" />
        <source>一级事项(&amp;1)：</source>
        <translation>Category (&amp;1):</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="27" />
        <source>一级事项：标准指引中事项所属的大类，如“最低生活保障”。</source>
        <translation>Category: the group the guideline puts the item in, e.g. minimum living allowance.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="34" />
        <source>事项名称(&amp;N)：</source>
        <translation>Item &amp;name:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="44" />
        <source>事项名称（二级事项）：如“办事指南”“审核信息”。同一一级事项下不能重复。</source>
        <translation>Item name: e.g. service guide, review results. Must be unique within a category.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="51" />
        <source>公开内容：</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="61" />
        <source>公开内容（要素）：要公开的具体信息，如“办理条件、申请材料、办理流程”。</source>
        <translation>Content: the information to publish, e.g. conditions, materials, procedure.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="77" />
        <source>公开依据：</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="92" />
        <source>公开依据：写明法律、法规、规章或文件的全称并加书名号，如《中华人民共和国政府信息公开条例》，或写出文号。</source>
        <translation>Legal basis: the full title of the law, regulation or document in 《》, or its document number.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="110" />
        <source>从本领域标准指引引用过的法规文件中选一个，加书名号插入</source>
        <translation>Pick a law or document this domain's guideline cites; it is inserted in 《》</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="113" />
        <source>引用法规(&amp;B)</source>
        <translation>Cite a law (&amp;B)</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="126" />
        <source>给选中的文件名称加上书名号《》</source>
        <translation>Put the selected title in 《》</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="129" />
        <source>加书名号《》</source>
        <translation>Add 《》</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="147" />
        <source>公开时限：</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="157" />
        <source>公开时限：可以执行的期限，如“信息形成或变更之日起20个工作日内”“实时”“长期”。</source>
        <translation>Time limit: a period that can be kept, e.g. within 20 working days, real time, permanent.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="173" />
        <source>公开主体：</source>
        <translation>Responsible body:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="183" />
        <source>公开主体：负责公开的机关或组织，一般是本单位，如“幸福镇人民政府”。</source>
        <translation>Responsible body: the office that publishes, usually this unit.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="190" />
        <source>公开渠道：</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="200" />
        <source>公开渠道和载体：勾选标准指引列出的渠道；本地特有的渠道写在下面一栏。</source>
        <translation>Channels: tick the guideline's channels; write local ones below.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="222" />
        <source>其他渠道：</source>
        <translation>Other channels:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="232" />
        <source>标准清单以外的渠道，多个用顿号“、”分隔。</source>
        <translation>Channels outside the standard list, separated by 、</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="239" />
        <source>公开对象：</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="249" />
        <source>公开对象：全社会，或特定群体（如申请人、征收范围内的村民）。</source>
        <translation>Audience: the public, or a specific group (e.g. applicants).</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="256" />
        <source>公开方式：</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="266" />
        <source>公开方式：主动公开，或依申请公开。</source>
        <translation>Method: published proactively, or on request.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="273" />
        <source>公开层级：</source>
        <translation>Levels:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="285" />
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="288" />
        <location filename="../item_editor.ui" line="298" />
        <location filename="../item_editor.ui" line="308" />
        <source>公开层级：在哪一级公开。乡镇目录中的事项应当包含“乡级”。</source>
        <translation>Levels: where it is published. Township catalog items should include Township.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="295" />
        <source>乡级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="305" />
        <source>村级</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="317" />
        <source>精准链接：</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="327" />
        <source>精准链接：该信息在网站上的网址，以 http:// 或 https:// 开头。</source>
        <translation>Link: the web address where it is published, starting with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="334" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="344" />
        <source>状态：草稿、待审、已审、已上传。</source>
        <translation>Status: draft, for review, reviewed, uploaded.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="351" />
        <source>不适用原因：</source>
        <translation>Not applicable because:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="361" />
        <source>本单位没有这一事项时写明原因，事项即标为“不适用”，不公开也不上传。</source>
        <translation>If this unit has no such item, give the reason: it is then marked not applicable, neither published nor uploaded.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="380" />
        <source>一键修正(&amp;X)</source>
        <translation>Fi&amp;x automatically</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="383" />
        <source>按校验规则安全地修正这一事项中能自动修正的问题（去掉多余字符、改为标准写法）</source>
        <translation>Apply the safe fixes the rules offer for this item (stray characters, standard wording)</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="390" />
        <source>确认无误(&amp;K)</source>
        <translation>Chec&amp;ked, still true</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="393" />
        <source>核对过这一事项仍然准确：记下今天的日期（目录要定期核对、动态调整）</source>
        <translation>Checked and still true: record today's date (catalogs must be reviewed regularly)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="171" />
        <source>在表格中选一个事项进行编辑。</source>
        <extracomment>item id, field key, new value (a tuple for channels and levels) Ctrl+Z / Ctrl+Y in a field (which would otherwise undo only its own typing) the workspace's guideline templates, for the laws 引用法规 offers the home unit's division code: 引用法规 offers its province's own laws too</extracomment>
        <translation>Select an item in the table to edit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="173" />
        <source>这一事项没有发现问题。</source>
        <translation>No problems found in this item.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="177" />
        <source>【{severity}】</source>
        <translation>[{severity}] </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>{title}：{description}
改正：{fix}</source>
        <translation>{title}: {description}
To fix: {fix}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.ui" line="14" />
        <source>公开目录编制工具</source>
        <translation>Disclosure catalog compiler</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="46" />
        <source>按领域查看目录；括号中是事项数</source>
        <translation>The catalog by domain; the number of items in brackets</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="77" />
        <source>搜索事项名称、内容、依据、主体…（Ctrl+F）</source>
        <translation>Search names, content, basis, body… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="83" />
        <source>输入任意几个字，在一级事项、事项名称、公开内容、公开依据、公开主体和渠道中查找</source>
        <translation>Type any few characters to search categories, names, content, basis, body and channels</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="90" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="100" />
        <source>只看某个状态的事项</source>
        <translation>Show only items with this status</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="107" />
        <source>问题：</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="117" />
        <source>只看有错误或警告的事项</source>
        <translation>Show only items with errors or warnings</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="151" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="168" />
        <source>目录(&amp;C)</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="187" />
        <source>校验结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="220" />
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>正在校验…</source>
        <translation>Validating…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="227" />
        <source>按严重程度筛选校验结果</source>
        <translation>Filter findings by severity</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="236" />
        <source>双击一条结果，跳到对应的事项</source>
        <translation>Double-click a finding to go to its item</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="263" />
        <source>新建工作区(&amp;N)…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="266" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="271" />
        <source>导入目录文件(&amp;I)…</source>
        <translation>&amp;Import catalog file…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="274" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="279" />
        <source>导出目录(&amp;E)…</source>
        <translation>&amp;Export catalog…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="282" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="287" />
        <source>打开工作区(&amp;O)…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="290" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="295" />
        <source>打开示范工作区(&amp;D)</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="300" />
        <source>新增事项(&amp;A)</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="303" />
        <source>在当前领域新增一个本单位自有的事项</source>
        <translation>Add an item of this unit's own in the current domain</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="306" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="311" />
        <source>删除事项(&amp;R)</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="314" />
        <source>把选中的事项移到回收站（可以撤销）</source>
        <translation>Move the selected items to the recycle bin (can be undone)</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="317" />
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="322" />
        <source>本单位信息(&amp;M)…</source>
        <translation>&amp;My unit…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="325" />
        <source>修改单位名称、区划代码、联系人和定期核对周期</source>
        <translation>Change the unit's name, division code, contact and review period</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="330" />
        <source>回收站(&amp;B)…</source>
        <translation>Recycle &amp;bin…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="333" />
        <source>查看删除过的事项，把需要的恢复到目录</source>
        <translation>See deleted items and put back the ones you need</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="338" />
        <source>打印公开栏(&amp;P)…</source>
        <translation>&amp;Print notice board…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="341" />
        <source>先预览每一页，再送到打印机</source>
        <translation>See every page first, then send it to a printer</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="344" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="349" />
        <source>公开栏存为 PDF(&amp;S)…</source>
        <translation>&amp;Save notice board as PDF…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="352" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="357" />
        <source>从标准指引添加事项(&amp;T)…</source>
        <translation>Add from &amp;template…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="360" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="365" />
        <source>标准指引模板更新(&amp;U)…</source>
        <translation>Guideline template &amp;updates…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="370" />
        <source>完成情况(&amp;D)…</source>
        <translation>Completeness &amp;dashboard…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="373" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="378" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="381" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="386" />
        <source>重新校验(&amp;V)</source>
        <translation>Re-&amp;validate</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="389" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="394" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="397" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="52" />
        <source>第 {seq} 项 {name}</source>
        <translation>No. {seq} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90" />
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152" />
        <source>{unit}（{level}）  工作区：{path}</source>
        <translation>{unit} ({level})  Workspace: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160" />
        <source>已完成今天的自动备份：{name}</source>
        <translation>Today's automatic backup is done: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>正在写入工作区；这时的修改在写入完成后立即保存。</source>
        <translation>Writing to the workspace; changes made now are saved the moment it finishes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172" />
        <source>后台任务没有完成</source>
        <translation>The background task did not finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175" />
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232" />
        <source>关闭工作区(&amp;W)</source>
        <translation>Close &amp;workspace</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceWizard</name>
    <message>
        <location filename="../new_workspace.ui" line="14" />
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="52" />
        <source>创建工作区</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="21" />
        <source>第一步：本单位</source>
        <translation>Step 1: this unit</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="24" />
        <source>填写编制目录的单位。单位名称会作为事项的“公开主体”。</source>
        <translation>The unit compiling the catalog. Its name becomes each item's responsible body.</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="30" />
        <source>单位名称(&amp;U)：</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="40" />
        <source>如：幸福镇人民政府</source>
        <translation>e.g. 幸福镇人民政府</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="43" />
        <source>县（市、区）政府或部门</source>
        <translation>county government or department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="43" />
        <source>乡镇、街道</source>
        <translation>township or sub-district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="43" />
        <source>村（居）委会</source>
        <translation>village or residents' committee</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="70" />
        <source>12 位统计用区划代码，可以不填</source>
        <translation>12-digit statistical division code, optional</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="87" />
        <source>联系人和电话，可以不填</source>
        <translation>contact person and phone, optional</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="109" />
        <source>选择位置…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="47" />
        <source>层级(&amp;L)：</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="60" />
        <source>区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="77" />
        <source>联系人：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="94" />
        <source>保存位置：</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="129" />
        <source>第二步：选择领域</source>
        <translation>Step 2: domains</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="132" />
        <source>勾选本单位要编制目录的领域。已勾选的是标准指引中有本级事项的领域；没有勾选的试点领域将记为“未涉及”。</source>
        <translation>Tick the domains this unit compiles. Ticked are those whose guideline has items for this level; unticked pilot domains are recorded as not concerned.</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="138" />
        <source>把鼠标停在一个领域上，可以看到它依据的标准指引</source>
        <translation>Rest the mouse on a domain to see its guideline</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="147" />
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="154" />
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="172" />
        <source>未涉及的原因(&amp;R)：</source>
        <translation>&amp;Reason for domains not concerned:</translation>
    </message>
    <message>
        <location filename="../new_workspace.ui" line="188" />
        <source>第三步：确认</source>
        <translation>Step 3: confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="78" />
        <source>将创建工作区：{file}
本单位：{unit}（{level}）
编制 {domains} 个领域，先从标准指引加入 {items} 个事项，公开主体填为本单位。
之后可在主窗口中逐项修改、校验和导出。</source>
        <translation>Workspace to create: {file}
Unit: {unit} ({level})
{domains} domains; {items} guideline items are added first, with this unit as responsible body.
Then edit, validate and export them in the main window.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="97" />
        <source>{domain}（本级事项 {count} 个）</source>
        <translation>{domain} ({count} items at this level)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="117" />
        <source>工作区保存位置</source>
        <translation>Where to save the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="119" />
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="142" />
        <source>{path} 已经存在，请换一个名称或位置。</source>
        <translation>{path} already exists; choose another name or place.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="160" />
        <source>没有创建：{reason}</source>
        <translation>Not created: {reason}</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="30" />
        <source>报送上级单位(&amp;U)…</source>
        <extracomment>The level a unit sends its package to.</extracomment>
        <translation>Submit to the &amp;upper unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="31" />
        <source>把本单位（和所辖单位）的目录写成报送包交上级</source>
        <translation>Write this unit's (and its sub-units') catalog as a package for the level above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="33" />
        <source>接收下级报送包(&amp;G)…</source>
        <translation>Receive a lower unit's packa&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="34" />
        <source>核验、预览并接收下级单位交来的报送包</source>
        <translation>Verify, preview and receive a package from a lower unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="40" />
        <source>上报情况(&amp;S)…</source>
        <translation>&amp;Submissions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="41" />
        <source>各下级单位的报送和审核状态</source>
        <translation>What each lower unit has submitted and how it was reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="60" />
        <source>无法报送</source>
        <translation>Cannot submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="62" />
        <source>本单位没有 12 位区划代码（或已是县级），推不出上级单位。请先在 文件 › 本单位信息 中填写区划代码。</source>
        <translation>This unit has no 12-digit division code (or is a county), so the unit above is unknown. Enter the code under File › Unit profile first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="70" />
        <source>保存报送包</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="70" />
        <source>报送包 (*.gkbs)</source>
        <translation>Packages (*.gkbs)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="79" />
        <source>报送包没有生成</source>
        <translation>The package was not written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_actions.py" line="86" />
        <source>已生成报送包：{path}。请把它交给上级单位。</source>
        <translation>Package written: {path}. Hand it to the unit above.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="42" />
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="42" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="57" />
        <source>已声明本单位不涉及这一领域</source>
        <translation>Declared as not applying to this unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="59" />
        <source>没有错误的事项和标为不适用的事项占应有事项与自有事项的比例</source>
        <translation>Items without errors, and items marked not applicable, as a share of the guideline's items and the unit's own</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="64" />
        <source>（未涉及）</source>
        <translation> (does not apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="66" />
        <source>未涉及</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>ProvinceTemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="62" />
        <source>用本省空白模板生成格式</source>
        <extracomment>The combo's choices: numbering and blank first, then the fields in the table's order. The saved profile's name.</extracomment>
        <translation>Profile from the province's blank template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="66" />
        <source>选择本省下发的空白上传模板（.xlsx）</source>
        <translation>Choose the blank upload template the province sent (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="67" />
        <source>选择(&amp;C)…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="73" />
        <source>如 浙江上传</source>
        <translation>e.g. Zhejiang upload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="76" />
        <source>模板文件(&amp;F)：</source>
        <translation>Template &amp;file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="77" />
        <source>格式名称(&amp;N)：</source>
        <translation>Profile &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="80" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="80" />
        <source>模板中的表头</source>
        <translation>Heading in the template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="80" />
        <source>导出时填写</source>
        <translation>Filled on export with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="106" />
        <source>选择空白上传模板</source>
        <translation>Choose a blank upload template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="108" />
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="142" />
        <source>工作表“{sheet}”，{count} 列。</source>
        <translation>Sheet “{sheet}”, {count} columns. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="149" />
        <source>没有认出：{names}，导出时留空；如要填写，请在右边选择。</source>
        <translation>Not recognised: {names}; left blank on export — to fill them, choose on the right. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/province_template.py" line="155" />
        <source>表头上方的 {count} 行（标题等）导出时照原样保留。</source>
        <translation>The {count} rows above the header (title etc.) are kept as they are on export.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="37" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="38" />
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="39" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="40" />
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="109" />
        <source>接收下级报送包</source>
        <translation>Receive a lower unit's package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="116" />
        <source>下级单位交来的 .gkbs 文件</source>
        <translation>The .gkbs file a lower unit sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="117" />
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="120" />
        <source>报送包(&amp;F)：</source>
        <translation>Package (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="125" />
        <source>选择报送包后先预览，预览不会写入任何内容。</source>
        <translation>Choose a package and preview it first; a preview writes nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="135" />
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="138" />
        <source>接收(&amp;R)</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="154" />
        <source>选择报送包</source>
        <translation>Choose a package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="154" />
        <source>报送包 (*.gkbs)</source>
        <translation>Packages (*.gkbs)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="167" />
        <source>正在核验报送包…</source>
        <translation>Verifying the package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="183" />
        <source>{sender}的这个报送包已接收过，没有变化。</source>
        <translation>This package from {sender} was received before; nothing changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="187" />
        <source>预览（尚未写入）：{sender}（{level}）报送。新单位 {units} 个，新增 {new} 项，修改 {changed} 项，删除 {deleted} 项，冲突 {conflicts} 项，相同未变 {same} 项。</source>
        <translation>Preview (nothing written yet): from {sender} ({level}). {units} new units, {new} new items, {changed} changed, {deleted} deleted, {conflicts} conflicts, {same} unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="200" />
        <source>上级的审核意见 {count} 条。</source>
        <translation>{count} review opinions from the level above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="203" />
        <source>冲突的栏目本级和下级都改过：勾选“采用下级”的取下级的，其余保留本级的。</source>
        <translation>Both levels changed the conflicting fields: ticked rows take the lower unit's value, the others keep this level's.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="214" />
        <source>正在备份并接收…</source>
        <translation>Backing up and receiving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packages_dialog.py" line="230" />
        <source>已接收：新单位 {units} 个，新增 {added} 项，修改 {changed} 项，删除 {deleted} 项。接收前的备份：{backup}</source>
        <translation>Received: {units} new units, {added} new items, {changed} changed, {deleted} deleted. Backup taken before: {backup}</translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <location filename="../recycle_bin.ui" line="14" />
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../recycle_bin.ui" line="23" />
        <source>删除的事项都保存在这里，不会丢失。选中要找回的事项，点“恢复”，它就回到目录原来的位置。</source>
        <translation>Deleted items are kept here and never lost. Select the ones you want and click Restore: they go back to their place in the catalog.</translation>
    </message>
    <message>
        <location filename="../recycle_bin.ui" line="48" />
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../recycle_bin.ui" line="51" />
        <source>把选中的事项放回目录（可以撤销）</source>
        <translation>Put the selected items back in the catalog (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin.py" line="76" />
        <source>回收站是空的。</source>
        <extracomment>ids of the items to put back</extracomment>
        <translation>The recycle bin is empty.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="38" />
        <source>编制基层政务公开事项标准目录：从标准指引开始，逐项校验，导出上传。第一次使用请点“新建工作区”；想先看看，可以打开示范工作区。</source>
        <translation>Compile the standard catalog of disclosure items: start from the guidelines, check every item, export for upload. First time here? Choose New workspace; to look around, open the demo workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="46" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="47" />
        <source>打开工作区…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="48" />
        <source>打开示范工作区</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="56" />
        <source>最近打开（双击打开）：</source>
        <translation>Recent workspaces (double-click to open):</translation>
    </message>
</context>
<context>
    <name>TemplateChoiceModel</name>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="21" />
        <source>已在目录中</source>
        <translation>In the catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="22" />
        <source>已标为不适用</source>
        <translation>Marked not applicable</translation>
    </message>
</context>
<context>
    <name>TemplateUpdateDialog</name>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="84" />
        <source>标准指引模板更新</source>
        <translation>Guideline template updates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="102" />
        <source>采用勾选的更新</source>
        <translation>Apply the ticked updates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="118" />
        <source>工作区中没有比事项来源更新的模板版本。导入新模板：python main.py templates import 文件 --workspace 工作区</source>
        <translation>The workspace holds no template version newer than the items' source. To import a new template: python main.py templates import FILE --workspace WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="128" />
        <source>共 {count} 处变化。已勾选的是新增事项和本单位没有改过的措辞；本单位改过的栏目默认保留原样。</source>
        <translation>{count} changes. Ticked are new items and wording this unit never changed; fields this unit reworded are kept unless you tick them.</translation>
    </message>
</context>
<context>
    <name>UnitProfile</name>
    <message>
        <location filename="../unit_profile.ui" line="14" />
        <source>本单位信息</source>
        <translation>My unit</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="22" />
        <source>单位名称(&amp;N)：</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="35" />
        <source>层级：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="42" />
        <source>层级决定适用哪些标准指引事项，建好工作区后不能更改；层级不对请新建工作区。</source>
        <translation>The level decides which guideline items apply and cannot change once the workspace exists; for another level, create a new workspace.</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="49" />
        <source>区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="59" />
        <source>12 位统计用区划代码，可以不填</source>
        <translation>12-digit statistical division code, optional</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="66" />
        <source>联系人：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="76" />
        <source>联系人和电话，可以不填</source>
        <translation>contact person and phone, optional</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="83" />
        <source>定期核对(&amp;C)：</source>
        <translation>Review every (&amp;C):</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="93" />
        <source>事项多少个工作日没有核对就提示“较长时间未核对”；0 表示不提示。</source>
        <translation>After how many working days an unchecked item is flagged; 0 turns it off.</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="96" />
        <source>不提示</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="99" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../unit_profile.ui" line="111" />
        <source>把事项中写着原单位名称的“公开主体”一并改为新名称(&amp;S)</source>
        <translation>Also rename the responsible body of items that name the old unit (&amp;S)</translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="26" />
        <source>措辞有变</source>
        <translation>Reworded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="27" />
        <source>新增事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="28" />
        <source>指引已删除</source>
        <translation>Dropped from the guideline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="64" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="65" />
        <source>{field}：{value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="70" />
        <source>新版指引没有这一事项</source>
        <translation>The new guideline no longer has this item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="72" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_update.py" line="73" />
        <source>本单位改过{fields}，默认不覆盖</source>
        <translation>This unit changed {fields}; not overwritten unless ticked</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../desktop/ui/view_menu.py" line="21" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/view_menu.py" line="22" />
        <source>关怀模式（大字体）(&amp;L)</source>
        <translation>&amp;Large text (care mode)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/view_menu.py" line="36" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/view_menu.py" line="37" />
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;guide</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="53" />
        <source>处理时出现意外错误：{error}。详细信息已记入日志：{log}</source>
        <translation>An unexpected error occurred: {error}. The details are in the log: {log}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="109" />
        <source>无法打开示范工作区</source>
        <translation>Cannot open the demo workspace</translation>
    </message>
</context>
<context><name>Data</name><message><source>重大建设项目</source><translation>Major construction projects</translation></message><message><source>公共资源交易</source><translation>Public resource trading</translation></message><message><source>财政预决算</source><translation>Budgets and final accounts</translation></message><message><source>安全生产</source><translation>Work safety</translation></message><message><source>税收管理</source><translation>Tax administration</translation></message><message><source>征地补偿</source><translation>Land expropriation compensation</translation></message><message><source>国有土地上房屋征收与补偿</source><translation>Expropriation of housing on state-owned land</translation></message><message><source>农村危房改造</source><translation>Rural dilapidated-housing renovation</translation></message><message><source>扶贫</source><translation>Poverty alleviation</translation></message><message><source>救灾</source><translation>Disaster relief</translation></message><message><source>食品药品监管</source><translation>Food and drug supervision</translation></message><message><source>城乡规划</source><translation>Urban and rural planning</translation></message><message><source>环境保护</source><translation>Environmental protection</translation></message><message><source>公共文化服务</source><translation>Public cultural services</translation></message><message><source>公共法律服务</source><translation>Public legal services</translation></message><message><source>社会救助</source><translation>Social assistance</translation></message><message><source>养老服务</source><translation>Elderly care services</translation></message><message><source>户籍管理</source><translation>Household registration</translation></message><message><source>涉农补贴</source><translation>Agricultural subsidies</translation></message><message><source>就业</source><translation>Employment</translation></message><message><source>社会保险</source><translation>Social insurance</translation></message><message><source>义务教育</source><translation>Compulsory education</translation></message><message><source>医疗卫生</source><translation>Medical and health care</translation></message><message><source>市政服务</source><translation>Municipal services</translation></message><message><source>保障性住房</source><translation>Subsidized housing</translation></message><message><source>城市综合执法</source><translation>Urban law enforcement</translation></message><message><source>村(居)务公开</source><translation>Village (residents') affairs</translation></message><message><source>水利</source><translation>Water resources</translation></message><message><source>交通运输</source><translation>Transport</translation></message><message><source>统计</source><translation>Statistics</translation></message><message><source>广播电视和网络视听</source><translation>Radio, television and online audiovisual</translation></message><message><source>其他事项</source><translation>Other items</translation></message><message><source>所属领域</source><translation>Domain</translation></message><message><source>一级事项</source><translation>Category</translation></message><message><source>事项名称</source><translation>Item name</translation></message><message><source>公开内容</source><translation>Content</translation></message><message><source>公开依据</source><translation>Legal basis</translation></message><message><source>公开时限</source><translation>Time limit</translation></message><message><source>公开主体</source><translation>Responsible body</translation></message><message><source>公开方式</source><translation>Method</translation></message><message><source>公开渠道和载体</source><translation>Channels</translation></message><message><source>公开对象</source><translation>Audience</translation></message><message><source>公开层级</source><translation>Levels</translation></message><message><source>五公开类别</source><translation>Five-openness category</translation></message><message><source>精准链接</source><translation>Direct link</translation></message><message><source>政务服务事项编码</source><translation>Government service code</translation></message><message><source>状态</source><translation>Status</translation></message><message><source>不适用原因</source><translation>Not-applicable reason</translation></message><message><source>错误</source><translation>Error</translation></message><message><source>警告</source><translation>Warning</translation></message><message><source>提示</source><translation>Note</translation></message><message><source>县级</source><translation>County</translation></message><message><source>乡级</source><translation>Township</translation></message><message><source>村级</source><translation>Village</translation></message><message><source>草稿</source><translation>Draft</translation></message><message><source>待审</source><translation>To review</translation></message><message><source>已审</source><translation>Reviewed</translation></message><message><source>已上传</source><translation>Uploaded</translation></message><message><source>退回修改</source><translation>Returned for changes</translation></message><message><source>九要素缺项</source><translation>A required element is missing</translation></message><message><source>每个公开事项都必须写明九要素：事项名称、公开内容、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开方式、公开层级。只有空格或看不见的字符也算没有填写。</source><translation>Every disclosure item must state the nine elements: name, content, legal basis, time limit, responsible body, channels, audience, method and levels. A field with only spaces or invisible characters counts as empty.</translation></message><message><source>在事项编辑区补填这一项；不知道怎么填时，可参照本领域标准指引中同名事项的写法。</source><translation>Fill it in in the item editor; the item of the same name in this domain's guideline shows how.</translation></message><message><source>“{label}”没有填写。</source><translation>{label} is empty.</translation></message><message><source>标准指引此栏缺失</source><translation>Missing in the guideline template</translation></message><message><source>这一事项是从本程序自带的标准指引模板加入的，而模板中这一栏是空的：各地公开的指引原表在这一格没有读到，或读到的文字被截断，本程序不会替您编写。这不是您填错了，但上传前仍须补齐。</source><translation>This item came from the guideline template bundled with the program, and the template leaves this cell blank: the published copies of the guideline table did not show it, or showed it cut off, and the program does not make it up. It is not your mistake, but it must be filled in before upload.</translation></message><message><source>对照本省（市）转发的本领域标准指引或上级下发的目录填写这一栏；导入完整的新版模板（python main.py templates import 文件）后，模板更新也会带来这一栏的写法。</source><translation>Fill it in from the guideline as your province (city) forwarded it, or from the catalog sent down to you; after importing a complete newer template (python main.py templates import FILE), the template update brings this cell's wording too.</translation></message><message><source>“{label}”：标准指引此栏未能取得，请对照本省转发的指引填写。</source><translation>{label}: the guideline template could not provide this cell; fill it in from the guideline your province forwarded.</translation></message><message><source>文字被截断</source><translation>Text cut off</translation></message><message><source>这一栏的文字以省略号（…、...）结尾，或者书名号、括号、引号只有前一半，像是从网页或表格复制时被截断了。被截断的文字不能上传。</source><translation>The text ends in an ellipsis (…, ...), or opens a title mark, bracket or quotation it never closes: it looks cut off when copied from a web page or a table. Cut-off text must not be uploaded.</translation></message><message><source>找到原文把这一栏补全；原文确实如此的，把省略号或不成对的符号改掉。</source><translation>Complete it from the original; where the original really reads so, remove the ellipsis or the unpaired mark.</translation></message><message><source>“{label}”的文字像是被截断了（结尾是“{tail}”），不能这样上传。</source><translation>{label} looks cut off (it ends “{tail}”) and cannot be uploaded like this.</translation></message><message><source>单元格重复了列标题</source><translation>A cell repeats its column heading</translation></message><message><source>单元格的内容就是它所在列的标题（例如事项名称一栏写着“事项名称”），通常是复制表格时把表头行也粘贴进来了。</source><translation>The cell holds its own column's heading (e.g. 事项名称 under 事项名称), usually because a header row was pasted along with the table.</translation></message><message><source>删除这一行（它是误粘贴的表头），或把单元格改为真实内容。</source><translation>Delete the row (it is a pasted header) or write the real content.</translation></message><message><source>“{label}”一栏写的是列标题“{value}”，像是误粘贴的表头行。</source><translation>{label} holds a column heading, “{value}”: a pasted header row?</translation></message><message><source>公开方式不规范</source><translation>Method not recognized</translation></message><message><source>公开方式只能是“主动”或“依申请”（写“主动公开”“依申请公开”也可以识别）。</source><translation>The method is either 主动 (proactive) or 依申请 (on request); 主动公开 and 依申请公开 are recognized too.</translation></message><message><source>在公开方式下拉框中选择“主动”或“依申请”。</source><translation>Choose 主动 or 依申请 in the method list.</translation></message><message><source>公开方式“{value}”无法识别，应为“主动”或“依申请”。</source><translation>Method “{value}” is not recognized; use 主动 or 依申请.</translation></message><message><source>公开对象不规范</source><translation>Audience not recognized</translation></message><message><source>公开对象只能是“全社会”或“特定群体”（写“特定群众”“社会公众”等也可以识别）。</source><translation>The audience is either 全社会 (the public) or 特定群体 (a specific group); 特定群众, 社会公众 and similar are recognized too.</translation></message><message><source>在公开对象下拉框中选择“全社会”或“特定群体”。</source><translation>Choose 全社会 or 特定群体 in the audience list.</translation></message><message><source>公开对象“{value}”无法识别，应为“全社会”或“特定群体”。</source><translation>Audience “{value}” is not recognized; use 全社会 or 特定群体.</translation></message><message><source>公开层级不规范</source><translation>Levels not recognized</translation></message><message><source>公开层级只能由“县级”“乡级”“村级”组成，可以多选（写“镇级”“街道级”“社区级”“乡、村级”等也可以识别）。</source><translation>Levels are any of 县级 (county), 乡级 (township) and 村级 (village); 镇级, 街道级, 社区级, 乡、村级 and similar are recognized too.</translation></message><message><source>在公开层级处勾选县级、乡级、村级中适用的层级。</source><translation>Tick the levels that apply.</translation></message><message><source>公开层级“{value}”无法识别，应为县级、乡级、村级中的一个或几个。</source><translation>Levels “{value}” are not recognized; use one or more of 县级, 乡级, 村级.</translation></message><message><source>可改为标准写法</source><translation>Can use the standard wording</translation></message><message><source>这一项用的是同义写法（例如“主动公开”“特定群众”“镇级”），能够识别，但上传和汇总时宜统一为标准指引的写法。</source><translation>The field uses a synonym (e.g. 主动公开, 特定群众, 镇级). It is understood, but uploads and county summaries should use the guideline's wording.</translation></message><message><source>点“一键修正”改为标准写法。</source><translation>Click Fix automatically to use the standard wording.</translation></message><message><source>“{label}”写作“{value}”，标准写法是“{suggestion}”。</source><translation>{label} says “{value}”; the standard wording is “{suggestion}”.</translation></message><message><source>公开层级不含本单位</source><translation>Levels do not include this unit's level</translation></message><message><source>乡镇（街道）和村（社区）的目录只应收录在本级公开的事项。公开层级不含本单位层级的事项，可能是照抄了县级目录。县级目录可以收录乡级事项，用公开层级区分，不在此列。</source><translation>Township and village catalogs list only items published at their own level; an item without this unit's level may have been copied from the county catalog. County catalogs may list township items, told apart by their levels.</translation></message><message><source>确认本单位是否公开这一事项：是则在公开层级中勾选本单位层级；否则删除该事项，或标为“不适用”并写明原因。</source><translation>Check whether this unit publishes the item: if so, tick its level; if not, delete the item or mark it not applicable with a reason.</translation></message><message><source>公开层级为“{value}”，不含本单位的“{unit_level}”。</source><translation>Levels “{value}” do not include this unit's level ({unit_level}).</translation></message><message><source>公开渠道不在常用清单中</source><translation>Channel not in the usual list</translation></message><message><source>公开渠道和载体应与标准指引所列渠道一致（政府网站、政务服务中心、公开查阅点、村务公开栏等）。不认识的渠道可能是笔误，也可能是本地确有的渠道。</source><translation>Channels should be those the guideline lists (government website, service center, reading point, village notice board …). An unknown one may be a typo or a real local channel.</translation></message><message><source>从渠道清单中勾选对应的标准渠道；确属本地渠道的可以保留。</source><translation>Tick the matching standard channel; keep it if it really is a local channel.</translation></message><message><source>公开渠道“{value}”不在常用渠道清单中，请确认写法。</source><translation>Channel “{value}” is not in the usual list; check the wording.</translation></message><message><source>公开依据没有写明文件</source><translation>The legal basis names no document</translation></message><message><source>公开依据应写明至少一部法律、法规、规章或规范性文件，用书名号标出，例如《中华人民共和国政府信息公开条例》，或写出文号。</source><translation>The legal basis names at least one law, regulation, rule or normative document in 《》, e.g. 《中华人民共和国政府信息公开条例》, or gives its document number.</translation></message><message><source>补写依据文件的全称并加书名号《》。</source><translation>Add the document's full title in 《》.</translation></message><message><source>公开依据“{value}”没有用《》写明法律法规或文件名称。</source><translation>Legal basis “{value}” names no law or document in 《》.</translation></message><message><source>公开时限写法无法识别</source><translation>Time limit not recognized</translation></message><message><source>公开时限应写成可以执行的期限，例如“信息形成或变更之日起20个工作日内”“实时”“长期”“每季度”“每年3月底前”。</source><translation>The time limit is a period that can be kept, e.g. 信息形成或变更之日起20个工作日内, 实时, 长期, 每季度, 每年3月底前.</translation></message><message><source>改为含具体天数、周期或“实时/长期/及时”的写法。</source><translation>Write a number of days, a cycle, or 实时/长期/及时.</translation></message><message><source>公开时限“{value}”不是可识别的期限写法。</source><translation>Time limit “{value}” is not a recognizable period.</translation></message><message><source>事项重复</source><translation>Duplicate item</translation></message><message><source>同一单位、同一领域中，一级事项和事项名称都相同的事项只能有一条。比较时忽略全角半角、空格和看不见的字符。不同一级事项下的同名二级事项（如各自的“办事指南”）不算重复。</source><translation>A unit lists an item (category and name) once per domain. Full/half width, spaces and invisible characters are ignored. The same name under different categories (each one's 办事指南) is not a duplicate.</translation></message><message><source>合并重复的事项，删除多余的一条；确实不同的，修改事项名称加以区分。</source><translation>Merge the duplicates and delete the extra one; if they really differ, rename one.</translation></message><message><source>与{others}重复（一级事项“{level1}”，事项名称“{name}”）。</source><translation>Same item as {others} (category “{level1}”, name “{name}”).</translation></message><message><source>缺少标准指引中的事项</source><translation>A guideline item is missing</translation></message><message><source>标准指引中适用于本单位层级的事项，应当列入目录；本单位确实没有的，应标为“不适用”并写明原因（防止缺项少项）。</source><translation>Guideline items for this unit's level belong in the catalog; one the unit really does not have is marked not applicable with a reason, so nothing goes missing.</translation></message><message><source>在“从模板添加”中加入该事项，或将其标为“不适用”并写明原因。</source><translation>Add it with Add from template, or mark it not applicable with a reason.</translation></message><message><source>缺少{domain_name}标准指引中的事项“{template_item}”。</source><translation>The {domain_name} guideline item “{template_item}” is missing.</translation></message><message><source>试点领域未编制也未说明</source><translation>Pilot domain neither compiled nor declared</translation></message><message><source>26个试点领域中，每个领域要么编入目录，要么在“未涉及领域事项说明”中写明本单位不涉及的原因。</source><translation>Each of the 26 pilot domains is either in the catalog or declared as not applying, with the reason.</translation></message><message><source>从模板添加该领域的事项，或在领域列表中将它标为“未涉及”并写明原因。</source><translation>Add the domain's items from the template, or declare it as not applying with a reason.</translation></message><message><source>领域“{domain_name}”既没有事项，也没有说明未涉及的原因。</source><translation>Domain “{domain_name}” has no items and no reason why it does not apply.</translation></message><message><source>疑似照搬其他单位</source><translation>Looks copied from another unit</translation></message><message><source>公开主体或公开内容中出现了其他乡镇、街道或村（社区）的名称，通常是照搬照套了别的单位的目录。</source><translation>The responsible body or content names another township, sub-district or village, usually because another unit's catalog was copied.</translation></message><message><source>把其他单位的名称改为本单位名称；确需提及的可以保留。</source><translation>Replace the other unit's name with this unit's; keep it where it is meant.</translation></message><message><source>“{label}”中出现“{other}”，而本单位是“{unit_name}”。</source><translation>{label} mentions “{other}”, but this unit is “{unit_name}”.</translation></message><message><source>公开主体没有写明单位</source><translation>Responsible body names no unit</translation></message><message><source>公开主体写的是标准指引模板中的泛称（如“乡镇人民政府”“街道办事处”“行政村”），没有写明是哪个单位。群众看目录要知道找谁，公开主体应写明本单位全称或具体负责的单位。</source><translation>The responsible body is the template's generic wording (such as 乡镇人民政府, 街道办事处, 行政村) and names no unit. People reading the catalog need to know whom to ask: write the unit's full name or the body in charge.</translation></message><message><source>把泛称改为本单位全称（如“幸福镇人民政府”），或具体负责的站所、村（居）委会的全称。</source><translation>Replace the generic wording with the unit's full name (such as 幸福镇人民政府), or the full name of the station or village committee in charge.</translation></message><message><source>公开主体“{value}”是模板中的泛称，应写明单位（本单位是“{unit_name}”）。</source><translation>Responsible body “{value}” is the template's generic wording; name the unit (this unit is “{unit_name}”).</translation></message><message><source>含有控制字符</source><translation>Control characters</translation></message><message><source>文字中含有看不见的控制字符（常见于从 Word 或网页粘贴），Excel 文件无法保存这些字符，上传会失败。</source><translation>The text holds invisible control characters (often pasted from Word or a web page). Excel files cannot hold them and the upload would fail.</translation></message><message><source>点“一键修正”删除这些字符。</source><translation>Click Fix automatically to remove them.</translation></message><message><source>“{label}”含有 {count} 个控制字符。</source><translation>{label} holds {count} control characters.</translation></message><message><source>含有看不见的字符</source><translation>Invisible characters</translation></message><message><source>文字中含有零宽空格等看不见的字符，会让查重、检索和比对出错。</source><translation>The text holds zero-width spaces or similar invisible characters, which break duplicate checks, search and comparison.</translation></message><message><source>“{label}”含有 {count} 个看不见的字符（如零宽空格）。</source><translation>{label} holds {count} invisible characters (such as zero-width spaces).</translation></message><message><source>多余的空格</source><translation>Extra spaces</translation></message><message><source>文字首尾有空格，或含有全角空格。</source><translation>Spaces at the start or end, or full-width spaces.</translation></message><message><source>点“一键修正”去掉首尾空格，并把全角空格改为普通空格。</source><translation>Click Fix automatically to trim the ends and use ordinary spaces.</translation></message><message><source>“{label}”首尾有空格或含有全角空格。</source><translation>{label} has spaces at its ends, or full-width spaces.</translation></message><message><source>文字超过 Excel 单元格上限</source><translation>Text longer than an Excel cell holds</translation></message><message><source>Excel 一个单元格最多容纳 32767 个字符，超过的部分会在导出时丢失。</source><translation>An Excel cell holds at most 32,767 characters; the rest would be lost on export.</translation></message><message><source>精简文字，或把详细内容放到网站上，这里写概要并给出精准链接。</source><translation>Shorten it, or put the details on the website and give a summary and the direct link.</translation></message><message><source>“{label}”有 {length} 个字符，超过 Excel 单元格上限 32767。</source><translation>{label} has {length} characters, over Excel's cell limit of 32,767.</translation></message><message><source>文字超过上传格式的长度限制</source><translation>Text longer than the upload format allows</translation></message><message><source>所选导出格式（如省级查询系统上传格式）对这一栏的长度有限制。</source><translation>The chosen export profile (e.g. the provincial upload format) limits this field's length.</translation></message><message><source>精简文字到限制以内。</source><translation>Shorten the text to the limit.</translation></message><message><source>“{label}”有 {length} 个字符，超过“{profile}”格式的限制 {limit}。</source><translation>{label} has {length} characters, over the limit of {limit} in “{profile}”.</translation></message><message><source>上传格式要求的栏目没有填写</source><translation>A field the upload format requires is empty</translation></message><message><source>所选导出格式（如省级查询系统上传格式）要求填写这一栏。</source><translation>The chosen export profile (e.g. the provincial upload format) requires this field.</translation></message><message><source>在事项编辑区补填这一栏。</source><translation>Fill it in in the item editor.</translation></message><message><source>“{profile}”格式要求填写“{label}”。</source><translation>“{profile}” requires {label}.</translation></message><message><source>精准链接格式不对</source><translation>Direct link is not a web address</translation></message><message><source>精准链接应是能直接打开的网址，以 http:// 或 https:// 开头，中间不能有空格。</source><translation>The direct link is a web address that opens as it is: it starts with http:// or https:// and has no spaces.</translation></message><message><source>从浏览器地址栏复制完整网址粘贴过来。</source><translation>Copy the whole address from the browser's address bar.</translation></message><message><source>精准链接“{value}”不是完整的网址（应以 http:// 或 https:// 开头）。</source><translation>Direct link “{value}” is not a full web address (start it with http:// or https://).</translation></message><message><source>较长时间未核对</source><translation>Not checked for a while</translation></message><message><source>目录要动态调整：每个事项应定期核对是否仍然准确（默认每 20 个工作日，按国家法定节假日计算工作日）。</source><translation>Catalogs are kept up to date: each item is checked regularly (by default every 20 working days, counting the national holidays).</translation></message><message><source>核对事项内容，无误后点“确认无误”。</source><translation>Check the item, then click Confirm.</translation></message><message><source>上次核对是 {confirmed}，已超过 {days} 个工作日。</source><translation>Last checked on {confirmed}, more than {days} working days ago.</translation></message><message><source>上级退回修改</source><translation>Returned by the level above</translation></message><message><source>上级单位审核时把这一事项退回修改，并写明了原因。改好后它回到“草稿”，随下一次报送交上级重新审核。</source><translation>The level above reviewed this item and sent it back with a reason. Once changed it returns to Draft and goes up again with the next submission.</translation></message><message><source>按上级写明的原因修改这一事项，然后重新报送。</source><translation>Change the item as the reason says, then submit again.</translation></message><message><source>上级退回修改：{reason}</source><translation>Returned by the level above: {reason}</translation></message><message><source>完整备份格式（可无损导回）</source><translation>Full backup (imports back without loss)</translation></message><message><source>每个事项的全部字段（含编号、修订号和各时间），中文列名。用于在单位之间交换或备份，导入后与导出前逐字段相同。渠道和层级用顿号（、）分隔，可以直接在表格中修改；名称本身含顿号时写成 \、，读回时仍是一个渠道。</source><translation>Every field of every item (ids, revisions and times included), with Chinese headings. For exchange between units or backup: an import gives back exactly what was exported. Channels and levels are separated by 、 and can be edited in the sheet; a 、 inside a name is written \、 and still reads back as one channel.</translation></message><message><source>标准指引格式（网站公布用）</source><translation>Guideline layout (for the website)</translation></message><message><source>与国务院部门标准指引相同的表格：每个领域一个工作表，两行表头，公开对象、公开方式、公开层级打“√”，同一一级事项的单元格合并，A4 横向打印、每页重复表头。</source><translation>The table the ministries' guidelines use: a sheet per domain, a two-row header, √ for audience, method and levels, merged category cells, A4 landscape with the header on every page.</translation></message><message><source>省级查询系统上传格式（默认）</source><translation>Provincial upload format (default)</translation></message><message><source>一行一个事项：单位、区划代码、所属领域、一级事项、九要素（按标准指引的顺序）和精准链接。这是默认格式，尚无公开的全省统一规范；拿到本省的空白上传模板后，用 python main.py profile-from-template 模板.xlsx --name 本省 生成自己的格式。</source><translation>One row per item: unit, division code, domain, category, the nine elements in the guideline's order and the direct link. This is the default, as no province has published its format; with your province's blank upload template, run python main.py profile-from-template TEMPLATE.xlsx --name PROVINCE to make your own.</translation></message></context></TS>