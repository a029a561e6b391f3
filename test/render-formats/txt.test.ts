import { describe, expect, test } from "vitest";
import { toText } from "../../src/render/formats/txt.js";

describe("toText", () => {
  test("by default the text is returned as given: the template's line ends are kept", () => {
    expect(toText("标题\r\n同志们：\r\n正文\r\n")).toBe("标题\r\n同志们：\r\n正文\r\n");
    expect(toText("标题\n同志们：\n正文\n")).toBe("标题\n同志们：\n正文\n");
  });

  test("--windows: UTF-8 with a BOM and CRLF line ends", () => {
    const out = toText("标题\n同志们：\r\n正文\n", { windows: true });
    expect(Buffer.isBuffer(out)).toBe(true);
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString("utf8")).toBe("标题\r\n同志们：\r\n正文\r\n");
  });

  test("--windows never doubles a BOM or a CR", () => {
    const out = toText("\uFEFF甲\r\n乙", { windows: true });
    expect(out.toString("utf8")).toBe("\uFEFF甲\r\n乙");
  });
});
