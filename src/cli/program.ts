import { Command, CommanderError } from "commander";
import { langFromArgv } from "./lang-from-argv.js";
import { translateCommanderError } from "./commander-messages.js";
import { HELP, HELP_TITLES_ZH } from "./help-text.js";
import { EXIT, type CliIO } from "./io.js";
import { VERSION } from "./version.js";

/**
 * Runs the CLI and returns its exit code. Never calls process.exit and never throws for bad input:
 * commands are imported lazily, so `xfill --version` loads almost nothing.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  const h = HELP[lang];
  let code: number = EXIT.ok;
  const program = new Command("xfill")
    .description(h.program!.summary)
    .version(VERSION, "-V, --version", lang === "zh" ? "显示版本号" : "print the version")
    .helpOption("-h, --help", lang === "zh" ? "显示帮助" : "show help")
    .helpCommand(false)
    .option("--lang <lang>", lang === "zh" ? "界面语言：zh（默认）或 en" : "language: zh (default) or en")
    .option("--debug", lang === "zh" ? "出错时显示程序内部的调用栈" : "show stack traces of internal errors")
    .showHelpAfterError(lang === "zh" ? "（加 --help 查看用法）" : "(add --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    })
    .configureHelp({ styleTitle: (t) => (lang === "zh" ? (HELP_TITLES_ZH[t] ?? t) : t) })
    .addHelpText("after", `\n${lang === "zh" ? "示例：" : "Examples:"}\n${h.program!.example}\n`);

  const command = (name: string, args: string) => {
    const c = program
      .command(`${name}${args ? " " + args : ""}`)
      .description(h[name]!.summary)
      .helpOption("-h, --help", lang === "zh" ? "显示帮助" : "show help")
      .option("--lang <lang>", lang === "zh" ? "界面语言：zh 或 en" : "language: zh or en")
      .option("--debug", lang === "zh" ? "出错时显示程序内部的调用栈" : "show stack traces of internal errors")
      .addHelpText("after", `\n${lang === "zh" ? "示例：" : "Examples:"}\n${h[name]!.example}\n`)
      .configureHelp({ styleTitle: (t) => (lang === "zh" ? (HELP_TITLES_ZH[t] ?? t) : t) });
    return c;
  };
  const zh = lang === "zh";

  command("list", "")
    .option("--json", zh ? "以 JSON 输出" : "print JSON")
    .action(async (o: { json?: boolean }) => {
      code = await (await import("./commands/list.js")).runList(io, lang, Boolean(o.json));
    });
  command("init", "<template>")
    .option("-o, --output <file>", zh ? "写入的数据文件（不给则输出到屏幕）" : "data file to write (default: stdout)")
    .option("--force", zh ? "覆盖已存在的文件" : "overwrite an existing file")
    .option(
      "--schema <file>",
      zh
        ? "数据文件的 JSON Schema 写到哪里（默认写在数据文件旁边），供编辑器提示"
        : "where to write the JSON Schema the data file points at (default: beside it)",
    )
    .option(
      "--sheet",
      zh
        ? "写空白数据表（.xlsx 或 .csv，每个县一行），用 -o 指定文件名"
        : "write the empty data sheet (.xlsx or .csv, one county per row) to -o",
    )
    .option(
      "--from <last>",
      zh
        ? "从上期的数据文件生成本期的：保留名称，清空数字、日期（注释里留上期的值）"
        : "next period's file from LAST: names kept, figures emptied",
    )
    .action(async (t: string, o: import("./commands/init.js").InitCliOptions) => {
      code = await (await import("./commands/init.js")).runInit(io, lang, t, o);
    });
  command("check", "<file> [data]")
    .option("--json", zh ? "以 JSON 输出" : "print JSON")
    .action(async (first: string, data: string | undefined, o: { json?: boolean }) => {
      if (data === undefined)
        code = await (await import("./commands/check-document.js")).runCheckDocument(io, lang, first, o);
      else code = await (await import("./commands/check.js")).runCheckData(io, lang, first, data, o);
    });
  command("scan", "<files...>")
    .option("--json", zh ? "以 JSON 输出" : "print JSON")
    .action(async (files: string[], o: { json?: boolean }) => {
      code = await (await import("./commands/scan.js")).runScan(io, lang, files, o);
    });
  command("import", "<raw>")
    .requiredOption("-o, --output <dir>", zh ? "生成的模板文件夹" : "template folder to write")
    .option("--force", zh ? "覆盖非空文件夹里的同名文件" : "replace files in a non-empty folder")
    .action(async (raw: string, o: { output: string; force?: boolean }) => {
      code = await (await import("./commands/import.js")).runImport(io, lang, raw, o);
    });
  command("schema", "<template>").action(async (t: string) => {
    code = await (await import("./commands/schema.js")).runSchema(io, lang, t);
  });
  command("extract", "<template> <finished>")
    .option("-o, --output <file>", zh ? "写入的数据文件（不给则输出到屏幕）" : "data file to write (default: stdout)")
    .option("--force", zh ? "覆盖已存在的文件" : "overwrite an existing file")
    .action(async (t: string, finished: string, o: { output?: string; force?: boolean }) => {
      code = await (await import("./commands/extract.js")).runExtract(io, lang, t, finished, o);
    });
  command("sync", "<template> <data>")
    .option(
      "--dry-run",
      zh ? "只显示要做的改动（统一差异格式），不改写文件" : "print the change as a unified diff; write nothing",
    )
    .action(async (t: string, data: string, o: { dryRun?: boolean }) => {
      code = await (await import("./commands/sync.js")).runSync(io, lang, t, data, o);
    });
  /** The options render and batch share: drafts, old-Notepad text, overwriting. */
  const writerOptions = (c: Command) =>
    c
      .option(
        "--draft",
        zh ? "有未填项也生成，未填处显示为【待填：名称】" : "render anyway, unfilled slots as 【待填：label】",
      )
      .option(
        "--windows",
        zh ? "文本文件用 UTF-8 BOM 和 CRLF 换行（旧版记事本）" : "txt with BOM and CRLF for old Notepad",
      )
      .option("--force", zh ? "覆盖已存在的文件" : "overwrite existing files")
      .option(
        "--layout <layout>",
        zh
          ? "Word 成稿的版式：original（模板自带 Word 原件时的默认，原件里就地填写）或 gbt9704（xfill 按公文格式重新排版）"
          : "Word layout: original (default when the template has its own Word file, filled in place) or gbt9704",
      )
      .option(
        "--track-changes",
        zh
          ? "在 Word 原件里以修订方式填写，可在“审阅”里逐处接受或拒绝"
          : "write each fill as a tracked change (Word's review pane)",
      );
  const render = command("render", "<template> [data]")
    .option(
      "-o, --output <file>",
      zh
        ? "输出文件，按扩展名定格式（.txt .md .html .docx）；不给则输出到屏幕"
        : "output file; format from its extension",
    )
    .option("--format <format>", zh ? "输出格式：txt、md、html、docx" : "format: txt, md, html, docx")
    .option("--blank", zh ? "输出空白模板（每处空白显示原占位符）" : "print the blank template with its placeholders");
  writerOptions(render).action(async (t: string, data: string | undefined, o: Record<string, unknown>) => {
    code = await (await import("./commands/render.js")).runRender(io, lang, t, data, o);
  });

  const batch = command("batch", "<template> <data...>")
    .option(
      "-o, --output <dir>",
      zh
        ? "输出文件夹（必填；不存在则创建），每份数据文件生成一份同名成稿"
        : "output folder (required; created if missing); one document per data file",
    )
    .option("--format <format>", zh ? "输出格式：txt（默认）、md、html、docx" : "format: txt (default), md, html, docx")
    .option("--jobs <n>", zh ? "同时使用的线程数（默认：CPU 核数）" : "threads to use (default: number of CPUs)")
    .option("--json", zh ? "以 JSON 输出结果" : "print the outcome as JSON");
  writerOptions(batch).action(async (t: string, data: string[], o: import("./commands/batch.js").BatchCliOptions) => {
    code = await (await import("./commands/batch.js")).runBatch(io, lang, t, data, o);
  });

  command("serve", "<template> <data...>")
    .option("--port <n>", zh ? "端口（默认：自动选一个空闲端口）" : "port (default: a free one)")
    .option("--no-open", zh ? "不自动打开浏览器" : "do not open the browser")
    .action(async (t: string, data: string[], o: import("./commands/serve.js").ServeCliOptions) => {
      code = await (await import("./commands/serve.js")).runServe(io, lang, t, data, o);
    });

  try {
    await program.parseAsync(["node", "xfill", ...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
