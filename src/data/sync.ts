import type { Lang } from "../diagnostics/lang.js";
import { kindSchema } from "../kinds/kind-schemas.js";
import { isPlaceholderValue } from "../kinds/normalize.js";
import type { FieldDef } from "../template/field-def.js";
import type { Template } from "../template/template.js";
import type { DataEntry, DataFile } from "./data-file.js";
import { dotPrefixes } from "../template/dot-prefixes.js";
import { isDocumentKey } from "./document-info.js";
import { loadData } from "./load-data.js";
import { fieldComments, fieldsInSpeechOrder } from "./skeleton.js";
import { addEntry, commentsAbove, removeEntry, renameKey } from "./yaml-edit.js";

/** What `sync` did (or would do) to a data file. */
export interface SyncResult {
  /** The data file brought in line with the template (equal to the old text when nothing changed). */
  text: string;
  /** Keys added, empty and commented, in speech order. */
  added: string[];
  /** Keys (fields or whole groups) the template no longer has, moved to the commented block at the end. */
  removed: string[];
  /** Fields carried over to their new key: same label (and a value the new kind accepts) or same sentence. */
  renamed: { from: string; to: string; by: "label" | "sentence" }[];
}

/**
 * Brings a data file in line with a changed template, losing nothing: new fields are added empty with their
 * comments, in speech order; every value and comment already there stays in place; a renamed field keeps its
 * value under the new key; fields the template no longer has are moved, commented out, to the end. The file
 * must have loaded without errors. `removedHeading` is the comment line that opens the block at the end.
 */
export function syncData(template: Template, data: DataFile, lang: Lang, removedHeading: string): SyncResult {
  let text = data.text;
  const isKnown = (key: string) => template.byKey.has(key) || template.groups.has(key) || isDocumentKey(template, key);
  const underUnknown = (key: string) => dotPrefixes(key).some((p) => data.sections.has(p) && !isKnown(p));
  // What the template no longer has: leaves, and whole groups (reported once, not per leaf).
  const goneSections = [...data.sections.keys()].filter((k) => !isKnown(k) && !underUnknown(k));
  const goneLeaves = [...data.entries.values()].filter((e) => !isKnown(e.key) && !underUnknown(e.key));
  const missing = fieldsInSpeechOrder(template).filter((f) => !data.entries.has(f.key) && !data.sections.has(f.key));

  const renamed = findRenames(template, data, goneLeaves, missing, lang);
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const renamedTo = new Set(renamed.map((r) => r.to));

  // Renames within one group keep their place; others move to the new key's place with their comments.
  const inPlace = new Set<string>();
  const moves: { to: string; value: string; comments: string[]; inline?: string }[] = [];
  for (const r of renamed) {
    const from = r.from.split(".");
    const to = r.to.split(".");
    if (from.slice(0, -1).join(".") === to.slice(0, -1).join(".")) {
      const edit = renameKey(text, from, to[to.length - 1]!);
      if (edit.ok) {
        text = edit.text;
        inPlace.add(r.to);
      }
      continue;
    }
    const entry = data.entries.get(r.from)!;
    const comments = commentsAbove(text, from);
    const cut = removeEntry(text, from);
    if (!cut.ok) continue;
    text = cut.text;
    moves.push({ to: r.to, value: entry.source, comments, inline: /#\s?(.*)$/.exec(lastLine(cut.removed))?.[1] });
  }

  // Fields and groups the template no longer has: cut out, kept commented at the end under their full key.
  const cuts: string[] = [];
  const removed: string[] = [];
  for (const key of [...goneSections, ...goneLeaves.map((e) => e.key).filter((k) => !renamedFrom.has(k))]) {
    const cut = removeEntry(text, key.split("."));
    if (!cut.ok) continue;
    text = cut.text;
    removed.push(key);
    cuts.push(commentOut(cut.removed, key));
  }

  const added: string[] = [];
  for (const f of missing.filter((m) => !inPlace.has(m.key))) {
    const move = moves.find((m) => m.to === f.key);
    const place = placeFor(template, loadData(text, data.path), f);
    const edit = move
      ? addEntry(text, f.key.split("."), move.value, { ...place, commentLines: move.comments, comment: move.inline })
      : addEntry(text, f.key.split("."), null, { ...place, commentLines: fieldComments(template, f, lang) });
    if (!edit.ok) continue;
    text = edit.text;
    if (!renamedTo.has(f.key)) added.push(f.key);
  }

  if (cuts.length > 0) text = `${text.replace(/\n*$/, "\n")}\n# ${removedHeading}\n${cuts.join("")}`;
  return { text, added, removed, renamed };
}

/** Pairs each field the template no longer has with the new field it became, when exactly one fits. */
function findRenames(
  template: Template,
  data: DataFile,
  gone: DataEntry[],
  missing: FieldDef[],
  lang: Lang,
): SyncResult["renamed"] {
  const out: SyncResult["renamed"] = [];
  const taken = new Set<string>();
  for (const entry of gone) {
    if (entry.type !== "scalar") continue;
    const comments = commentsAbove(data.text, entry.key.split("."));
    if (comments.length === 0) continue;
    const fits = (f: FieldDef): "label" | "sentence" | undefined => {
      if (taken.has(f.key)) return undefined;
      const expected = fieldComments(template, f, lang);
      const valueFits =
        entry.source === "" ||
        isPlaceholderValue(entry.source) ||
        kindSchema(f.kind, f).safeParse(entry.source).success;
      if (!valueFits) return undefined;
      if (sameLabel(comments[0]!, f.label)) return "label";
      const sentence = (lines: string[]) => lines.map(stripUses).find((l) => l.includes("［"));
      const mine = sentence(comments);
      return mine !== undefined && mine === sentence(expected) ? "sentence" : undefined;
    };
    const candidates = missing.map((f) => ({ f, by: fits(f) })).filter((c) => c.by !== undefined);
    if (candidates.length !== 1) continue;
    taken.add(candidates[0]!.f.key);
    out.push({ from: entry.key, to: candidates[0]!.f.key, by: candidates[0]!.by! });
  }
  return out;
}

/** Whether a skeleton comment line names this label: the label, then its unit, example or nothing. */
function sameLabel(line: string, label: string): boolean {
  return line === label || (line.startsWith(label) && /^[（(，,]/.test(line.slice(label.length)));
}

/** A sentence comment without its "(N places)" ending, which changes when a template adds a use. */
function stripUses(line: string): string {
  return line.replace(/（全文共 \d+ 处）$|\(\d+ places\)$/, "").trim();
}

/** Where a new field goes among the keys already in its group: after the one before it in the speech, else before the next. */
function placeFor(template: Template, data: DataFile, f: FieldDef): { after?: string; before?: string } {
  const parts = f.key.split(".");
  let depth = 0;
  while (depth < parts.length - 1 && data.sections.has(parts.slice(0, depth + 1).join("."))) depth++;
  const prefix = parts.slice(0, depth).join(".");
  const childOf = (key: string): string | undefined => {
    const p = key.split(".");
    if (p.length <= depth || p.slice(0, depth).join(".") !== prefix) return undefined;
    const child = p.slice(0, depth + 1).join(".");
    return data.entries.has(child) || data.sections.has(child) ? p[depth] : undefined;
  };
  const order = fieldsInSpeechOrder(template);
  const at = order.findIndex((g) => g.key === f.key);
  for (let i = at - 1; i >= 0; i--) {
    const c = childOf(order[i]!.key);
    if (c) return { after: c };
  }
  for (let i = at + 1; i < order.length; i++) {
    const c = childOf(order[i]!.key);
    if (c) return { before: c };
  }
  return {};
}

/** Lines cut from the file, commented out and unindented, the key line written with its full key. */
function commentOut(removed: string, key: string): string {
  const lines = removed.replace(/\n$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  const name = key.split(".").pop()!;
  let keyDone = false;
  return (
    lines
      .map((l) => {
        const bare = l.slice(indent);
        if (bare.trimStart().startsWith("#")) return bare;
        if (!keyDone && bare.startsWith(name)) {
          keyDone = true;
          return `# ${key}${bare.slice(name.length)}`;
        }
        return `# ${bare}`;
      })
      .join("\n") + "\n"
  );
}

function lastLine(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  return lines[lines.length - 1] ?? "";
}
