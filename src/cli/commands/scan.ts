import { formatScanText } from "../format-scan-text.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import {
  ansiMarker,
  bracketMarker,
  placeText,
  readDocument,
  scanText,
  scanToJson,
  warning,
  type Lang,
  type ScanJson,
} from "../../index.js";

/** `xfill scan FILE… [--json]`: every placeholder in any document, with its kind. Exit 2 if a file cannot be read. */
export async function runScan(io: CliIO, lang: Lang, files: string[], opts: { json?: boolean }): Promise<number> {
  const docs: ScanJson[] = [];
  let failed = false;
  for (const file of files) {
    const read = await readDocument(file);
    if (!read.ok) {
      printDiagnostics(io, read.diagnostics, lang);
      failed = true;
      continue;
    }
    const word = read.word?.text;
    const result = scanText(read.text, word ? { cellHeadersAt: word.cellHeadersAt } : {});
    if (result.truncated)
      printDiagnostics(io, [warning("placeholder-limit", { file, params: { max: result.truncated.max } })], lang);
    const placeAt = word ? (offset: number) => placeText(word.placeAt(offset)!, lang) : undefined;
    if (opts.json) docs.push(scanToJson(file, result, lang, placeAt));
    else
      io.stdout(
        formatScanText(
          file,
          read.text,
          result,
          lang,
          io.isTTY && !io.env.NO_COLOR ? ansiMarker : bracketMarker,
          placeAt,
        ),
      );
  }
  if (opts.json) io.stdout(JSON.stringify(files.length === 1 ? (docs[0] ?? null) : docs, null, 2) + "\n");
  return failed ? EXIT.usage : EXIT.ok;
}
