/**
 * Chinese messages of diagnostics (and the pieces formatMessage builds them from), the default language. `{x}` is
 * filled from the diagnostic's params, key and label. The interface's own words are in ui-text-zh.ts.
 */
export const zh = {
  unfilled: "“{label}”还没有填写",
  "missing-key": "“{label}”还没有填写（数据文件里没有 {key} 这一项）",
  "not-text": "“{label}”应填写文字，实际是{shape}",
  "not-one-line": "“{label}”只能填一行文字，不能含换行、制表符或其他控制字符，实际是“{found}”",
  "county-suffix": "“{label}”只填县名本身，不带“县”字：模板里已写有“县”，实际填的是“{found}”",
  "not-number": "“{label}”应填写{expected}，实际是“{found}”",
  // figures typed with thousands separators (issue 10)
  "bad-grouping":
    "“{label}”里的逗号位置不对：“{found}”。千位分隔的逗号后面应正好是三位数字（如 3,250），小数请用小数点（如 3.25）",
  // a name typed with the suffix the template already prints (issue 10)
  "doubled-suffix":
    "“{label}”填的“{found}”末尾是“{suffix}”，模板里紧接着已印有“{suffix}”，成稿会重复成“{found}{suffix}”；只填“{bare}”即可",
  "not-integer": "“{label}”应填写{expected}，实际是带小数的“{found}”",
  "not-positive": "“{label}”应填写{expected}，实际是“{found}”（名次、届次从 1 开始）",
  negative: "“{label}”应填写{expected}，实际是负数“{found}”",
  "out-of-range": "“{label}”应在 {range} 之间，实际是“{found}”",
  "bad-date": "“{label}”应填写日期，如 3月15日 或 2020-03-15，实际是“{found}”",
  "impossible-date": "“{label}”是不存在的日期：“{found}”",
  "date-missing-part": "“{label}”需要{expected}，实际只有“{found}”",
  // what a date blank needs, by the parts its shape prints (issue 10 trial: 201X/X/XX)
  "date-needs-ymd": "年、月、日俱全的日期，如 {example}",
  "date-needs-ym": "年和月，如 2023年3月",
  "date-needs-y": "年份，如 2023",
  "date-needs-md": "月和日，如 3月15日",
  "date-needs-m": "月份，如 3月",
  "date-needs-d": "日，如 15日",
  "ordinal-range": "“{label}”应在 1–9999 之间，实际是“{found}”",
  "unknown-key": "数据文件里的 {key} 不是模板中的字段{suggestion}",
  "unknown-key-suggestion": "，是不是 {suggestion}（{suggestionLabel}）？",
  "yaml-syntax": "这里的写法不符合 YAML 格式：每行应是“字段: 值”，冒号后面加一个空格",
  "duplicate-key": "{key} 在数据文件里出现了不止一次，请只保留一处",
  "not-mapping": "数据文件应是一行一项的“字段: 值”，实际是{shape}",
  "section-not-mapping": "{key} 下应是一组“字段: 值”，实际是{shape}",
  "multi-document": "数据文件里有多份文档（用“---”分隔），xfill 只读一份",
  "empty-file": "数据文件是空的：所有字段都还没有填写",
  "file-not-found": "找不到这个文件",
  "is-directory": "这是文件夹，这里需要一个文件",
  "read-error": "读取失败（系统错误 {errno}）",
  "bad-encoding": "不是可识别的文本文件（既不是 UTF-8、UTF-16，也不是 GBK/GB18030）",
  "binary-file": "看起来是二进制文件，不是文本",
  "output-exists": "这个文件已存在。为防止覆盖，xfill 不会改写它；确需覆盖请加 --force",
  "write-error": "写入失败（系统错误 {errno}）",
  "not-a-template": "找不到模板“{name}”：它既不是内置模板（{builtins}），也不是含 template.hbs 和 fields.yaml 的文件夹",
  "fields-invalid": "fields.yaml 中 {key} 的定义有误",
  "template-syntax": "模板语法有误：这里的 {{ }} 写法无法识别",
  "template-unknown-slot": "模板用到了 {key}，但 fields.yaml 里没有定义它{suggestion}",
  "template-unused-field": "fields.yaml 定义了 {key}（{label}），但模板里没有用到",
  // fields.yaml: one definition's properties (zod issues mapped to our own words)
  "fields-missing-property": "fields.yaml 中 {key} 缺少 {name}",
  "fields-unknown-property": "fields.yaml 中 {key} 有不认识的设置项“{name}”，可用的有：{expected}",
  "fields-wrong-type": "fields.yaml 中 {key} 的 {name} 应是{expected}",
  "fields-top-unknown": "fields.yaml 里有不认识的项“{name}”，可用的有：title、description、sections、fields",
  "fields-top-wrong-type": "fields.yaml 里 {name} 应是{expected}",
  "label-document-date": "讲话日期",
  "label-document-speaker": "讲话人",
  "document-impossible-date": "讲话日期（document.date）是不存在的日期：“{found}”",
  "type-text": "文字",
  "type-number": "数字",
  "type-map": "一组“名称: 内容”",
  "type-text-or-number": "文字或数字",
  "type-list": "一列文字（每项一行，以“- ”开头）",
  "template-bad-kind": "fields.yaml 中 {key} 的类型“{found}”不存在，应为：{expected}",
  "leftover-placeholder": "这里还有占位符“{found}”：{context}",
  "leftover-spaces": "这里还有没填的空白（{count} 个空格）：{context}",
  // hostile inputs: files that are not regular, outside a template folder, zip limits
  "not-regular-file": "不是普通文件（是设备、管道或套接字），xfill 不读取",
  "outside-folder": "指向模板文件夹 {folder} 以外；为安全起见，模板只能读取自己文件夹里的文件",
  "template-hard-link":
    "还有 {others} 个别的名字（硬链接）：模板文件夹里的文件必须是独立的文件，否则可能是文件夹以外的某个文件。请复制一份（而不是链接）放进文件夹",
  "read-permission": "无法读取：没有读取权限",
  "zip-corrupt": "不是有效的 Word 文档（.docx）：压缩包已损坏或不完整",
  zip64:
    "是 ZIP64 格式的压缩包（供 4 GB 以上的大文件用）；Word 不会这样保存文档，xfill 也不读这种格式。请在 Word 或 WPS 里打开后另存为 .docx 再试",
  "zip-encrypted": "设置了打开密码；请在 Word 里取消密码、另存后再试",
  "zip-unsupported": "其中的 {part} 使用了 xfill 不支持的压缩方式；请在 Word 里另存为 .docx 后再试",
  "zip-part-too-large":
    "其中的 {part} 解压后超过 {max}（单个部件的上限），xfill 停止读取；正常的 Word 文档远小于此，这个文件可能是恶意构造的“压缩炸弹”",
  "zip-total-too-large":
    "解压后总计超过 {max}（整个文档的上限），xfill 停止读取；正常的 Word 文档远小于此，这个文件可能是恶意构造的“压缩炸弹”",
  "file-too-large": "文件太大，超过上限 {max}，xfill 不读取",
  "forbidden-key": "{key} 是保留字，不能用作字段名",
  // hostile inputs: output targets
  "output-not-regular": "不是普通文件（是设备、管道或套接字）；xfill 不会写入或替换它，加 --force 也不会",
  "output-name-too-long": "无法写入：文件名太长，超过了系统允许的长度",
  "output-folder-name": "以“/”结尾，是文件夹的写法；请在后面加上文件名，如 讲话.docx",
  "output-folder-missing": "无法写入：文件夹 {folder} 不存在",
  "output-permission": "无法写入：没有写入权限（文件夹只读？）",
  "disk-full": "无法写入：磁盘空间已满，原有文件未受影响",
  // editing a data file in place (sync, init --from, extract, serve): why an edit was refused
  "edit-yaml-error": "数据文件的格式有误，xfill 不改写它；请先改正",
  "edit-not-mapping": "{key} 下不是一组“字段: 值”，无法在其中写入",
  "edit-not-scalar": "{key} 的值不是单独一个值（是一组，或是多行文字），无法改写",
  "edit-flow-mapping": "{key} 写成了一行的 {…} 形式，无法在其中添加新项",
  "edit-missing": "数据文件里没有 {key} 这一项",
  "edit-exists": "数据文件里已有 {key} 这一项",
  "sheet-many-rows":
    "{path} 里有 {rows} 个县的数据；一次生成多份请用 xfill batch，只要其中一行请写成 {example}（# 后面是行号）",
  "sheet-no-row": "{path} 的第 {row} 行没有数据",
  "bad-xlsx": "不是可读的 Excel 工作簿（.xlsx）",
  "sheet-needs-output": "--sheet 需要用 -o 指定要写的表格，如 -o 模板.xlsx（或 .csv）",
  "bad-format": "不支持的格式“{format}”，可用：txt、md、html、docx",
  // Word original filled in place
  "bad-layout":
    "不支持的版式“{layout}”，可用：original（在模板自带的 Word 原件里就地填写）、gbt9704（按公文格式重新排版）",
  "data-required": "需要数据文件：xfill render {template} 数据文件.yaml（或加 --blank 输出空白模板）",
  "docx-needs-output": "Word 文档不能输出到屏幕，请用 -o 指定文件，如 -o 讲话.docx",
  "yaml-tab": "这一行用了 Tab 键缩进；数据文件只能用空格缩进（每级两个空格）",
  "yaml-indent": "缩进没有对齐：同一组里的各项应从同一列开始（每级缩进两个空格）",
  "yaml-unclosed-quote": "引号没有配对：这里开始的引号没有结束",
  "yaml-unclosed-bracket": "方括号或花括号没有配对",
  "yaml-key-line": "这一行不是“字段: 值”的样子（冒号后面要有一个空格）",
  "yaml-escape": "双引号里的反斜杠“\\”用法有误；要写反斜杠本身请用单引号括起来",
  "bad-alias": "“{label}”处的别名引用（*名称）找不到对应的锚点（&名称）；锚点要写在别名之前",
  "alias-limit": "别名引用展开后内容过多（超过 {max} 项），数据文件不应这样写",
  "too-many-entries": "数据文件的项数超过上限 {max}；一个县的数据文件只有几百项，请检查是否选错了文件",
  "fullwidth-colon": "{key} 后面用了中文冒号“：”，请改成英文冒号“:”并在后面加一个空格",
  "colon-space": "{key} 的冒号后面缺少空格：应写成“{key}: 值”",
  "fullwidth-indent": "这一行用了全角空格缩进；请改用半角空格",
  // hostile inputs: output format and batch workers
  "output-ext-unknown": "xfill 不会写 {ext} 格式；文件名请以 .txt、.md、.html 或 .docx 结尾",
  "format-mismatch": "--format {format} 与文件名的扩展名 {ext} 不一致；请去掉 --format，或改文件名",
  "batch-too-many-jobs": "--jobs {found} 超过了本机的处理器数 {cores}，多开只会更慢、更占内存；按 {cores} 个运行",
  "batch-no-match": "“{pattern}”没有找到数据文件（.yaml / .yml）",
  "batch-no-data": "没有要处理的数据文件：请给出数据文件、含数据文件的文件夹，或通配符，如 data/*.yaml",
  "batch-bad-jobs": "--jobs 应为正整数，实际是“{found}”",
  "batch-out-dir": "无法创建输出文件夹（系统错误 {errno}）",
  "batch-same-name": "本批的 {other} 也要生成 {path}：数据文件重名，这一份没有生成",
  "batch-needs-output": "请用 -o 指定放成稿的文件夹，如：xfill batch 模板 数据文件夹 -o 成稿",
  // serve: the browser form (xfill serve) — terminal lines, pages and the page script's words
  "serve-port-in-use": "端口 {port} 已被占用：请换一个（--port），或不加 --port 让 xfill 自己找一个空闲端口",
  "serve-listen-failed": "无法在 127.0.0.1:{port} 上启动：{detail}",
  "serve-bad-port": "--port 应为 1 到 65535 之间的整数，实际是“{found}”",
  "serve-not-editable": "无法把“{key}”写入 {path}：文件里这一项所在的结构不是“字段: 值”的样子，请在文本编辑器里改",
  // hostile inputs: the form
  "serve-save-too-large":
    "保存后数据文件会超过上限 {max}，没有保存；每项通常只有几个字，请检查是否把整篇文字粘贴进了某一项",
  "template-unknown-helper":
    "模板调用了“{name}”，它不是可用的辅助功能；模板里只能用 if、unless、each、with（不能用 lookup、log）",
  "template-bad-expression":
    "模板的双花括号里只能写 fields.yaml 中的字段名（或 #if、#unless、#each、#with 加字段名），不能写“{name}”",
  "template-partial": "模板引用了子模板“{name}”；xfill 的模板不支持子模板，请把内容直接写进 template.hbs",
  "template-unbalanced": "模板里的 {{ 和 }} 没有配对（或花括号中间写了不该写的字符）",
  // hostile inputs: fields.yaml
  "fields-duplicate-key": "fields.yaml 里 {key} 出现了不止一次，请只保留一处",
  "fields-complex-key":
    "fields.yaml 里的键“{found}”不是一个名称（是列表或映射）；键名只能是汉字、字母、数字和下划线，用“.”分组",
  "fields-alias-limit": "fields.yaml 里的别名引用（*名称）展开后内容过多；fields.yaml 不需要别名，请直接写出每一项",
  "fields-reserved-key": "fields.yaml 的键名 {key} 用了保留字（__proto__、constructor、prototype），请换个键名",
  "fields-label-line": "fields.yaml 中 {key} 的 label 只能是一行文字，不能有换行或控制字符",
  "fields-bad-key": "fields.yaml 的键名 {key} 不合规：只能用汉字、英文字母、数字、下划线（不以数字开头），用“.”分组",
  "fields-group-and-field": "fields.yaml 里 {key} 既是一个字段，又是其他字段的分组；请换个键名",
  // hostile inputs: scan limit
  "placeholder-limit":
    "占位符超过 {max} 处（上限），只列出前 {max} 处；一篇讲话稿通常只有一百处左右，这个文件不像是模板",
  "import-placeholder-limit":
    "占位符超过 {max} 处（上限），只有前 {max} 处做成了空白，其余原样留在文中；一篇讲话稿通常只有一百处左右，这个文件不像是模板",
  // Places in a Word file, as a person looks for them
  "bad-docx": "不是有效的 Word 文档（.docx），无法读取其中的文字",
  "leftover-draft-marker": "这里还留着草稿标记“{found}”：{context}",
  "leftover-template-slot": "这里还留着模板占位“{found}”：{context}",
  // import: cleaning a raw document
  "import-mostly-web":
    "有 {percent}% 的文字（{lines} 行）像是广告或网页文字，超过四分之一，没有生成模板，以免丢掉讲话内容。请确认这是讲话原稿，或先删去这些行再导入。这些行是：",
  "web-line": "这一行像是网页或广告文字（{reason}）：{found}",
  "output-dir-not-empty": "这个文件夹不是空的；为防止覆盖，xfill 不会写入。确需覆盖请加 --force",
  "document-date": "讲话日期（document.date）应是带年份的完整日期，如 2020-07-15 或 2020年7月15日，实际是“{found}”",
  "unsupported-format": "这是 {ext} 格式，xfill 读不了；请在 Word 或 WPS 里“另存为” .docx（或 .txt）后再试",
} satisfies Record<string, string>;

/** Every message code: the keys of the Chinese table, the one every other table must match. */
export type MessageCode = keyof typeof zh;
