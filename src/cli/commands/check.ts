import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import {
  checkData,
  checkDataFile,
  checkToJson,
  formatCheckText,
  isSheetPath,
  message,
  readSheet,
  sheetRows,
  type Lang,
  type Template,
} from "../../index.js";

/** `xfill check TEMPLATE DATA [--json]`: what is still unfilled, invalid or unknown in a data file. */
export async function runCheckData(
  io: CliIO,
  lang: Lang,
  templateName: string,
  dataPath: string,
  opts: { json?: boolean },
): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, false);
  if (!template) return EXIT.usage;
  if (isSheetPath(dataPath)) return checkSheet(io, lang, template, dataPath, opts);
  const outcome = await checkDataFile(template, dataPath);
  if (!outcome.ok) {
    printDiagnostics(io, outcome.diagnostics, lang);
    return EXIT.usage;
  }
  const report = checkToJson(template, dataPath, outcome.result, lang);
  if (opts.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else {
    printDiagnostics(io, [...outcome.result.errors, ...outcome.result.warnings], lang, {
      [dataPath]: outcome.data.text,
    });
    io.stdout(formatCheckText({ ...report, errors: [] }, lang, outcome.result.errors.length, outcome.data.text));
  }
  return report.complete ? EXIT.ok : EXIT.incomplete;
}

/** Every county row of a data sheet, each checked as a data file; exit 0 only when all are complete. */
async function checkSheet(
  io: CliIO,
  lang: Lang,
  template: Template,
  path: string,
  opts: { json?: boolean },
): Promise<number> {
  const sheet = await readSheet(path);
  if (!sheet.ok) {
    printDiagnostics(io, sheet.diagnostics, lang);
    return EXIT.usage;
  }
  const rows = sheetRows(template, sheet.rows, path);
  const reports = rows.map((r) => ({
    row: r.row,
    name: r.name,
    ...checkToJson(template, path, checkData(template, r.data), lang),
  }));
  const complete = reports.filter((r) => r.complete).length;
  if (opts.json) io.stdout(JSON.stringify(reports, null, 2) + "\n");
  else {
    for (const r of reports) {
      io.stdout(message("sheet-row-heading", lang, { path, row: r.row, name: r.name ? `：${r.name}` : "" }) + "\n");
      io.stdout(formatCheckText(r, lang) + "\n");
    }
    io.stdout(
      message("sheet-summary", lang, { rows: reports.length, complete, incomplete: reports.length - complete }) + "\n",
    );
  }
  return complete === reports.length ? EXIT.ok : EXIT.incomplete;
}
