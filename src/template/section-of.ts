import type { Template } from "./template.js";

/** The Chinese heading of a key's section (its first segment), from fields.yaml's `sections`. */
export function sectionOf(template: Template, key: string): string {
  const parts = key.split(".");
  const first = parts[0]!;
  // A flat template (e.g. one drafted by import) has no sections: its report is one list.
  if (parts.length === 1 && !(first in template.sections)) return "";
  return template.sections[parts.slice(0, 2).join(".")] ?? template.sections[first] ?? first;
}
