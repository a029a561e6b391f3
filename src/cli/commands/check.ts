import { checkDataFile } from "../../check/check-data-file.js";
import { checkToJson } from "../../check/check-json.js";
import { formatCheckText } from "../../check/format-check-text.js";
import type { Lang } from "../../diagnostics/lang.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";

/** `xfill check TEMPLATE DATA [--json]`: what is still unfilled, invalid or unknown in a data file. */
export async function runCheckData(io: CliIO, lang: Lang, templateName: string, dataPath: string, opts: { json?: boolean }): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, false);
  if (!template) return EXIT.usage;
  const outcome = await checkDataFile(template, dataPath);
  if (!outcome.ok) {
    printDiagnostics(io, [outcome.diagnostic], lang);
    return EXIT.usage;
  }
  const report = checkToJson(template, dataPath, outcome.result, lang);
  if (opts.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else {
    printDiagnostics(io, [...outcome.result.errors, ...outcome.result.warnings], lang, { [dataPath]: outcome.data.text });
    io.stdout(formatCheckText({ ...report, errors: [] }, lang, outcome.result.errors.length, outcome.data.text));
  }
  return report.complete ? EXIT.ok : EXIT.incomplete;
}
