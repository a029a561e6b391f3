import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXAMPLE, tempDir, xfill } from "../helpers/cli.js";

describe("schema", () => {
  test("prints the data file's JSON Schema: nested sections, labels as titles, every field", () => {
    const r = xfill(["schema", "county-plenary-speech"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    const output = s.properties.review.properties.economy.properties.industrialOutput;
    expect(output.title).toBe("1-5月规模工业总产值");
    expect(output.anyOf[0].description).toContain("亿元");
    expect(s.properties.county.anyOf[0]).toEqual(expect.objectContaining({ type: "string" }));
    const leaves = (o: { properties?: Record<string, unknown> }): number =>
      Object.entries(o.properties ?? {}).reduce(
        (n, [k, v]) => n + (k === "document" ? 0 : (v as { properties?: object }).properties ? leaves(v as never) : 1),
        0,
      );
    expect(leaves(s)).toBe(69);
  });
});

describe("the optional document section", () => {
  test("speaker and date print under the title in HTML; they are not unknown keys", () => {
    const dir = tempDir();
    const out = join(dir, "讲话.html");
    expect(xfill(["render", "county-plenary-speech", EXAMPLE, "-o", out]).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("县委书记 林振华");
    expect(html).toContain("（2020年7月15日）");
  });

  test("an impossible or year-less date is reported with its place", () => {
    const dir = tempDir();
    const data = join(dir, "d.yaml");
    writeFileSync(data, readFileSync(EXAMPLE, "utf8").replace("date: 2020-07-15", "date: 7月15日"));
    const r = xfill(["check", "county-plenary-speech", data, "--json"]);
    expect(r.code).toBe(1);
    const bad = JSON.parse(r.stdout).invalid;
    expect(bad).toEqual([expect.objectContaining({ key: "document.date", code: "document-date", label: "讲话日期" })]);
  });
});
