import type { Template } from "./template.js";

/** The Chinese heading of a key's section (its first segment), from fields.yaml's `sections`. */
export function sectionOf(template: Template, key: string): string {
  const parts = key.split(".");
  const first = parts[0]!;
  // Own properties only: a key named "constructor" must not find Object's constructor as its heading.
  const heading = (k: string) => (Object.hasOwn(template.sections, k) ? template.sections[k] : undefined);
  // A flat template (e.g. one drafted by import) has no sections: its report is one list.
  if (parts.length === 1 && heading(first) === undefined) return "";
  return heading(parts.slice(0, 2).join(".")) ?? heading(first) ?? first;
}
