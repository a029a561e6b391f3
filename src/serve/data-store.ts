import { createHash } from "node:crypto";
import { MAX_DATA_BYTES } from "../source/limits.js";
import { loadData } from "../data/load-data.js";
import type { DataFile } from "../data/data-file.js";
import { buildSkeleton } from "../data/skeleton.js";
import { setScalars, type YamlEdit } from "../data/yaml-edit.js";
import { error } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";
import type { Lang } from "../diagnostics/lang.js";
import { formatBytes, readRegularFile } from "../source/read-regular-file.js";
import type { Encoding } from "../source/decode-text.js";
import { decodeBytes } from "../source/read-text-file.js";
import { writeOutput } from "../render/write-output.js";
import type { Template } from "../template/template.js";
import type { FormValues } from "./evaluate.js";

/** A data file as the page sees it: its values, and a version to detect edits made elsewhere. */
export interface DataSnapshot {
  /** Hash of the bytes on disk; "new" while the file does not exist. */
  version: string;
  exists: boolean;
  text: string;
  encoding: Encoding;
  data: DataFile;
  /** Each field's value as typed in the file ("" when unfilled). */
  values: FormValues;
}

export type ReadOutcome = Result<{ snapshot: DataSnapshot }>;

/**
 * A save that went through (`saved`: the snapshot is what is now on disk), or found the file changed on disk
 * since `base` (`saved: false`: nothing written, the disk's snapshot comes back to choose from).
 */
export type SaveOutcome = Result<{ saved: boolean; snapshot: DataSnapshot }>;

/** Reads a data file for the page; a file that does not exist yet reads as init's skeleton. */
export async function readSnapshot(template: Template, path: string, lang: Lang): Promise<ReadOutcome> {
  const read = await readRegularFile(path, { maxBytes: MAX_DATA_BYTES });
  if (!read.ok) {
    if (read.diagnostics[0]?.code !== "file-not-found") return failure(...read.diagnostics);
    const text = buildSkeleton(template, lang);
    return { ok: true, diagnostics: [], snapshot: snapshotOf(template, path, text, "utf-8", "new", false) };
  }
  const decoded = decodeBytes(read);
  if (!decoded.ok) return failure(...decoded.diagnostics);
  return {
    ok: true,
    diagnostics: [],
    snapshot: snapshotOf(template, path, decoded.file.text, decoded.file.encoding, versionOf(read.bytes), true),
  };
}

/**
 * Writes the page's values into the data file: only values that differ from the file's are edited, in the
 * file's own text (comments, blank lines and key order kept), and the file is replaced atomically. When
 * the file on disk is not the version the page loaded, nothing is written unless `force`.
 */
export async function saveValues(
  template: Template,
  path: string,
  values: FormValues,
  base: string,
  force: boolean,
  lang: Lang,
): Promise<SaveOutcome> {
  const read = await readSnapshot(template, path, lang);
  if (!read.ok) return failure(...read.diagnostics);
  const disk = read.snapshot;
  if (disk.version !== base && !force) return { ok: true, diagnostics: [], saved: false, snapshot: disk };
  if (disk.data.broken) return failure(...disk.data.diagnostics);
  const edits: YamlEdit[] = [];
  for (const f of template.fields) {
    const v = values[f.key];
    if (typeof v !== "string" || v === disk.values[f.key]) continue;
    edits.push({ path: f.key.split("."), value: v });
  }
  if (edits.length === 0 && disk.exists) return { ok: true, diagnostics: [], saved: true, snapshot: disk };
  const edited = setScalars(disk.text, edits);
  if (!edited.ok) return failure(...edited.diagnostics.map((d) => notEditable(path, d.key ?? "")));
  // Read the new text back before writing it: every value must come back exactly as typed.
  const after = snapshotOf(template, path, edited.text, disk.encoding, "", true);
  const lost = edits.find((e) => after.values[e.path.join(".")] !== (e.value ?? ""));
  if (lost) return failure(notEditable(path, lost.path.join(".")));
  const bytes = encode(edited.text, disk.encoding);
  // Past the data file's limit, check, render and this form itself could no longer read the file.
  if (bytes.length > MAX_DATA_BYTES)
    return failure(error("serve-save-too-large", { file: path, params: { max: formatBytes(MAX_DATA_BYTES) } }));
  const written = await writeOutput(path, bytes, true);
  if (!written.ok) return failure(...written.diagnostics);
  return {
    ok: true,
    diagnostics: [],
    saved: true,
    snapshot: { ...after, version: versionOf(bytes), encoding: writtenEncoding(disk.encoding) },
  };
}

function notEditable(path: string, key: string) {
  return error("serve-not-editable", { file: path, key, params: { path, key } });
}

function snapshotOf(
  template: Template,
  path: string,
  text: string,
  encoding: Encoding,
  version: string,
  exists: boolean,
): DataSnapshot {
  const data = loadData(text, path);
  const values: FormValues = {};
  for (const f of template.fields) {
    const e = data.entries.get(f.key);
    values[f.key] = e?.type === "scalar" ? e.source : "";
  }
  return { version, exists, text, encoding, data, values };
}

function versionOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

/** UTF-8 and UTF-16 files keep their encoding; GB18030 (no encoder in Node) is written as UTF-8 with a BOM, which Notepad and WPS read. */
function writtenEncoding(e: Encoding): Encoding {
  return e === "gb18030" ? "utf-8-bom" : e;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (writtenEncoding(encoding)) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    default:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  }
}
