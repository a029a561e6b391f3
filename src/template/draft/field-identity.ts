import type { ScannedPlaceholder } from "../../scan/types.js";

// Titles a person is named by; a modifier (副, 常务副, 党组 …) makes another role than the bare title.
const TITLE =
  "(?:党组|党委|常务|执行)?副?(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|院长|检察长|厅长|处长|科长|所长|" +
  "站长|校长|行长|秘书长|总经理|董事长|经理)";
const TITLE_AFTER = new RegExp(`^[ \\u3000]*(${TITLE}|同志)`);
const TITLE_BEFORE = new RegExp(`(${TITLE})[ \\u3000]*$`);
// What joins the members of one enumeration: XX局长、XX局长 / XX水库和XX水库 / XX同志(…)及XX同志.
const JOINER = "[ \\u3000]*(?:[（(][^）)\\n]{0,8}[）)])?[ \\u3000]*(?:[、，,]|以及|和|与|及|同|跟)[ \\u3000]*";
const MASK_CHAR = "Xx\\uFF38\\u00D7*某○";

/**
 * Which blanks are one thing, and so one field: every blank of the document's own county or town, however
 * masked (XX, XX县, X县, 某县); a person masked alike with the same role (XX书记 … XX书记; 县长XX同志 … 县长XX同志,
 * never 副县长XX同志; never one after a colon, where a roster names each post's holder); a name masked alike
 * before the same words (XX产业园 … XX产业园). Masks that are members of one enumeration ("XX局长、XX局长", "XX水库、XX水库") are different things, so that mask and suffix name
 * nothing for sure anywhere in the document: none of them is merged. Figures are never merged: two equal masks
 * before 亿元 are two figures. Returns an identity per blank; blanks that share one share a field.
 */
export function fieldIdentity(text: string, p: ScannedPlaceholder, index: number): string {
  const spaced = p.text.replace(/\s+/g, "");
  // However written (XX, 某, X): one field, whose slots each keep their own spelling for `render --blank`.
  if (p.kind === "county") return "county";
  const after = text.slice(p.offset + p.length);
  if (p.kind === "person") {
    const lead = text.slice(Math.max(0, p.offset - 12), p.offset);
    // A roster ("党委书记：xx党委副书记：xx") names each person after a colon; what follows is the next post.
    if (/[:：][ \u3000]*$/.test(lead)) return `#${index}`;
    const title = TITLE_AFTER.exec(after)?.[1];
    if (!title || enumerated(text, spaced, title)) return `#${index}`;
    const before = TITLE_BEFORE.exec(lead)?.[1] ?? "";
    return `person:${spaced}:${before}:${title}`;
  }
  if (p.kind === "place" || p.kind === "name") {
    const rest = /^[ \u3000]*([\u4e00-\u9fff]{2,4})/.exec(after)?.[1];
    if (rest && !enumerated(text, spaced, rest)) return `${p.kind}:${spaced}:${rest}`;
  }
  return `#${index}`;
}

/** Whether the text lists the mask with this suffix twice in one enumeration (XX局长、XX局长). */
function enumerated(text: string, mask: string, suffix: string): boolean {
  const m = [...mask].map(escape).join("[ \\u3000]*");
  const one = `(?<![${MASK_CHAR}])${m}[ \\u3000]*${escape(suffix)}`;
  return new RegExp(`${one}${JOINER}(?:${TITLE})?[ \\u3000]*${one}`).test(text);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
