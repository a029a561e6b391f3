import { Command, CommanderError } from "commander";
import { langFromArgv } from "./lang-from-argv.js";
import { translateCommanderError } from "./commander-messages.js";
import { HELP, HELP_TITLES_ZH } from "./help-text.js";
import { OPTION_TEXT } from "./option-text.js";
import { EXIT, type CliIO } from "./io.js";
import { VERSION } from "./version.js";

/**
 * Runs the CLI and returns its exit code. Never calls process.exit and never throws for bad input:
 * commands are imported lazily, so `xfill --version` loads almost nothing.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  const h = HELP[lang];
  const opt = OPTION_TEXT[lang];
  let code: number = EXIT.ok;
  const program = new Command("xfill")
    .description(h.program!.summary)
    .version(VERSION, "-V, --version", opt.version)
    .helpOption("-h, --help", opt.help)
    .helpCommand(false)
    .option("--lang <lang>", opt.langProgram)
    .option("--debug", opt.debug)
    .showHelpAfterError(opt.afterError)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    })
    .configureHelp({ styleTitle: (t) => (lang === "zh" ? (HELP_TITLES_ZH[t] ?? t) : t) })
    .addHelpText("after", `\n${opt.examples}\n${h.program!.example}\n`);

  const command = (name: string, args: string) => {
    const c = program
      .command(`${name}${args ? " " + args : ""}`)
      .description(h[name]!.summary)
      .helpOption("-h, --help", opt.help)
      .option("--lang <lang>", opt.lang)
      .option("--debug", opt.debug)
      .addHelpText("after", `\n${opt.examples}\n${h[name]!.example}\n`)
      .configureHelp({ styleTitle: (t) => (lang === "zh" ? (HELP_TITLES_ZH[t] ?? t) : t) });
    return c;
  };

  command("list", "")
    .option("--json", opt.json)
    .action(async (o: { json?: boolean }) => {
      code = await (await import("./commands/list.js")).runList(io, lang, Boolean(o.json));
    });
  command("init", "<template>")
    .option("-o, --output <file>", opt.dataOutput)
    .option("--force", opt.force)
    .option("--schema <file>", opt.schema)
    .option("--sheet", opt.sheet)
    .option("--from <last>", opt.from)
    .action(async (t: string, o: import("./commands/init.js").InitCliOptions) => {
      code = await (await import("./commands/init.js")).runInit(io, lang, t, o);
    });
  command("check", "<file> [data]")
    .option("--json", opt.json)
    .action(async (first: string, data: string | undefined, o: { json?: boolean }) => {
      if (data === undefined)
        code = await (await import("./commands/check-document.js")).runCheckDocument(io, lang, first, o);
      else code = await (await import("./commands/check.js")).runCheckData(io, lang, first, data, o);
    });
  command("scan", "<files...>")
    .option("--json", opt.json)
    .action(async (files: string[], o: { json?: boolean }) => {
      code = await (await import("./commands/scan.js")).runScan(io, lang, files, o);
    });
  command("import", "<raw>")
    .requiredOption("-o, --output <dir>", opt.importOutput)
    .option("--force", opt.importForce)
    .action(async (raw: string, o: { output: string; force?: boolean }) => {
      code = await (await import("./commands/import.js")).runImport(io, lang, raw, o);
    });
  command("schema", "<template>").action(async (t: string) => {
    code = await (await import("./commands/schema.js")).runSchema(io, lang, t);
  });
  command("extract", "<template> <finished>")
    .option("-o, --output <file>", opt.dataOutput)
    .option("--force", opt.force)
    .action(async (t: string, finished: string, o: { output?: string; force?: boolean }) => {
      code = await (await import("./commands/extract.js")).runExtract(io, lang, t, finished, o);
    });
  command("sync", "<template> <data>")
    .option("--dry-run", opt.dryRun)
    .action(async (t: string, data: string, o: { dryRun?: boolean }) => {
      code = await (await import("./commands/sync.js")).runSync(io, lang, t, data, o);
    });
  /** The options render and batch share: drafts, old-Notepad text, overwriting. */
  const writerOptions = (c: Command) =>
    c
      .option("--draft", opt.draft)
      .option("--windows", opt.windows)
      .option("--force", opt.force)
      .option("--layout <layout>", opt.layout)
      .option("--track-changes", opt.trackChanges);
  const render = command("render", "<template> [data]")
    .option("-o, --output <file>", opt.renderOutput)
    .option("--format <format>", opt.renderFormat)
    .option("--blank", opt.blank);
  writerOptions(render).action(async (t: string, data: string | undefined, o: Record<string, unknown>) => {
    code = await (await import("./commands/render.js")).runRender(io, lang, t, data, o);
  });

  const batch = command("batch", "<template> <data...>")
    .option("-o, --output <dir>", opt.batchOutput)
    .option("--format <format>", opt.batchFormat)
    .option("--jobs <n>", opt.jobs)
    .option("--json", opt.batchJson);
  writerOptions(batch).action(async (t: string, data: string[], o: import("./commands/batch.js").BatchCliOptions) => {
    code = await (await import("./commands/batch.js")).runBatch(io, lang, t, data, o);
  });

  command("serve", "<template> <data...>")
    .option("--port <n>", opt.port)
    .option("--no-open", opt.noOpen)
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
