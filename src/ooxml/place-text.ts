import { message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import type { Place } from "./paragraphs.js";

/** A place in a Word file as a person looks for it: 页眉, 脚注1, 表1 第2行第3列, 文本框1, 第3段. */
export function placeText(place: Place, lang: Lang): string {
  const parts: string[] = [];
  if (place.story === "header" || place.story === "footer") parts.push(message(`place-${place.story}`, lang));
  if (place.story === "footnote" || place.story === "endnote")
    parts.push(message(`place-${place.story}`, lang, { n: place.note }));
  if (place.textBox !== undefined) parts.push(message("place-text-box", lang, { n: place.textBox }));
  if (place.table !== undefined)
    parts.push(message("place-table", lang, { table: place.table, row: place.row, column: place.column }));
  else if (place.paragraph !== undefined) parts.push(message("place-paragraph", lang, { n: place.paragraph }));
  return parts.join(" ");
}
