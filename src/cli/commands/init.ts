import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import {
  buildSkeleton,
  dataJsonSchema,
  defaultSchemaPath,
  error,
  message,
  nextPeriod,
  readDataFile,
  readRegularFile,
  sheetSkeleton,
  withSchemaModeline,
  writeOutput,
  type Diagnostic,
  type Lang,
  type Template,
} from "../../index.js";

export interface InitCliOptions {
  output?: string;
  force?: boolean;
  from?: string;
  sheet?: boolean;
  /** Where to write the data file's JSON Schema (default: beside it), pointed at from its first line. */
  schema?: string;
}

/** `xfill init TEMPLATE [-o FILE] [--force] [--from LAST.yaml]`: the commented data-file skeleton, or next period's file. */
export async function runInit(io: CliIO, lang: Lang, templateName: string, opts: InitCliOptions): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, false);
  if (!template) return EXIT.usage;
  if (opts.sheet) return initSheet(io, lang, template, templateName, opts);
  const made = opts.from
    ? await fromLast(io, lang, template, opts.from)
    : { text: buildSkeleton(template, lang), done: "" };
  if (!made) return EXIT.usage;
  if (!opts.output) {
    io.stdout(made.text);
    return EXIT.ok;
  }
  const schemaPath = opts.schema ?? defaultSchemaPath(opts.output, template.dir);
  const schemaText = JSON.stringify(dataJsonSchema(template), null, 2) + "\n";
  const failed =
    (await writeSchema(schemaPath, schemaText, opts.force)) ??
    (await writeOutput(opts.output, withSchemaModeline(made.text, opts.output, schemaPath), opts.force)).diagnostics[0];
  if (failed) {
    printDiagnostics(io, [failed], lang);
    return EXIT.usage;
  }
  const done =
    made.done || message("init-done", lang, { path: opts.output, n: template.fields.length, template: templateName });
  io.stderr(done.replaceAll("{path}", opts.output) + "\n");
  return EXIT.ok;
}

/** Next period's file from last period's; undefined (after reporting) when that file cannot be read. */
async function fromLast(
  io: CliIO,
  lang: Lang,
  template: Template,
  path: string,
): Promise<{ text: string; done: string } | undefined> {
  const read = await readDataFile(path);
  if (!read.ok) {
    printDiagnostics(io, read.diagnostics, lang, read.text === undefined ? {} : { [path]: read.text });
    return undefined;
  }
  const next = nextPeriod(template, read.data, (value) => message("next-period-last", lang, { value }));
  const done = message("init-from-done", lang, {
    path: "{path}",
    kept: next.kept.length,
    emptied: next.emptied.length,
  });
  return { text: next.text, done };
}

/** `init --sheet -o 模板.xlsx` (or .csv): the empty data sheet, one county per row. */
async function initSheet(
  io: CliIO,
  lang: Lang,
  template: Template,
  templateName: string,
  opts: InitCliOptions,
): Promise<number> {
  if (!opts.output || !/\.(xlsx|csv)$/i.test(opts.output)) {
    printDiagnostics(io, [error("sheet-needs-output", {})], lang);
    return EXIT.usage;
  }
  const help = (key: string) => {
    const f = template.byKey.get(key);
    if (!f) return message(key === "document.date" ? "sheet-help-date" : "sheet-help-speaker", lang);
    const unit = f.unit ? message("skeleton-unit", lang, { unit: f.unit }) : "";
    const example = f.example !== undefined ? message("skeleton-example", lang, { example: String(f.example) }) : "";
    return `${f.label}${unit}${example}`;
  };
  const bytes = sheetSkeleton(template, opts.output.toLowerCase().endsWith(".csv") ? "csv" : "xlsx", help);
  const [failed] = (await writeOutput(opts.output, bytes, opts.force)).diagnostics;
  if (failed) {
    printDiagnostics(io, [failed], lang);
    return EXIT.usage;
  }
  io.stderr(
    message("init-sheet-done", lang, { path: opts.output, n: template.fields.length, template: templateName }) + "\n",
  );
  return EXIT.ok;
}

/** Writes the schema unless the same schema is already there (a second data file in one folder shares it). */
async function writeSchema(path: string, text: string, force?: boolean): Promise<Diagnostic | undefined> {
  // Read as any input is: a FIFO or device where the schema goes is refused, never waited on.
  const existing = await readRegularFile(path, { maxBytes: Buffer.byteLength(text) });
  if (existing.ok && Buffer.from(existing.bytes).toString("utf8") === text) return undefined;
  if (
    !existing.ok &&
    existing.diagnostics[0]?.code !== "file-not-found" &&
    existing.diagnostics[0]?.code !== "file-too-large"
  )
    return existing.diagnostics[0];
  return (await writeOutput(path, text, force)).diagnostics[0];
}
