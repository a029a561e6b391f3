import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { expandGlob } from "./expand-glob.js";
import { hasGlobMagic } from "./glob-to-regexp.js";

/** What the DATA arguments of a batch came to. */
export interface ExpandedInputs {
  /** Data files in argument order, each once; a named file that does not exist is kept, to be reported as unreadable. */
  files: string[];
  /** Folders and patterns that matched no data file. */
  unmatched: string[];
}

/** Pinyin order with numbers compared as numbers, the order a Chinese office lists its counties in. */
const collator = new Intl.Collator("zh-CN", { numeric: true });
const DATA_EXT = /\.ya?ml$/i;

/**
 * Expands DATA arguments: a file stands for itself, a folder for its *.yaml / *.yml files (not its
 * subfolders), a pattern with `*`, `?` or `**` for the files it matches.
 */
export async function expandDataInputs(args: readonly string[], cwd: string = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const matches = await expandOne(arg, cwd);
    if (matches.length === 0) unmatched.push(arg);
    for (const m of matches) {
      const key = resolve(cwd, m);
      if (!seen.has(key)) {
        seen.add(key);
        files.push(m);
      }
    }
  }
  return { files, unmatched };
}

async function expandOne(arg: string, cwd: string): Promise<string[]> {
  const info = await stat(resolve(cwd, arg)).catch(() => undefined);
  if (info?.isDirectory()) {
    const entries = await readdir(resolve(cwd, arg), { withFileTypes: true });
    const names = entries
      .filter((e) => !e.name.startsWith(".") && DATA_EXT.test(e.name) && !e.isDirectory())
      .map((e) => e.name);
    return names.sort(collator.compare).map((n) => join(arg, n));
  }
  if (info || !hasGlobMagic(arg)) return [arg];
  return (await expandGlob(arg, cwd)).sort(collator.compare);
}
