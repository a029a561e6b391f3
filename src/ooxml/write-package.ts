import { writeZip, zipEntry, type ZipEntry } from "./write-zip.js";
import type { StoredEntry } from "./zip-entries.js";

/** A stored entry as the writer takes it: deflated entries are copied as they are, byte for byte. */
export function keptEntry(e: StoredEntry): ZipEntry {
  if (e.method === 8) return { name: Buffer.from(e.name, "utf8"), crc: e.crc, size: e.size, data: e.raw };
  // A stored (uncompressed) entry's bytes are its content.
  return zipEntry(e.name, e.raw);
}

/**
 * The package written again: parts named in `changed` with their new XML, every other entry copied as
 * stored, in the original order. `kept` may hold entries already converted by keptEntry (for many fills).
 */
export function writePackage(
  entries: readonly StoredEntry[],
  changed: ReadonlyMap<string, string>,
  kept?: readonly ZipEntry[],
): Uint8Array {
  const encoder = new TextEncoder();
  return writeZip(
    entries.map((e, i) => {
      const xml = changed.get(e.name);
      return xml !== undefined ? zipEntry(e.name, encoder.encode(xml)) : (kept?.[i] ?? keptEntry(e));
    }),
  );
}
