// The parts xfill reads are inflated by the bounded reader (src/source/read-zip.ts); this listing only keeps
// each entry's compressed bytes, which the in-place fill copies unchanged into the filled document.

/** One file of a zip archive as stored: name, CRC and size of its content, and its compressed bytes. */
export interface StoredEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored in the archive (deflated when method is 8). */
  raw: Uint8Array;
}

/** More entries than any Word file has: a directory claiming more is refused before it is walked. */
const MAX_ENTRIES = 20000;

/** Why an archive was refused: the caller turns it into a diagnostic. */
export class ZipError extends Error {}

/**
 * Lists the entries of a zip archive from its central directory, without inflating them. Throws ZipError
 * on anything that is not a plain zip (no zip64, no encryption).
 */
export function readZipEntries(bytes: Uint8Array): StoredEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const eocd = findEnd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) throw new ZipError(`too many entries (${count})`);
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError("broken central directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ZipError(`encrypted entry ${name}`);
    if (method !== 0 && method !== 8) throw new ZipError(`unsupported compression ${method} in ${name}`);
    if (csize === 0xffffffff || size === 0xffffffff) throw new ZipError("zip64 archives are not supported");
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
      throw new ZipError(`broken local header of ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + csize > buf.length) throw new ZipError(`truncated entry ${name}`);
    entries.push({ name, method, crc, size, raw: bytes.subarray(start, start + csize) });
  }
  return entries;
}

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535.
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 65535); p--) {
    if (buf.readUInt32LE(p) === 0x06054b50) return p;
  }
  throw new ZipError("not a zip archive");
}
