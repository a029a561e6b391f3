import { measureOf } from "./field-label.js";
import type { Kind } from "../../kinds/kind-names.js";

/** What telling labels apart needs to know of a field. */
interface Labelled {
  label: string;
  kind: string;
  unit?: string;
  lead: string;
  after: string;
  /** The heading of the part it stands in, if any. */
  sectionName?: string;
}

/**
 * Makes every label unique with words rather than numbers: fields that came out alike get the heading of
 * their part of the document, the lead of their clause (上半年, 1-5月), then what their unit measures (户数, 面积), then the words that follow them.
 */
export function distinctLabels(fields: Labelled[]): void {
  const steps: ((f: Labelled, group: Labelled[]) => string)[] = [
    // In another part of the document: that part's heading (地区生产总值（下半年工作安排）).
    (f, group) =>
      f.sectionName && f.sectionName !== group[0]!.sectionName ? `${f.label}（${f.sectionName}）` : f.label,
    (f) => (f.lead && !f.label.startsWith(f.lead) ? `${f.lead}${f.label}` : f.label),
    (f) =>
      f.unit && !f.label.endsWith(measureOf(f.kind as Kind, f.unit))
        ? `${f.label}${measureOf(f.kind as Kind, f.unit)}`
        : f.label,
    (f) => (f.after ? `${f.label}（${[...f.after].slice(0, 8).join("")}）` : f.label),
  ];
  for (const step of steps) {
    const groups = new Map<string, Labelled[]>();
    for (const f of fields) groups.set(f.label, [...(groups.get(f.label) ?? []), f]);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const next = group.map((f) => step(f, group));
      group.forEach((f, i) => (f.label = next[i]!));
    }
  }
  const seen = new Map<string, number>();
  for (const f of fields) {
    const n = (seen.get(f.label) ?? 0) + 1;
    seen.set(f.label, n);
    if (n > 1) f.label = `${f.label}（另一项${n > 2 ? n - 1 : ""}）`;
  }
}
