import * as zlib from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { writeZip, zipEntry } from "../../src/render/formats/docx/zip.js";

describe("writeZip", () => {
  test("fflate reads back every entry, in order, with the CRC of its content", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/), fc.string()), { selector: ([n]) => n, maxLength: 6 }), (files) => {
        const zip = writeZip(files.map(([n, s]) => zipEntry(n, Buffer.from(s, "utf8"))));
        const back = unzipSync(zip);
        expect(Object.keys(back)).toEqual(files.map(([n]) => n));
        for (const [n, s] of files) expect(strFromU8(back[n]!)).toBe(s);
        // Local headers: the CRC at offset 14 of each must be that of the uncompressed bytes.
        let p = 0;
        for (const [n, s] of files) {
          const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
          expect(buf.readUInt32LE(p)).toBe(0x04034b50);
          expect(buf.readUInt32LE(p + 14)).toBe(zlib.crc32(Buffer.from(s, "utf8")));
          p += 30 + Buffer.byteLength(n) + buf.readUInt32LE(p + 18);
        }
      }),
    );
  });

  test("an empty archive is just the end record", () => {
    expect(writeZip([]).length).toBe(22);
  });
});
