import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { globToRegExp, hasGlobMagic } from "./glob-to-regexp.js";

/**
 * The files a glob matches, as paths written the way the pattern was (relative stays relative).
 * Walks only below the pattern's literal prefix, and only as deep as the pattern can reach; hidden
 * entries (our own `.name.tmp` files among them) are skipped, as shells do.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normal = process.platform === "win32" ? pattern.replace(/\\/g, "/") : pattern;
  const segments = normal.split("/");
  const firstMagic = segments.findIndex(hasGlobMagic);
  const base = firstMagic === 0 ? "" : segments.slice(0, firstMagic).join("/") || "/";
  const rest = segments.slice(firstMagic);
  const matcher = globToRegExp(rest.join("/"), process.platform === "win32" || process.platform === "darwin");
  const maxDepth = rest.some((s) => s.includes("**")) ? Infinity : rest.length;
  const relPaths: string[] = [];
  await walk(resolve(cwd, base || "."), "", 1, maxDepth, relPaths);
  return relPaths.filter((rel) => matcher.test(rel)).map((rel) => (base ? join(base, rel) : rel));
}

/** Collects files below dir (relative, `/`-separated); symlinked files count, symlinked folders are not entered (no cycles). */
async function walk(dir: string, rel: string, depth: number, maxDepth: number, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < maxDepth) await walk(full, childRel, depth + 1, maxDepth, out);
    } else if (e.isFile() || (e.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile())) {
      out.push(childRel);
    }
  }
}
