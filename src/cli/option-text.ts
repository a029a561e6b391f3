import type { Lang } from "../index.js";

/**
 * What each command-line option does, per language: the copy `xfill … --help` prints beside each option.
 * Both tables have the same keys (the type makes a missing one a compile error).
 */
const OPTION_TEXT_ZH = {
  version: "显示版本号",
  help: "显示帮助",
  langProgram: "界面语言：zh（默认）或 en",
  lang: "界面语言：zh 或 en",
  debug: "出错时显示程序内部的调用栈",
  afterError: "（加 --help 查看用法）",
  examples: "示例：",
  json: "以 JSON 输出",
  batchJson: "以 JSON 输出结果",
  dataOutput: "写入的数据文件（不给则输出到屏幕）",
  force: "覆盖已存在的文件",
  importForce: "覆盖非空文件夹里的同名文件",
  schema: "数据文件的 JSON Schema 写到哪里（默认写在数据文件旁边），供编辑器提示",
  sheet: "写空白数据表（.xlsx 或 .csv，每个县一行），用 -o 指定文件名",
  from: "从上期的数据文件生成本期的：保留名称，清空数字、日期（注释里留上期的值）",
  importOutput: "生成的模板文件夹",
  dryRun: "只显示要做的改动（统一差异格式），不改写文件",
  draft: "有未填项也生成，未填处显示为【待填：名称】",
  windows: "文本文件用 UTF-8 BOM 和 CRLF 换行（旧版记事本）",
  layout:
    "Word 成稿的版式：original（模板自带 Word 原件时的默认，原件里就地填写）或 gbt9704（xfill 按公文格式重新排版）",
  trackChanges: "在 Word 原件里以修订方式填写，可在“审阅”里逐处接受或拒绝",
  renderOutput: "输出文件，按扩展名定格式（.txt .md .html .docx）；不给则输出到屏幕",
  renderFormat: "输出格式：txt、md、html、docx",
  blank: "输出空白模板（每处空白显示原占位符）",
  batchOutput: "输出文件夹（必填；不存在则创建），每份数据文件生成一份同名成稿",
  batchFormat: "输出格式：txt（默认）、md、html、docx",
  jobs: "同时使用的线程数（默认：CPU 核数）",
  port: "端口（默认：自动选一个空闲端口）",
  noOpen: "不自动打开浏览器",
} as const;

export type OptionTextCode = keyof typeof OPTION_TEXT_ZH;

const OPTION_TEXT_EN: Record<OptionTextCode, string> = {
  version: "print the version",
  help: "show help",
  langProgram: "language: zh (default) or en",
  lang: "language: zh or en",
  debug: "show stack traces of internal errors",
  afterError: "(add --help for usage)",
  examples: "Examples:",
  json: "print JSON",
  batchJson: "print the outcome as JSON",
  dataOutput: "data file to write (default: stdout)",
  force: "overwrite an existing file",
  importForce: "replace files in a non-empty folder",
  schema: "where to write the JSON Schema the data file points at (default: beside it)",
  sheet: "write the empty data sheet (.xlsx or .csv, one county per row) to -o",
  from: "next period's file from LAST: names kept, figures emptied",
  importOutput: "template folder to write",
  dryRun: "print the change as a unified diff; write nothing",
  draft: "render anyway, unfilled slots as 【待填：label】",
  windows: "txt with BOM and CRLF for old Notepad",
  layout: "Word layout: original (default when the template has its own Word file, filled in place) or gbt9704",
  trackChanges: "write each fill as a tracked change (Word's review pane)",
  renderOutput: "output file; format from its extension",
  renderFormat: "format: txt, md, html, docx",
  blank: "print the blank template with its placeholders",
  batchOutput: "output folder (required; created if missing); one document per data file",
  batchFormat: "format: txt (default), md, html, docx",
  jobs: "threads to use (default: number of CPUs)",
  port: "port (default: a free one)",
  noOpen: "do not open the browser",
};

export const OPTION_TEXT: Record<Lang, Record<OptionTextCode, string>> = { zh: OPTION_TEXT_ZH, en: OPTION_TEXT_EN };
