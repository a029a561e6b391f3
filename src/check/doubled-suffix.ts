import { warning, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Template } from "../template/template.js";
import type { FieldStatus } from "./check-data.js";

/** Kinds whose value is a name that the template may already follow with its suffix (X镇, XX芯, X书记). */
const NAME_KINDS = new Set(["county", "place", "person", "name"]);

/**
 * A character after a slot that starts the sentence's next words rather than ending the name: "华为" before
 * "为全县…" is no doubling, "柳河镇" before "镇党委" is.
 */
const NEXT_WORD = /^[的地得为和与及或在是对将被把等了到从向以于也都就才又还而并之其、，。；：！？\s]/u;

/**
 * Values typed with the suffix the template already prints right after the slot ("柳河镇" into "X镇" gives
 * "柳河镇镇", "华芯" into "XX芯" gives "华芯芯"): a warning at the value, naming the field's label.
 */
export function doubledSuffixes(template: Template, fields: FieldStatus[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const followers = textAfterSlots(template);
  for (const s of fields) {
    if (s.status !== "filled" || !s.text || !s.entry || !NAME_KINDS.has(s.field.kind)) continue;
    for (const after of followers.get(s.field.key) ?? []) {
      const suffix = overlap(s.text, after);
      if (!suffix) continue;
      out.push(
        warning("doubled-suffix", {
          file,
          ...s.entry.valuePlace,
          key: s.field.key,
          label: s.field.label,
          params: { found: s.text, suffix, bare: s.text.slice(0, -suffix.length) },
        }),
      );
      break;
    }
  }
  return out;
}

const followersOf = new WeakMap<Template, Map<string, string[]>>();

/**
 * The three characters the template prints after each printing slot, by key, in slot order, leaving out those
 * that start the next words: worked out once per template, since check and batch ask for every data file.
 */
function textAfterSlots(template: Template): Map<string, string[]> {
  let followers = followersOf.get(template);
  if (followers) return followers;
  followers = new Map();
  for (const slot of template.slots) {
    if (!slot.prints) continue;
    const after = template.text.slice(slot.offset + slot.length, slot.offset + slot.length + 3);
    if (NEXT_WORD.test(after)) continue;
    let list = followers.get(slot.key);
    if (!list) followers.set(slot.key, (list = []));
    list.push(after);
  }
  followersOf.set(template, followers);
  return followers;
}

/** The longest Chinese text (up to 3 characters) that the value ends with and the template prints next. */
function overlap(value: string, after: string): string | undefined {
  for (let k = Math.min(3, [...value].length - 1); k >= 1; k--) {
    const piece = [...after].slice(0, k).join("");
    if ([...piece].length === k && /^\p{Script=Han}+$/u.test(piece) && value.endsWith(piece)) return piece;
  }
  return undefined;
}
