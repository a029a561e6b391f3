import { mkdir, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import {
  draftTemplate,
  error,
  fieldTitle,
  message,
  readDocument,
  slotWordPackage,
  writeOutput,
  type DroppedLine,
  type Lang,
} from "../../index.js";

/**
 * `xfill import RAW -o DIR [--force]`: a template folder drafted from a raw document. Exit 1, writing
 * nothing, when more than a quarter of the document would be left out as web or advert text.
 */
export async function runImport(
  io: CliIO,
  lang: Lang,
  raw: string,
  opts: { output: string; force?: boolean },
): Promise<number> {
  const read = await readDocument(raw);
  if (!read.ok) {
    printDiagnostics(io, read.diagnostics, lang);
    return EXIT.usage;
  }
  // A Word file's headers and footers stay in template.docx: template.hbs prints the body and its notes only.
  const word = read.word?.text;
  const printedEnd = word?.lines.find((l) => l.part.story === "header" || l.part.story === "footer")?.offset;
  const drafted = draftTemplate(
    read.text,
    basename(raw),
    word ? { cellHeadersAt: word.cellHeadersAt, printedEnd, paragraphs: true } : {},
  );
  if (!drafted.ok) {
    printDiagnostics(
      io,
      drafted.diagnostics.map((d) => ({ ...d, file: raw })),
      lang,
    );
    printDropped(io, lang, drafted.dropped ?? []);
    return EXIT.incomplete;
  }
  const draft = drafted.draft;
  const dir = opts.output;
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0 && !opts.force) {
    printDiagnostics(io, [error("output-dir-not-empty", { file: dir })], lang);
    return EXIT.usage;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    printDiagnostics(
      io,
      [error("write-error", { file: dir, params: { errno: (e as NodeJS.ErrnoException).code ?? "?" } })],
      lang,
    );
    return EXIT.usage;
  }
  const files: [string, string | Uint8Array][] = [
    ["template.hbs", draft.templateText],
    ["fields.yaml", draft.fieldsYaml],
    ["README.md", draft.readme],
  ];
  // A Word original is kept with each blank turned into its slot, for render to fill in place.
  if (read.word) files.push(["template.docx", slotWordPackage(read.word.pkg, read.word.text, draft.slots)]);
  for (const [name, content] of files) {
    const written = await writeOutput(join(dir, name), content, true);
    if (!written.ok) {
      printDiagnostics(io, written.diagnostics, lang);
      return EXIT.usage;
    }
  }
  printDiagnostics(
    io,
    drafted.diagnostics.map((d) => ({ ...d, file: raw })),
    lang,
  );
  io.stderr(message("import-done", lang, { dir, fields: draft.fieldCount, slots: draft.slotCount }) + "\n");
  if (draft.merges.length > 0) {
    io.stderr(message("import-merged", lang) + "\n");
    for (const m of draft.merges)
      io.stderr(`  ${fieldTitle(m.label, m.key)}：${m.texts.length} 处，写作 ${[...new Set(m.texts)].join("、")}\n`);
  }
  if (draft.rejoined > 0) io.stderr(message("import-rejoined", lang, { n: draft.rejoined }) + "\n");
  if (draft.dropped.length > 0) {
    io.stderr(message("import-dropped", lang, { n: draft.dropped.length }) + "\n");
    printDropped(io, lang, draft.dropped);
  }
  return EXIT.ok;
}

/** Every left-out line with its number in the raw document and why it was taken for web text. */
function printDropped(io: CliIO, lang: Lang, dropped: readonly DroppedLine[]): void {
  for (const d of dropped) io.stderr(`  ${d.line}: ${d.text.trim()}（${message(`web-reason-${d.reason}`, lang)}）\n`);
}
