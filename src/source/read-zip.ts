import type { MessageCode } from "../diagnostics/message-table.js";
import type { Result } from "../diagnostics/result.js";
import { inflateRawSync } from "node:zlib";
import { strFromU8 } from "fflate";
import { error } from "../diagnostics/diagnostic.js";
import { formatBytes } from "./read-regular-file.js";

/**
 * A bounded reader for the zip packages Office saves (.docx, .xlsx). A zip's own size says nothing about
 * what it expands to (a 4 MB "bomb" expands to gigabytes), and its declared sizes may lie, so only the parts
 * asked for are inflated, and inflating stops the moment a part or the total passes its limit. Inflating is
 * Node's own zlib with `maxOutputLength` (native, and it aborts mid-stream): fflate's streaming inflater
 * needed 3 s to reach a 64 MB limit where zlib needs 0.4 s.
 */

/** How much a package may expand to. */
export interface ZipLimits {
  /** Largest decompressed size of any one part read. */
  maxPartBytes: number;
  /** Largest decompressed size of all parts read together. */
  maxTotalBytes: number;
}

/** Generous for any real Word or Excel file (a 500-page report's document.xml is a few tens of MB). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024 };

/** One entry of the package's central directory, as declared (sizes unverified until read). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  declaredSize: number;
}

/** The parts read (by name) and the names of every entry in the package. */
export type ZipResult = Result<{ parts: Map<string, Uint8Array>; entries: ZipEntry[] }>;

/** Which parts to read: a list of names, or a test on each name. */
export type PartFilter = readonly string[] | ((name: string) => boolean);

/** What to call the package in messages, and the limits to apply. */
export interface ReadZipOptions {
  file?: string;
  limits?: Partial<ZipLimits>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads the requested parts of a zip package under the limits; never throws on bad bytes. A part that is
 * not in the package is simply absent from `parts` (the caller knows which ones it needs).
 */
export function readZipParts(bytes: Uint8Array, wanted: PartFilter, opts: ReadZipOptions = {}): ZipResult {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...opts.limits };
  const fail = (code: MessageCode, params: Record<string, string | number | undefined> = {}): ZipResult => ({
    ok: false,
    diagnostics: [error(code, { file: opts.file, params })],
  });
  const dir = readDirectory(bytes);
  if (dir === "zip64") return fail("zip64");
  if (!dir) return fail("zip-corrupt");
  const want = typeof wanted === "function" ? wanted : (n: string) => wanted.includes(n);
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of dir) {
    if (!want(entry.name)) continue;
    if (parts.has(entry.name)) return fail("zip-corrupt");
    if (entry.encrypted) return fail("zip-encrypted");
    if (entry.method !== 0 && entry.method !== 8) return fail("zip-unsupported", { part: entry.name });
    const room = Math.min(limits.maxPartBytes, limits.maxTotalBytes - total);
    const data = entryData(bytes, entry);
    if (!data) return fail("zip-corrupt");
    const out = entry.method === 0 ? (data.length <= room ? data : undefined) : inflateBounded(data, room);
    if (out === null) return fail("zip-corrupt");
    if (out === undefined) {
      const partLimitHit = limits.maxPartBytes <= limits.maxTotalBytes - total;
      return partLimitHit
        ? fail("zip-part-too-large", { part: entry.name, max: formatBytes(limits.maxPartBytes) })
        : fail("zip-total-too-large", { max: formatBytes(limits.maxTotalBytes) });
    }
    total += out.length;
    parts.set(entry.name, out);
  }
  return {
    ok: true,
    diagnostics: [],
    parts,
    entries: dir.map(({ name, method, compressedSize, declaredSize }) => ({
      name,
      method,
      compressedSize,
      declaredSize,
    })),
  };
}

interface DirEntry extends ZipEntry {
  encrypted: boolean;
  localOffset: number;
}

/** A 16- or 32-bit field of a zip record that says "the real value is in the zip64 record". */
const ZIP64_MARK16 = 0xffff;
const ZIP64_MARK32 = 0xffffffff;

/**
 * The central directory's entries; undefined when the bytes are not a readable zip; "zip64" when a count, size
 * or offset is only in zip64 records (packages over 4 GB or 65,535 parts; Office never writes them, and no
 * file xfill reads comes near those sizes, so they are refused by name rather than read).
 */
function readDirectory(b: Uint8Array): DirEntry[] | undefined | "zip64" {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  // The end record sits in the last 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count === ZIP64_MARK16 || at === ZIP64_MARK32 || u32(eocd + 12) === ZIP64_MARK32) return "zip64";
  const entries: DirEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(at) !== CENTRAL) return undefined;
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > b.length) return undefined;
    if (u32(at + 20) === ZIP64_MARK32 || u32(at + 24) === ZIP64_MARK32 || u32(at + 42) === ZIP64_MARK32) return "zip64";
    const rawName = b.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // Bit 11: the name is UTF-8; otherwise code page 437, which for Office's ASCII names is the same.
      name: strFromU8(rawName, (flags & 0x800) === 0),
      method: u16(at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: u32(at + 20),
      declaredSize: u32(at + 24),
      localOffset: u32(at + 42),
    });
    at = next;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header; undefined when they fall outside the file. */
function entryData(b: Uint8Array, e: DirEntry): Uint8Array | undefined {
  const at = e.localOffset;
  if (at + 30 > b.length) return undefined;
  const view = new DataView(b.buffer, b.byteOffset + at, 30);
  if (view.getUint32(0, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + e.compressedSize;
  return end <= b.length ? b.subarray(start, end) : undefined;
}

/** Inflates raw deflate data: the bytes, undefined when they pass `room`, null when the data is corrupt. */
function inflateBounded(data: Uint8Array, room: number): Uint8Array | undefined | null {
  try {
    // maxOutputLength must be at least 1; a part with no room left fails on its first byte.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
    return out.length > room ? undefined : out;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? undefined : null;
  }
}
