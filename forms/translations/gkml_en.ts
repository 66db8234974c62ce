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
        <location filename="../../desktop/ui/add_from_template.py" line="91" />
        <source>加入目录</source>
        <translation>Add to catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="105" />
        <source>（本模板未收全原表，见模板说明）</source>
        <translation> (this template does not hold the whole original table; see its notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="107" />
        <source>{title}　{issuer}　适用于{level}的事项 {count} 个{coverage}</source>
        <translation>{title}  {issuer}  {count} items for {level}{coverage}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_from_template.py" line="119" />
        <source>请写明原因，如：本镇无此项业务</source>
        <translation>Give the reason, e.g. this township has no such service</translation>
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
        <location filename="../dashboard.ui" line="27" />
        <source>总体完成 %p%</source>
        <translation>Overall %p% done</translation>
    </message>
    <message>
        <location filename="../dashboard.ui" line="34" />
        <source>每个领域：标准指引中适用于本单位层级的事项有多少，已编入多少，标为不适用多少，还有多少错误和警告。双击一行打开该领域。</source>
        <translation>Per domain: guideline items for this level, included, not applicable, errors and warnings. Double-click to open the domain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="102" />
        <source>还有 {errors} 个错误，目录不能导出上传。请在“校验结果”中逐条改正。</source>
        <extracomment>a domain the user double-clicked, to open in the main window</extracomment>
        <translation>{errors} errors remain: the catalog cannot be exported for upload. Fix them one by one under Findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="105" />
        <source>没有错误，目录可以导出上传。</source>
        <translation>No errors: the catalog can be exported for upload.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="108" />
        <source>标准指引中还有 {missing} 个适用事项既未编入也未标为不适用。</source>
        <translation> {missing} guideline items for this level are neither included nor marked not applicable.</translation>
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
        <source>只导出上次上传以来新增或修改的事项(&amp;C)</source>
        <translation>Only items added or &amp;changed since the last upload</translation>
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
        <location filename="../export_dialog.ui" line="102" />
        <source>导出记录（批次）：</source>
        <translation>Export history (batches):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="70" />
        <source>全部领域</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="79" />
        <location filename="../../desktop/ui/export_dialog.py" line="164" />
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="107" />
        <source>目录中还有 {count} 个错误，不能导出“{profile}”：{shown}{more}。请先在“校验结果”中改正。</source>
        <translation>{count} errors remain, so “{profile}” cannot be exported: {shown}{more}. Fix them under Findings first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118" />
        <source>可以导出。导出会记入下方的批次记录。</source>
        <translation>Ready to export. Each export is recorded in the batch history below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="122" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="152" />
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="153" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="172" />
        <source>
注意：{count} 处 Excel 无法保存的控制字符已去掉。</source>
        <translation>
Note: {count} control characters Excel cannot store were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180" />
        <source>已导出 {count} 个事项：
{files}{removed}</source>
        <translation>Exported {count} items:
{files}{removed}</translation>
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
        <location filename="../../desktop/ui/import_dialog.py" line="73" />
        <source>自动识别</source>
        <extracomment>emitted after items were written, so the window reloads and re-validates</extracomment>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="77" />
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="79" />
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="90" />
        <source>选择目录文件</source>
        <translation>Choose a catalog file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="92" />
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="113" />
        <source>正在读取和检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="126" />
        <source>，新单位 {count} 个</source>
        <translation>, {count} new units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="132" />
        <source>预览（尚未写入）：新增 {added} 项，更新 {updated} 项，相同未变 {unchanged} 项，未导入 {rejected} 行{units}。</source>
        <translation>Preview (nothing written yet): {added} new, {updated} updated, {unchanged} unchanged, {rejected} rows not imported{units}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="142" />
        <source>导入的事项中有 {errors} 个错误，导入后可在校验结果中改正。</source>
        <translation> The incoming items have {errors} errors; fix them under Findings after importing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="153" />
        <source>正在备份并导入…</source>
        <translation>Backing up and importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="167" />
        <source>导入前的备份：{name}</source>
        <translation>Backup taken before the import: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="172" />
        <source>已导入：新增 {added} 项，更新 {updated} 项。{backup}</source>
        <translation>Imported: {added} new, {updated} updated. {backup}</translation>
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
        <location filename="../item_editor.ui" line="87" />
        <source>公开依据：写明法律、法规、规章或文件的全称并加书名号，如《中华人民共和国政府信息公开条例》，或写出文号。</source>
        <translation>Legal basis: the full title of the law, regulation or document in 《》, or its document number.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="103" />
        <source>公开时限：</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="113" />
        <source>公开时限：可以执行的期限，如“信息形成或变更之日起20个工作日内”“实时”“长期”。</source>
        <translation>Time limit: a period that can be kept, e.g. within 20 working days, real time, permanent.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="123" />
        <source>公开主体：</source>
        <translation>Responsible body:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="133" />
        <source>公开主体：负责公开的机关或组织，一般是本单位，如“幸福镇人民政府”。</source>
        <translation>Responsible body: the office that publishes, usually this unit.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="140" />
        <source>公开渠道：</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="150" />
        <source>公开渠道和载体：勾选标准指引列出的渠道；本地特有的渠道写在下面一栏。</source>
        <translation>Channels: tick the guideline's channels; write local ones below.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="172" />
        <source>其他渠道：</source>
        <translation>Other channels:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="182" />
        <source>标准清单以外的渠道，多个用顿号“、”分隔。</source>
        <translation>Channels outside the standard list, separated by 、</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="189" />
        <source>公开对象：</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="199" />
        <source>公开对象：全社会，或特定群体（如申请人、征收范围内的村民）。</source>
        <translation>Audience: the public, or a specific group (e.g. applicants).</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="206" />
        <source>公开方式：</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="216" />
        <source>公开方式：主动公开，或依申请公开。</source>
        <translation>Method: published proactively, or on request.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="223" />
        <source>公开层级：</source>
        <translation>Levels:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="235" />
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="238" />
        <location filename="../item_editor.ui" line="248" />
        <location filename="../item_editor.ui" line="258" />
        <source>公开层级：在哪一级公开。乡镇目录中的事项应当包含“乡级”。</source>
        <translation>Levels: where it is published. Township catalog items should include Township.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="245" />
        <source>乡级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="255" />
        <source>村级</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="267" />
        <source>精准链接：</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="277" />
        <source>精准链接：该信息在网站上的网址，以 http:// 或 https:// 开头。</source>
        <translation>Link: the web address where it is published, starting with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="284" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="294" />
        <source>状态：草稿、待审、已审、已上传。</source>
        <translation>Status: draft, for review, reviewed, uploaded.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="301" />
        <source>不适用原因：</source>
        <translation>Not applicable because:</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="311" />
        <source>本单位没有这一事项时写明原因，事项即标为“不适用”，不公开也不上传。</source>
        <translation>If this unit has no such item, give the reason: it is then marked not applicable, neither published nor uploaded.</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="330" />
        <source>一键修正(&amp;X)</source>
        <translation>Fi&amp;x automatically</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="333" />
        <source>按校验规则安全地修正这一事项中能自动修正的问题（去掉多余字符、改为标准写法）</source>
        <translation>Apply the safe fixes the rules offer for this item (stray characters, standard wording)</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="340" />
        <source>确认无误(&amp;K)</source>
        <translation>Chec&amp;ked, still true</translation>
    </message>
    <message>
        <location filename="../item_editor.ui" line="343" />
        <source>核对过这一事项仍然准确：记下今天的日期（目录要定期核对、动态调整）</source>
        <translation>Checked and still true: record today's date (catalogs must be reviewed regularly)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="149" />
        <source>在表格中选一个事项进行编辑。</source>
        <extracomment>item id, field key, new value (a tuple for channels and levels)</extracomment>
        <translation>Select an item in the table to edit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="151" />
        <source>这一事项没有发现问题。</source>
        <translation>No problems found in this item.</translation>
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
        <location filename="../main_window.ui" line="165" />
        <source>目录(&amp;C)</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="183" />
        <source>校验结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="216" />
        <source>正在校验…</source>
        <translation>Validating…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="223" />
        <source>按严重程度筛选校验结果</source>
        <translation>Filter findings by severity</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="232" />
        <source>双击一条结果，跳到对应的事项</source>
        <translation>Double-click a finding to go to its item</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="259" />
        <source>新建工作区(&amp;N)…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="262" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="267" />
        <source>导入目录文件(&amp;I)…</source>
        <translation>&amp;Import catalog file…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="270" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="275" />
        <source>导出目录(&amp;E)…</source>
        <translation>&amp;Export catalog…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="278" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="283" />
        <source>打开工作区(&amp;O)…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="286" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="291" />
        <source>打开示范工作区(&amp;D)</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="296" />
        <source>新增事项(&amp;A)</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="299" />
        <source>在当前领域新增一个本单位自有的事项</source>
        <translation>Add an item of this unit's own in the current domain</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="302" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="307" />
        <source>删除事项(&amp;R)</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="310" />
        <source>把选中的事项移到回收站（可以撤销）</source>
        <translation>Move the selected items to the recycle bin (can be undone)</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="313" />
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="318" />
        <source>打印公开栏（PDF）(&amp;P)…</source>
        <translation>&amp;Print notice-board PDF…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="321" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="326" />
        <source>从标准指引添加事项(&amp;T)…</source>
        <translation>Add from &amp;template…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="329" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="334" />
        <source>标准指引模板更新(&amp;U)…</source>
        <translation>Guideline template &amp;updates…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="339" />
        <source>完成情况(&amp;D)…</source>
        <translation>Completeness &amp;dashboard…</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="342" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="347" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="350" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="355" />
        <source>重新校验(&amp;V)</source>
        <translation>Re-&amp;validate</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="358" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="363" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../main_window.ui" line="366" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287" />
        <source>事项编辑</source>
        <extracomment>item id -&gt; "第 N 项 名称", for the findings panel. item id -&gt; its most severe finding's severity, for the problem badges. domain code -&gt; errors in it, for the domain list.</extracomment>
        <translation>Item editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="608" />
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="611" />
        <source>全部事项</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="612" />
        <source>有错误的</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="613" />
        <source>有错误或警告的</source>
        <translation>With errors or warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614" />
        <source>全部结果</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="616" />
        <source>只看错误</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="617" />
        <source>只看警告</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="618" />
        <source>只看提示</source>
        <translation>Hints only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="668" />
        <source>关闭工作区(&amp;W)</source>
        <translation>Close &amp;workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="689" />
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="704" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="705" />
        <source>关怀模式（大字体）(&amp;L)</source>
        <translation>&amp;Large text (care mode)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="719" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="720" />
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;guide</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceWizard</name>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="48" />
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="58" />
        <source>创建工作区</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="65" />
        <source>第一步：本单位</source>
        <translation>Step 1: this unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="66" />
        <source>填写编制目录的单位。单位名称会作为事项的“公开主体”。</source>
        <translation>The unit compiling the catalog. Its name becomes each item's responsible body.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="68" />
        <source>如：幸福镇人民政府</source>
        <translation>e.g. 幸福镇人民政府</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="70" />
        <source>县（市、区）政府或部门</source>
        <translation>county government or department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="70" />
        <source>乡镇、街道</source>
        <translation>township or sub-district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="70" />
        <source>村（居）委会</source>
        <translation>village or residents' committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="74" />
        <source>12 位统计用区划代码，可以不填</source>
        <translation>12-digit statistical division code, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="75" />
        <source>联系人和电话，可以不填</source>
        <translation>contact person and phone, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="77" />
        <source>选择位置…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="83" />
        <source>单位名称(&amp;N)：</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="84" />
        <source>层级(&amp;L)：</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="85" />
        <source>区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="86" />
        <source>联系人：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="87" />
        <source>保存位置：</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="94" />
        <source>第二步：选择领域</source>
        <translation>Step 2: domains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="97" />
        <source>勾选本单位要编制目录的领域。已勾选的是标准指引中有本级事项的领域；没有勾选的试点领域将记为“未涉及”。</source>
        <translation>Tick the domains this unit compiles. Ticked are those whose guideline has items for this level; unticked pilot domains are recorded as not concerned.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="106" />
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="107" />
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="116" />
        <source>未涉及的原因(&amp;R)：</source>
        <translation>&amp;Reason for domains not concerned:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="122" />
        <source>第三步：确认</source>
        <translation>Step 3: confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="152" />
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
        <location filename="../../desktop/ui/new_workspace.py" line="172" />
        <source>{domain}（本级事项 {count} 个）</source>
        <translation>{domain} ({count} items at this level)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="192" />
        <source>工作区保存位置</source>
        <translation>Where to save the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="194" />
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="217" />
        <source>{path} 已经存在，请换一个名称或位置。</source>
        <translation>{path} already exists; choose another name or place.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workspace.py" line="235" />
        <source>没有创建：{reason}</source>
        <translation>Not created: {reason}</translation>
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
</TS>