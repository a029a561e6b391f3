import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { readZipParts } from "../../src/source/read-zip.js";
import { deflatedZeros, zipOf } from "../helpers/zip-bomb.js";

const MB = 1024 * 1024;

describe("readZipParts: bounded unzip", () => {
  test("reads only the parts asked for, by list or by test", () => {
    const zip = zipSync({
      "word/document.xml": strToU8("<doc/>"),
      "word/media/a.png": new Uint8Array(10),
      "x.xml": strToU8("x"),
    });
    const r = readZipParts(zip, ["word/document.xml", "missing.xml"]);
    expect(r.ok && [...r.parts.keys()]).toEqual(["word/document.xml"]);
    expect(r.ok && new TextDecoder().decode(r.parts.get("word/document.xml"))).toBe("<doc/>");
    expect(r.ok && r.entries.map((e) => e.name).sort()).toEqual(["word/document.xml", "word/media/a.png", "x.xml"]);
    const byTest = readZipParts(zip, (n) => n.endsWith(".xml"));
    expect(byTest.ok && [...byTest.parts.keys()].sort()).toEqual(["word/document.xml", "x.xml"]);
  });

  test("a part that lies about its size is stopped at the part limit, not inflated to the end", () => {
    // 1 GiB of zeros declared as 100 bytes; the limit is 2 MB. Inflating it all would take seconds and a gigabyte.
    const bomb = zipOf([{ name: "word/document.xml", data: deflatedZeros(4_200_000), declaredSize: 100 }]);
    const started = Date.now();
    const r = readZipParts(bomb, ["word/document.xml"], { file: "bomb.docx", limits: { maxPartBytes: 2 * MB } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({
      code: "zip-part-too-large",
      file: "bomb.docx",
      params: { part: "word/document.xml", max: "2 MB" },
    });
  });

  test("many parts each under the part limit are stopped at the total limit", () => {
    const parts = Array.from({ length: 5 }, (_, i) => ({ name: `word/header${i}.xml`, data: deflatedZeros(4000) })); // ~1 MB each
    const r = readZipParts(zipOf(parts), (n) => n.startsWith("word/"), {
      limits: { maxPartBytes: 2 * MB, maxTotalBytes: 3 * MB },
    });
    expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({ code: "zip-total-too-large", params: { max: "3 MB" } });
  });

  test("a stored (uncompressed) part is bounded too", () => {
    const r = readZipParts(zipOf([{ name: "a.xml", data: new Uint8Array(3000), method: 0 }]), ["a.xml"], {
      limits: { maxPartBytes: 2000 },
    });
    expect(r.ok ? undefined : r.diagnostics[0]!.code).toBe("zip-part-too-large");
  });

  test.each([
    ["not a zip", new Uint8Array([1, 2, 3, 4])],
    ["empty", new Uint8Array(0)],
    ["truncated", zipSync({ "a.xml": strToU8("hello hello hello") }).subarray(0, 20)],
    ["corrupt deflate", zipOf([{ name: "a.xml", data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) }])],
    [
      "duplicate names",
      zipOf([
        { name: "a.xml", data: strToU8("x"), method: 0 },
        { name: "a.xml", data: strToU8("y"), method: 0 },
      ]),
    ],
  ])("%s → zip-corrupt, never a throw", (_, bytes) => {
    const r = readZipParts(bytes, ["a.xml"], { file: "f.docx" });
    expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({ code: "zip-corrupt", file: "f.docx" });
  });

  test("encrypted and unknown compression methods are named", () => {
    const enc = zipOf([{ name: "a.xml", data: strToU8("x"), method: 0 }]);
    new DataView(enc.buffer).setUint16(enc.length - 22 - 46 - 5 + 8, 1, true); // central flags: encrypted
    expect(
      readZipParts(enc, ["a.xml"]).ok
        ? ""
        : (readZipParts(enc, ["a.xml"]) as { diagnostics: { code: string }[] }).diagnostics[0]!.code,
    ).toBe("zip-encrypted");
    const lzma = zipOf([{ name: "a.xml", data: strToU8("x"), method: 14 as 0 }]);
    const r = readZipParts(lzma, ["a.xml"]);
    expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({ code: "zip-unsupported", params: { part: "a.xml" } });
  });

  test("a zip64 package (sizes or offsets only in 64-bit records) is refused as zip64, not as damaged", () => {
    const plain = zipOf([{ name: "a.xml", data: strToU8("x"), method: 0 }]);
    // The end record points to its zip64 twin: 0xFFFFFFFF for the directory's offset (what `zip -fz` writes).
    const eocdMarked = plain.slice();
    new DataView(eocdMarked.buffer).setUint32(eocdMarked.length - 22 + 16, 0xffffffff, true);
    // A central entry whose compressed size is kept in its zip64 extra field.
    const entryMarked = plain.slice();
    new DataView(entryMarked.buffer).setUint32(entryMarked.length - 22 - 46 - 5 + 20, 0xffffffff, true);
    for (const bytes of [eocdMarked, entryMarked]) {
      const r = readZipParts(bytes, ["a.xml"], { file: "z.docx" });
      expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({ code: "zip64", file: "z.docx" });
    }
    expect(readZipParts(plain, ["a.xml"]).ok).toBe(true);
  });
});
