// Scan throughput: a ~50 MB corpus (the seed speech repeated) scanned by xfill against `grep -c X` over the
// same file, in the same run. Three xfill figures: the library (read + decode + scanText), the CLI's
// `check FILE` on the same corpus with every blank filled (the last check before print: nothing to report),
// and the CLI's `scan --json` (every one of ~200,000 placeholders written out as JSON).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeText } from "../dist/source/decode-text.js";
import { scanText } from "../dist/scan/scan-text.js";
import { median, timeSpawn } from "./lib/measure.mjs";
import { printTable, times } from "./lib/table.mjs";

const SEED = join(import.meta.dirname, "..", "test", "fixtures", "seed", "000_d3ce5c2aace7cd50.txt");
const BIN = join(import.meta.dirname, "..", "dist", "bin", "xfill.js");
const TARGET_MB = 50;

export async function scanBench({ rounds = 3 } = {}) {
  const seed = readFileSync(SEED, "utf8");
  const dir = mkdtempSync(join(tmpdir(), "xfill-scan-bench-"));
  try {
    const copies = Math.ceil((TARGET_MB * 1024 * 1024) / Buffer.byteLength(seed));
    const corpus = join(dir, "corpus.txt");
    const clean = join(dir, "clean.txt");
    writeFileSync(corpus, seed.repeat(copies));
    // Every blank filled: X → 5, the way a finished speech reads; "3+X" stays, as it should.
    writeFileSync(
      clean,
      seed
        .slice(seed.indexOf("\n", seed.indexOf("仅供学习") + 200))
        .replace(/(?<!3\+)X/g, "5")
        .repeat(copies),
    );
    const mb = readFileSync(corpus).length / 1024 / 1024;
    const runs = Math.max(3, rounds);
    const grep = median(
      Array.from({ length: runs }, () => timeSpawn("grep", ["-c", "X", corpus], { anyStatus: true })),
    );
    // A closer analogue of what a scanner does: every candidate character with its line and offset. Piped,
    // not sent to /dev/null: GNU grep stops at the first match when its output is /dev/null.
    const grepAll = median(
      Array.from({ length: runs }, () =>
        timeSpawn("sh", ["-c", `grep -o -n -b '[XxＸ×某○]' "${corpus}" | wc -l > /dev/null`]),
      ),
    );
    let found = 0;
    const lib = median(
      Array.from({ length: runs }, () => {
        const t = performance.now();
        const decoded = decodeText(readFileSync(corpus));
        found = scanText(decoded.text).placeholders.length;
        return performance.now() - t;
      }),
    );
    const checkClean = median(Array.from({ length: runs }, () => timeSpawn(process.execPath, [BIN, "check", clean])));
    const scanJson = median(
      Array.from({ length: runs }, () =>
        timeSpawn("sh", ["-c", `"${process.execPath}" "${BIN}" scan "${corpus}" --json > /dev/null`]),
      ),
    );
    const rows = [
      ["grep -c X (baseline)", grep.toFixed(0), (mb / (grep / 1000)).toFixed(0), "1.00×"],
      [
        "grep -o -n -b '[XxＸ×某○]' (every candidate, placed)",
        grepAll.toFixed(0),
        (mb / (grepAll / 1000)).toFixed(0),
        times(grepAll / grep),
      ],
      [
        `scanText: read + decode + scan (${found} placeholders)`,
        lib.toFixed(0),
        (mb / (lib / 1000)).toFixed(0),
        times(lib / grep),
      ],
      [
        "xfill check FILE, finished speech (CLI)",
        checkClean.toFixed(0),
        (mb / (checkClean / 1000)).toFixed(0),
        times(checkClean / grep),
      ],
      [
        "xfill scan --json (CLI, all placeholders as JSON)",
        scanJson.toFixed(0),
        (mb / (scanJson / 1000)).toFixed(0),
        times(scanJson / grep),
      ],
    ];
    printTable(`Scan throughput — ${mb.toFixed(1)} MB, median of ${runs}`, ["", "ms", "MB/s", "vs grep"], rows);
    return {
      mb,
      placeholders: found,
      ms: { grep, grepAll, scanText: lib, checkClean, scanJson },
      ratio: {
        grepAll: grepAll / grep,
        scanText: lib / grep,
        checkClean: checkClean / grep,
        scanJson: scanJson / grep,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
