import { createTwoFilesPatch } from "diff";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import { message, readDataFile, readRegularFile, syncData, writeOutput, type Lang } from "../../index.js";

/**
 * `xfill sync TEMPLATE DATA [--dry-run]`: brings a data file in line with a changed template. Exit 0 when
 * done or nothing to do; with --dry-run, 1 when there are changes to make (like diff); 2 on a broken file.
 */
export async function runSync(
  io: CliIO,
  lang: Lang,
  templateName: string,
  path: string,
  opts: { dryRun?: boolean },
): Promise<number> {
  const template = await loadTemplateOrReport(io, templateName, lang, false);
  if (!template) return EXIT.usage;
  const read = await readDataFile(path);
  if (!read.ok) {
    printDiagnostics(io, read.diagnostics, lang, read.text === undefined ? {} : { [path]: read.text });
    if (read.text !== undefined) io.stderr(message("sync-unfit", lang, { path }) + "\n");
    return EXIT.usage;
  }
  const result = syncData(template, read.data, lang, message("sync-removed-heading", lang));
  if (result.text === read.data.text) {
    io.stderr(message("sync-in-line", lang, { path }) + "\n");
    return EXIT.ok;
  }
  const lines: string[] = [];
  const list = (keys: string[]) => keys.join(lang === "zh" ? "、" : ", ");
  if (result.added.length)
    lines.push(message("sync-added", lang, { n: result.added.length, keys: list(result.added) }));
  for (const r of result.renamed)
    lines.push(message("sync-renamed", lang, { from: r.from, to: r.to, by: message(`sync-by-${r.by}`, lang) }));
  if (result.removed.length)
    lines.push(message("sync-removed", lang, { n: result.removed.length, keys: list(result.removed) }));
  if (opts.dryRun) {
    // Hunks from jsdiff; the header written here, since jsdiff escapes non-ASCII names (某县.yaml) as octal.
    const patch = createTwoFilesPatch(path, path, read.data.text, result.text, "", "", { context: 3 });
    io.stdout(`--- ${path}\n+++ ${path}\n${patch.slice(patch.indexOf("@@")).replace(/\n?$/, "\n")}`);
    io.stderr([...lines, message("sync-dry-run", lang)].join("\n") + "\n");
    return EXIT.incomplete;
  }
  const bak = `${path}.bak`;
  // The old file's bytes as they were (whatever their encoding), then the new text over the original, each atomically.
  // Re-read as any input is (a regular file, capped): the data file may have been swapped since it was read.
  const old = await readRegularFile(path, { maxBytes: 4 * Buffer.byteLength(read.data.text) + 4 });
  const failed =
    old.diagnostics[0] ??
    (old.ok ? (await writeOutput(bak, old.bytes, true)).diagnostics[0] : undefined) ??
    (await writeOutput(path, result.text, true)).diagnostics[0];
  if (failed) {
    printDiagnostics(io, [failed], lang);
    return EXIT.usage;
  }
  io.stderr([...lines, message("sync-done", lang, { path, bak })].join("\n") + "\n");
  return EXIT.ok;
}
