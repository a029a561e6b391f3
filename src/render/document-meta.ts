import type { FieldStatus } from "../check/check-data.js";
import type { DataFile } from "../data/data-file.js";
import { documentInfo } from "../data/document-info.js";
import type { Template } from "../template/template.js";
import type { DocumentMeta } from "./encode-document.js";
import { titleLine } from "../source/title-line.js";

/** Document properties for a rendered speech: its title line (titleLine), the county, and speaker and date if given. */
export function documentMeta(
  template: Template,
  statuses: readonly FieldStatus[],
  text: string,
  data?: DataFile,
): DocumentMeta {
  const title = titleLine(text) || undefined;
  const county = statuses.find((s) => s.field.kind === "county" && s.status === "filled")?.text;
  const { speaker, date } = data ? documentInfo(template, data) : {};
  return { title, county, speaker, date };
}
