import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TemplateAnalysis } from "./analyse-template.js";
import { builtinTemplatesDir } from "./find-template.js";

/**
 * The built-in templates, analysed at build time (scripts/build/build-template-cache.mjs), so that a run does not
 * parse their fields.yaml and template.hbs again. An entry holds the two texts it was made from and is used
 * only while both files still read exactly so (a string comparison: no hash to compute on every run).
 */
export function cacheFile(name: string): string {
  return join(builtinTemplatesDir(), "..", "dist", "template-cache", `${name}.json`);
}

/** The cached analysis of a built-in template, or undefined when there is none or the files changed. */
export function readCachedAnalysis(
  name: string,
  templateText: string,
  fieldsText: string,
): TemplateAnalysis | undefined {
  try {
    const entry = JSON.parse(readFileSync(cacheFile(name), "utf8")) as CacheEntry;
    if (entry.templateText !== templateText || entry.fieldsText !== fieldsText) return undefined;
    const { fields, slots } = entry.analysis;
    return { slots, fields: { ...fields, places: new Map(fields.places), rejected: new Set() } };
  } catch {
    return undefined;
  }
}

/** The JSON form of an analysis (Maps as entry lists). */
export function serialiseAnalysis(templateText: string, fieldsText: string, a: TemplateAnalysis): string {
  const analysis: SerialisedAnalysis = {
    slots: a.slots,
    fields: { ...a.fields, places: [...a.fields.places], rejected: undefined },
  };
  const entry: CacheEntry = { templateText, fieldsText, analysis };
  return JSON.stringify(entry);
}

/** A cache file: the analysis and the two texts it was made from. */
interface CacheEntry {
  templateText: string;
  fieldsText: string;
  analysis: SerialisedAnalysis;
}

interface SerialisedAnalysis {
  slots: TemplateAnalysis["slots"];
  fields: Omit<TemplateAnalysis["fields"], "places" | "rejected"> & {
    places: [string, { line: number; column: number }][];
    rejected?: undefined;
  };
}
