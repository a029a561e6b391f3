import { extname } from "node:path";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import {
  extractValues,
  extractedDataFile,
  fieldTitle,
  message,
  readDocument,
  writeOutput,
  type Lang,
} from "../../index.js";

/**
 * `xfill extract TEMPLATE FINISHED [-o DATA.yaml] [--force]`: last year's finished speech back into a data file.
 * Exit 0 when every field was recovered, 1 when some were left empty (each with its reason), 2 on I/O errors.
 */
export async function runExtract(
  io: CliIO,
  lang: Lang,
  templateName: string,
  finished: string,
  opts: { output?: string; force?: boolean },
): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, true);
  if (!template) return EXIT.usage;
  const read = await readDocument(finished);
  if (!read.ok) {
    printDiagnostics(io, read.diagnostics, lang);
    return EXIT.usage;
  }
  const ext = extname(finished).toLowerCase();
  const format = ext === ".docx" ? "docx" : ext === ".md" || ext === ".markdown" ? "md" : "txt";
  const fields = await extractValues(template, read.text, format);
  const text = extractedDataFile(template, fields, lang);
  if (opts.output) {
    const [failed] = (await writeOutput(opts.output, text, opts.force)).diagnostics;
    if (failed) {
      printDiagnostics(io, [failed], lang);
      return EXIT.usage;
    }
  } else io.stdout(text);
  const missing = fields.filter((f) => !f.ok);
  const path = opts.output ?? "-";
  const lines = [
    message(missing.length ? "extract-done" : "extract-all", lang, {
      path,
      found: fields.length - missing.length,
      missing: missing.length,
    }),
  ];
  for (const f of missing) {
    if (f.ok) continue;
    lines.push(
      message("extract-missing-item", lang, {
        field: fieldTitle(f.field.label, f.field.key, lang),
        reason: message(`extract-${f.problem}`, lang, { found: f.found ?? "" }),
      }),
    );
  }
  io.stderr(lines.join("\n") + "\n");
  return missing.length ? EXIT.incomplete : EXIT.ok;
}
