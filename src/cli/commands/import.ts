import { mkdir, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { error } from "../../diagnostics/diagnostic.js";
import { message } from "../../diagnostics/format-message.js";
import type { Lang } from "../../diagnostics/lang.js";
import { writeOutput } from "../../render/write-output.js";
import { readDocument } from "../../source/read-document.js";
import { draftTemplate } from "../../template/draft-template.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";

/** `xfill import RAW -o DIR [--force]`: a template folder drafted from a raw document. */
export async function runImport(io: CliIO, lang: Lang, raw: string, opts: { output: string; force?: boolean }): Promise<number> {
  const read = await readDocument(raw);
  if (!read.ok) {
    printDiagnostics(io, [read.diagnostic], lang);
    return EXIT.usage;
  }
  const dir = opts.output;
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0 && !opts.force) {
    printDiagnostics(io, [error("output-dir-not-empty", { file: dir, params: { path: dir } })], lang);
    return EXIT.usage;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    printDiagnostics(io, [error("write-error", { file: dir, params: { path: dir, detail: (e as Error).message } })], lang);
    return EXIT.usage;
  }
  const draft = draftTemplate(read.text, basename(raw));
  for (const [name, content] of [["template.hbs", draft.templateText], ["fields.yaml", draft.fieldsYaml], ["README.md", draft.readme]] as const) {
    const failed = await writeOutput(join(dir, name), content, true);
    if (failed) {
      printDiagnostics(io, [failed], lang);
      return EXIT.usage;
    }
  }
  io.stderr(message("import-done", lang, { dir, fields: draft.fieldCount, slots: draft.slotCount, dropped: draft.dropped.length }) + "\n");
  for (const d of draft.dropped) io.stderr(`  ${d.line}: ${d.text}\n`);
  return EXIT.ok;
}
