import { buildSkeleton } from "../../data/skeleton.js";
import type { Lang } from "../../diagnostics/lang.js";
import { message } from "../../diagnostics/format-message.js";
import { writeOutput } from "../../render/write-output.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";

/** `xfill init TEMPLATE [-o FILE] [--force]`: the commented data-file skeleton. */
export async function runInit(io: CliIO, lang: Lang, templateName: string, opts: { output?: string; force?: boolean }): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, false);
  if (!template) return EXIT.usage;
  const text = buildSkeleton(template, lang);
  if (!opts.output) {
    io.stdout(text);
    return EXIT.ok;
  }
  const failed = await writeOutput(opts.output, text, opts.force);
  if (failed) {
    printDiagnostics(io, [failed], lang);
    return EXIT.usage;
  }
  io.stderr(message("init-done", lang, { path: opts.output, n: template.fields.length, template: templateName }) + "\n");
  return EXIT.ok;
}
