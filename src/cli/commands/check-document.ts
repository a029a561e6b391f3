import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import {
  LineCounter,
  bracketMarker,
  error,
  warning,
  findLeftovers,
  findWebLines,
  formatMessage,
  highlightInClause,
  message,
  placeText,
  readDocument,
  type Diagnostic,
  type Lang,
} from "../../index.js";

/** Problems printed in full before the rest are summed up. */
const MAX_SHOWN = 100;

/**
 * `xfill check FILE [--json]`: the last check before print — every placeholder, draft mark or template
 * slot still in a finished document, with line, column and clause, and any line of web-page or advert text
 * that came along with a copied template. Exit 1 if any, 0 if none.
 */
export async function runCheckDocument(io: CliIO, lang: Lang, file: string, opts: { json?: boolean }): Promise<number> {
  const read = await readDocument(file);
  if (!read.ok) {
    printDiagnostics(io, read.diagnostics, lang);
    return EXIT.usage;
  }
  const { text } = read;
  const word = read.word?.text;
  const { leftovers, scan } = findLeftovers(text, word ? { cellHeadersAt: word.cellHeadersAt } : {});
  if (scan.truncated)
    printDiagnostics(io, [warning("placeholder-limit", { file, params: { max: scan.truncated.max } })], lang);
  // The scanner has placed its own finds; only draft marks and slots need a LineCounter, built if any.
  let lines: LineCounter | undefined;
  const byOffset = new Map(scan.placeholders.map((p) => [p.offset, p]));
  const toDiagnostic = (l: (typeof leftovers)[number]): Diagnostic => {
    const p = byOffset.get(l.offset);
    // A blank of spaces (请假        名) is named as such: quoting the spaces would show nothing.
    const spaces = l.kind === "placeholder" && /^[ \u3000]+$/.test(l.text);
    const code = spaces
      ? "leftover-spaces"
      : l.kind === "placeholder"
        ? "leftover-placeholder"
        : (`leftover-${l.kind}` as const);
    return error(code, {
      file,
      ...(p ? { line: p.line, column: p.column } : (lines ??= new LineCounter(text)).linePos(l.offset)),
      ...(word ? { place: placeText(word.placeAt(l.offset)!, lang) } : {}),
      length: [...l.text].length,
      key: p?.key,
      label: p?.label,
      params: {
        found: l.text,
        ...(spaces ? { count: [...l.text].length } : {}),
        kind: p?.kind,
        context: highlightInClause(text, l.offset, l.length, l.kind === "placeholder" ? bracketMarker : (s) => s),
      },
    });
  };
  const web = findWebLines(text).map((w) =>
    error("web-line", {
      file,
      ...(lines ??= new LineCounter(text)).linePos(w.offset),
      ...(word ? { place: placeText(word.placeAt(w.offset)!, lang) } : {}),
      length: [...w.text].length,
      params: { found: w.text, reason: message(`web-reason-${w.reason}`, lang) },
    }),
  );
  const complete = leftovers.length === 0 && web.length === 0;
  if (opts.json) {
    const diagnostics = leftovers.map(toDiagnostic);
    const entry = (d: Diagnostic) => ({
      key: d.key ?? "",
      label: d.label ?? "",
      file,
      line: d.line!,
      column: d.column!,
      ...(d.place ? { place: d.place } : {}),
      code: d.code,
      text: String(d.params!.found),
      kind: d.params!.kind,
      message: formatMessage(d, lang),
    });
    const invalid = web.map(entry);
    io.stdout(
      JSON.stringify(
        { complete, file, unfilled: diagnostics.map(entry), invalid, unknown: [], ignored: scan.ignored },
        null,
        2,
      ) + "\n",
    );
    return complete ? EXIT.ok : EXIT.incomplete;
  }
  // A clerk reads the first hundred; a document with more is not nearly finished, and --json has them all.
  printDiagnostics(io, leftovers.slice(0, MAX_SHOWN).map(toDiagnostic), lang, { [file]: text });
  if (leftovers.length > MAX_SHOWN)
    io.stderr(message("more-not-shown", lang, { n: leftovers.length - MAX_SHOWN }) + "\n");
  printDiagnostics(io, web, lang, { [file]: text });
  const summary = [
    ...(leftovers.length > 0 ? [message("document-leftovers", lang, { file, n: leftovers.length })] : []),
    ...(web.length > 0 ? [message("document-web-lines", lang, { file, n: web.length })] : []),
  ];
  if (complete) io.stdout(message("document-clean", lang, { file }) + "\n");
  else io.stderr(summary.join("\n") + "\n");
  return complete ? EXIT.ok : EXIT.incomplete;
}
