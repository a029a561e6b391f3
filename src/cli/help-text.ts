import type { Lang } from "../index.js";

/** Descriptions and worked examples of each command, per language. */
export const HELP: Record<Lang, Record<string, { summary: string; example: string }>> = {
  zh: {
    program: {
      summary: "把讲话稿、报告模板里的“X”空白填成成稿：扫描占位符、填写县情数据、检查、生成",
      example:
        "  $ xfill list\n  $ xfill init county-plenary-speech -o 某县.yaml\n" +
        "  $ xfill check county-plenary-speech 某县.yaml\n  $ xfill render county-plenary-speech 某县.yaml -o 讲话.docx",
    },
    list: { summary: "列出内置模板", example: "  $ xfill list" },
    init: {
      summary: "生成带中文注释的数据文件骨架，列出每一项待填内容",
      example: "  $ xfill init county-plenary-speech -o 某县.yaml",
    },
    check: {
      summary: "检查数据文件还有哪些未填、填错；只给一个文件时，检查成稿里是否还留有“X”等占位符",
      example:
        "  $ xfill check county-plenary-speech 某县.yaml\n  $ xfill check county-plenary-speech 某县.yaml --json\n  $ xfill check 讲话成稿.docx",
    },
    render: {
      summary: "生成成稿（txt、md、html、docx）；有未填项时拒绝生成",
      example:
        "  $ xfill render county-plenary-speech examples/青川县.yaml\n" +
        "  $ xfill render county-plenary-speech 某县.yaml -o 讲话.docx\n" +
        "  $ xfill render county-plenary-speech 某县.yaml --draft -o 草稿.txt\n" +
        "  $ xfill render county-plenary-speech --blank",
    },
    scan: {
      summary: "找出任意文档（.txt .md .docx）里的全部占位符，并判断每处该填什么",
      example: "  $ xfill scan 模板.docx\n  $ xfill scan 讲话.txt --json",
    },
    import: {
      summary: "把原始文档变成模板文件夹草稿（template.hbs + fields.yaml）",
      example: "  $ xfill import 原稿.txt -o templates/我的模板",
    },
    batch: {
      summary: "为多份数据文件各生成一份成稿；DATA 可以是文件、文件夹或通配符",
      example:
        '  $ xfill batch county-plenary-speech examples/counties -o out --format docx\n  $ xfill batch county-plenary-speech "data/**/*.yaml" -o out --json',
    },
    serve: {
      summary: "在浏览器里填写数据文件：表单、实时预览、保存到同一个 YAML 文件（仅本机可访问）",
      example:
        "  $ xfill serve county-plenary-speech 秦川县.yaml\n  $ xfill serve county-plenary-speech data/*.yaml --port 8080 --no-open",
    },
    schema: {
      summary: "输出数据文件的 JSON Schema（供编辑器提示）",
      example: "  $ xfill schema county-plenary-speech > schema.json",
    },
    extract: {
      summary: "从按同一模板写成的成稿（.txt .md .docx）里取回每一项的值，生成数据文件",
      example: "  $ xfill extract county-plenary-speech 去年讲话.docx -o 某县.yaml",
    },
    sync: {
      summary: "模板改了之后，让数据文件跟上：补上新字段，改名的带过去，删掉的移到文件末尾注释里，什么都不丢",
      example:
        "  $ xfill sync county-plenary-speech 某县.yaml --dry-run\n  $ xfill sync county-plenary-speech 某县.yaml",
    },
  },
  en: {
    program: {
      summary: "Fill the X blanks of Chinese speech and report templates: scan, data file, check, render",
      example:
        "  $ xfill list\n  $ xfill init county-plenary-speech -o county.yaml\n" +
        "  $ xfill check county-plenary-speech county.yaml\n" +
        "  $ xfill render county-plenary-speech county.yaml -o speech.docx",
    },
    list: { summary: "list the built-in templates", example: "  $ xfill list" },
    init: {
      summary: "write a commented data-file skeleton listing every blank",
      example: "  $ xfill init county-plenary-speech -o county.yaml",
    },
    check: {
      summary:
        "report unfilled, invalid and unknown fields of a data file; with one file, placeholders left in a finished document",
      example: "  $ xfill check county-plenary-speech county.yaml --json\n  $ xfill check speech.docx",
    },
    render: {
      summary: "render the finished document (txt, md, html, docx); refuses while anything is unfilled",
      example:
        "  $ xfill render county-plenary-speech examples/青川县.yaml\n" +
        "  $ xfill render county-plenary-speech county.yaml -o speech.docx\n" +
        "  $ xfill render county-plenary-speech --blank",
    },
    scan: {
      summary: "find and classify every placeholder in any document (.txt .md .docx)",
      example: "  $ xfill scan template.docx --json",
    },
    import: {
      summary: "draft a template folder from a raw document",
      example: "  $ xfill import raw.txt -o templates/mine",
    },
    batch: {
      summary: "render one document per data file; DATA may be files, folders or globs",
      example:
        '  $ xfill batch county-plenary-speech examples/counties -o out --format docx\n  $ xfill batch county-plenary-speech "data/**/*.yaml" -o out --json',
    },
    serve: {
      summary:
        "fill data files in the browser: a form, a live preview, saved to the same YAML file (this computer only)",
      example:
        "  $ xfill serve county-plenary-speech qinchuan.yaml\n  $ xfill serve county-plenary-speech data/*.yaml --port 8080 --no-open",
    },
    schema: {
      summary: "print the JSON Schema of the data file",
      example: "  $ xfill schema county-plenary-speech > schema.json",
    },
    extract: {
      summary: "recover each field's value from a finished document written from the template",
      example: "  $ xfill extract county-plenary-speech last-year.docx -o county.yaml",
    },
    sync: {
      summary: "bring a data file in line with a changed template, losing nothing",
      example: "  $ xfill sync county-plenary-speech county.yaml --dry-run",
    },
  },
};

/** Commander's help headings in Chinese. */
export const HELP_TITLES_ZH: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
};
