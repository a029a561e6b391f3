/** Facts about a rendered speech that are not in its text: shown under the title and in document properties. */
export interface RenderMeta {
  /** Document title property; the speech's own first line when not given. */
  title?: string;
  /** The county's name without 县, as the data file holds it. */
  county?: string;
  /** Who gives the speech, printed under the title as given. */
  speaker?: string;
  /** When, e.g. "2020年7月15日" (an ISO date is turned into that form). */
  date?: string;
}

/** The line printed under the title for the date: `（2020年7月15日）`, or undefined when there is no date. */
export function dateLine(date: string | undefined): string | undefined {
  const d = date?.trim();
  if (!d) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(d);
  const text = iso ? `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日` : d;
  return /^[（(].*[）)]$/.test(text) ? text : `（${text}）`;
}

/** The lines printed under the title, speaker first, then date; empty when meta supplies neither. */
export function bylines(meta: RenderMeta): string[] {
  const out: string[] = [];
  const speaker = meta.speaker?.trim();
  if (speaker) out.push(speaker);
  const date = dateLine(meta.date);
  if (date) out.push(date);
  return out;
}

/** The county as a place name for the document's subject: "青川" → "青川县"; a name already ending in 县/区/市/旗 stays. */
export function countySubject(county: string | undefined): string {
  const c = county?.trim() ?? "";
  if (!c) return "";
  return /[县区市旗]$/.test(c) ? c : `${c}县`;
}
