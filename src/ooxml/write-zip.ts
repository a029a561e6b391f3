import * as zlib from "node:zlib";

/** One file of a zip archive, already compressed, so shared parts are deflated once per process. */
export interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  data: Uint8Array;
}

/**
 * Deflates one file for the archive with Node's native zlib at level 1: about four times faster than
 * a JavaScript deflate on a speech's XML, and higher levels barely shrink it further. zlib.crc32 is in every
 * Node that package.json's engines allow (it arrived in 20.15).
 */
export function zipEntry(name: string, data: Uint8Array): ZipEntry {
  return {
    name: Buffer.from(name, "utf8"),
    crc: zlib.crc32(data),
    size: data.length,
    data: zlib.deflateRawSync(data, { level: 1 }),
  };
}

// Every entry carries 1980-01-01 00:00 so the same input gives the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes a zip archive (no zip64: a speech is far below 4 GB) of entries in the order given. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    localSize += 30 + e.name.length + e.data.length;
    centralSize += 46 + e.name.length;
  }
  const out = Buffer.allocUnsafe(localSize + centralSize + 22);
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    offsets.push(p);
    p = out.writeUInt32LE(0x04034b50, p);
    p = writeEntryFields(out, p, e);
    p += e.name.copy(out, p);
    out.set(e.data, p);
    p += e.data.length;
  }
  const centralAt = p;
  entries.forEach((e, i) => {
    p = out.writeUInt32LE(0x02014b50, p);
    p = out.writeUInt16LE(20, p); // made by: MS-DOS, spec 2.0
    p = writeEntryFields(out, p, e);
    p = out.writeUInt16LE(0, p); // comment
    p = out.writeUInt16LE(0, p); // disk
    p = out.writeUInt16LE(0, p); // internal attributes
    p = out.writeUInt32LE(0, p); // external attributes
    p = out.writeUInt32LE(offsets[i]!, p);
    p += e.name.copy(out, p);
  });
  p = out.writeUInt32LE(0x06054b50, p);
  p = out.writeUInt16LE(0, p);
  p = out.writeUInt16LE(0, p);
  p = out.writeUInt16LE(entries.length, p);
  p = out.writeUInt16LE(entries.length, p);
  p = out.writeUInt32LE(centralSize, p);
  p = out.writeUInt32LE(centralAt, p);
  out.writeUInt16LE(0, p);
  return out;
}

/** The fields a local header and a central directory entry share, from "version needed" to "extra length". */
function writeEntryFields(out: Buffer, at: number, e: ZipEntry): number {
  let p = out.writeUInt16LE(20, at); // version needed: deflate
  p = out.writeUInt16LE(0x0800, p); // names are UTF-8
  p = out.writeUInt16LE(8, p); // deflate
  p = out.writeUInt16LE(DOS_TIME, p);
  p = out.writeUInt16LE(DOS_DATE, p);
  p = out.writeUInt32LE(e.crc, p);
  p = out.writeUInt32LE(e.data.length, p);
  p = out.writeUInt32LE(e.size, p);
  p = out.writeUInt16LE(e.name.length, p);
  return out.writeUInt16LE(0, p); // extra
}
