import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { writeZip, zipEntry } from "../../src/ooxml/write-zip.js";

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) bit by bit, as the zip format defines it: not zlib's. */
function referenceCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Each entry's CRC as the archive states it: [local header, central directory], in order. */
function statedCrcs(zip: Uint8Array): [number, number][] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
  const end = buf.length - 22;
  expect(buf.readUInt32LE(end)).toBe(0x06054b50);
  const count = buf.readUInt16LE(end + 10);
  let central = buf.readUInt32LE(end + 16);
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(central)).toBe(0x02014b50);
    const local = buf.readUInt32LE(central + 42);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    out.push([buf.readUInt32LE(local + 14), buf.readUInt32LE(central + 16)]);
    central += 46 + buf.readUInt16LE(central + 28) + buf.readUInt16LE(central + 30) + buf.readUInt16LE(central + 32);
  }
  return out;
}

describe("writeZip", () => {
  test("the CRC-32 in both headers is the standard one: the check values of the CRC catalogue", () => {
    // "123456789" → CBF43926 is CRC-32's published check value; the others are as widely quoted.
    const known: [string, number][] = [
      ["123456789", 0xcbf43926],
      ["", 0],
      ["The quick brown fox jumps over the lazy dog", 0x414fa339],
    ];
    const zip = writeZip(known.map(([s], i) => zipEntry(`${i}.xml`, Buffer.from(s, "latin1"))));
    expect(statedCrcs(zip)).toEqual(known.map(([, crc]) => [crc, crc]));
  });

  test("fflate reads back every entry, in order, and each header states the CRC of its uncompressed bytes", () => {
    const names = fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(names, fc.string()), { selector: ([n]) => n, maxLength: 6 }), (files) => {
        const zip = writeZip(files.map(([n, s]) => zipEntry(n, Buffer.from(s, "utf8"))));
        const back = unzipSync(zip);
        expect(Object.keys(back)).toEqual(files.map(([n]) => n));
        for (const [n, s] of files) expect(strFromU8(back[n]!)).toBe(s);
        const crcs = files.map(([, s]) => referenceCrc32(Buffer.from(s, "utf8")));
        expect(statedCrcs(zip)).toEqual(crcs.map((c) => [c, c]));
      }),
    );
  });

  test("an empty archive is just the end record", () => {
    expect(writeZip([]).length).toBe(22);
  });
});
