import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TemplateAnalysis } from "./analyse-template.js";
import { builtinTemplatesDir } from "./find-template.js";

/**
 * The built-in templates, analysed at build time (scripts/build/build-template-cache.mjs), so that a run does not
 * parse their fields.yaml and template.hbs again. An entry is used only while both files are unchanged.
 */
export function cacheFile(name: string): string {
  return join(builtinTemplatesDir(), "..", "dist", "template-cache", `${name}.json`);
}

/** A fingerprint of both files: FNV-1a over their text (enough to notice an edit; not a security measure). */
function fingerprint(templateText: string, fieldsText: string): string {
  let h = 0x811c9dc5;
  const s = templateText + "\u0000" + fieldsText;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}-${s.length}`;
}

/** The cached analysis of a built-in template, or undefined when there is none or the files changed. */
export function readCachedAnalysis(
  name: string,
  templateText: string,
  fieldsText: string,
): TemplateAnalysis | undefined {
  try {
    const entry = JSON.parse(readFileSync(cacheFile(name), "utf8")) as {
      fingerprint: string;
      analysis: SerialisedAnalysis;
    };
    if (entry.fingerprint !== fingerprint(templateText, fieldsText)) return undefined;
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
  return JSON.stringify({ fingerprint: fingerprint(templateText, fieldsText), analysis });
}

interface SerialisedAnalysis {
  slots: TemplateAnalysis["slots"];
  fields: Omit<TemplateAnalysis["fields"], "places" | "rejected"> & {
    places: [string, { line: number; column: number }][];
    rejected?: undefined;
  };
}
