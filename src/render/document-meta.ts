import type { FieldStatus } from "../check/check-data.js";
import type { DocumentMeta } from "./encode-document.js";

/** Document properties from a rendered speech: its first line as title, the county field's value as county. */
export function documentMeta(statuses: readonly FieldStatus[], text: string): DocumentMeta {
  const title = text.split(/\r?\n/).find((l) => l.trim() !== "")?.trim();
  const county = statuses.find((s) => s.field.kind === "county" && s.status === "filled")?.text;
  return { title, county };
}
