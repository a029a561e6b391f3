import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.js";

/** A hand label of one X of the seed (seed-labels.tsv): its place, the kinds it may be given, a note. */
export interface SeedLabel {
  line: number;
  column: number;
  kinds: string[];
  note: string;
}

/** Every hand label of the seed in the order of the text; "3+X" is the one of kind "literal". */
export const SEED_LABELS: SeedLabel[] = readFileSync(join(ROOT, "test", "fixtures", "seed", "seed-labels.tsv"), "utf8")
  .split("\n")
  .filter((row) => row.trim() !== "" && !row.startsWith("#"))
  .map((row) => {
    const [line, column, kinds, note = ""] = row.split("\t");
    return { line: Number(line), column: Number(column), kinds: kinds!.split("|"), note };
  });
