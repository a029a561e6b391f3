import { cpSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadData, loadTemplate } from "../../src/index.js";
import { syncData } from "../../src/data/sync.js";
import { EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";

/**
 * A copy of the built-in template changed the way templates change between meetings: one field renamed
 * (same label), one renamed with a new label but the same sentence, one removed, one added.
 */
function changedTemplate(): string {
  const dir = join(tempDir(), "tpl");
  cpSync(join(ROOT, "templates", "county-plenary-speech"), dir, { recursive: true });
  let fields = readFileSync(join(dir, "fields.yaml"), "utf8");
  let hbs = readFileSync(join(dir, "template.hbs"), "utf8");
  // Renamed, same label.
  fields = fields.replace("  review.economy.industrialOutput:\n", "  review.economy.scaleIndustryOutput:\n");
  hbs = hbs.replace("{{review.economy.industrialOutput}}", "{{review.economy.scaleIndustryOutput}}");
  // Renamed and relabelled, same sentence.
  fields = fields.replace(
    "  meeting.announcer:\n    label: 会上宣读考核结果通报和表彰决定的领导姓名",
    "  meeting.reader:\n    label: 宣读通报的领导",
  );
  hbs = hbs.replace("{{meeting.announcer}}", "{{meeting.reader}}");
  // Removed: the number of towns observed becomes fixed text.
  fields = fields.replace(/  meeting\.observedTowns:\n(    .*\n)+/, "");
  hbs = hbs.replace("{{meeting.observedTowns}}个镇办", "几个镇办");
  // Added: a new blank right after the removed one's sentence.
  fields = fields.replace(
    "fields:\n",
    "fields:\n  meeting.observedProjects:\n    label: 会前观摩的项目个数\n    kind: count\n    unit: 个\n",
  );
  hbs = hbs.replace("几个镇办重点工作、亮点工程", "几个镇办重点工作、{{meeting.observedProjects}}个亮点工程");
  writeFileSync(join(dir, "fields.yaml"), fields);
  writeFileSync(join(dir, "template.hbs"), hbs);
  return dir;
}

/** The complete example with the clerk's own comments, full-line and inline. */
function clerkFile(): string {
  return readFileSync(EXAMPLE, "utf8")
    .replace("  countyTerm: 16\n", "  # 我的备注：届次问过组织部\n  countyTerm: 16  # 已核\n")
    .replace("  observedTowns: 7\n", "  observedTowns: 7  # 观摩了七个\n")
    .replace("    industrialOutput: 42.36\n", "    # 统计局 6 月 28 日数\n    industrialOutput: 42.36  # 初步\n");
}

const commentLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim().startsWith("#"))
    .map((l) => l.trim());
const leaf = (obj: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe("sync", async () => {
  const dir = changedTemplate();
  const loaded = await loadTemplate(dir, { render: false });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const template = loaded.template;

  it("API: adds, carries renamed fields over, moves removed ones to the end; every value and comment kept", () => {
    const text = clerkFile();
    const r = syncData(template, loadData(text, "d.yaml"), "zh", "模板里已没有的字段");
    expect(r.added).toEqual(["meeting.observedProjects"]);
    expect(r.removed).toEqual(["meeting.observedTowns"]);
    expect(r.renamed).toEqual(
      expect.arrayContaining([
        { from: "review.economy.industrialOutput", to: "review.economy.scaleIndustryOutput", by: "label" },
        { from: "meeting.announcer", to: "meeting.reader", by: "sentence" },
      ]),
    );
    expect(r.renamed).toHaveLength(2);

    const before = parse(text);
    const after = parse(r.text);
    // Every field the template still has: same value as before, under its (possibly new) key.
    const renamedTo = new Map(r.renamed.map((x) => [x.to, x.from]));
    for (const f of template.fields) {
      const old = renamedTo.get(f.key) ?? f.key;
      if (f.key === "meeting.observedProjects") expect(leaf(after, f.key)).toBeNull();
      else expect(leaf(after, f.key), f.key).toEqual(leaf(before, old));
    }
    expect(after.document).toEqual(before.document);
    expect(leaf(after, "meeting.observedTowns")).toBeUndefined();
    // The removed value is still in the file, commented, under its full key; with its inline comment.
    expect(r.text).toMatch(/^# meeting\.observedTowns: 7 {2}# 观摩了七个$/m);
    // Every comment line of the clerk's file is still there (as many times as before).
    const left = commentLines(r.text);
    for (const c of commentLines(text)) {
      const i = left.indexOf(c);
      expect(i, c).toBeGreaterThanOrEqual(0);
      left.splice(i, 1);
    }
    // The new field sits where the speech uses it: right after the field before it in the speech.
    const keysInOrder = r.text
      .split("\n")
      .filter((l) => /^\s+\w+:/.test(l))
      .map((l) => l.trim().split(":")[0]);
    expect(keysInOrder.indexOf("observedProjects")).toBe(keysInOrder.indexOf("citySession") + 1);
    // Its comment says what it is.
    expect(r.text).toContain("  # 会前观摩的项目个数（单位：个）\n");
    // A second sync has nothing left to do.
    expect(syncData(template, loadData(r.text, "d.yaml"), "zh", "模板里已没有的字段").text).toBe(r.text);
  });

  it("CLI: --dry-run prints a unified diff and changes nothing on disk", () => {
    const work = tempDir();
    const data = join(work, "某县.yaml");
    writeFileSync(data, clerkFile());
    const r = xfill(["sync", dir, data, "--dry-run"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^--- .*某县\.yaml/m);
    expect(r.stdout).toMatch(/^\+\+\+ .*某县\.yaml/m);
    expect(r.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(r.stdout).toMatch(/^-\s+observedTowns: 7/m);
    expect(r.stdout).toMatch(/^\+\s+observedProjects:/m);
    expect(r.stderr).toContain("review.economy.industrialOutput → review.economy.scaleIndustryOutput");
    expect(readFileSync(data, "utf8")).toBe(clerkFile());
    expect(readdirSync(work)).toEqual(["某县.yaml"]);
  });

  it("CLI: rewrites the file, keeps the old one as .bak, and the result checks like the old file did", () => {
    const work = tempDir();
    const data = join(work, "某县.yaml");
    writeFileSync(data, clerkFile());
    const r = xfill(["sync", dir, data]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("某县.yaml.bak");
    expect(readFileSync(data + ".bak", "utf8")).toBe(clerkFile());
    const check = JSON.parse(xfill(["check", dir, data, "--json"]).stdout);
    expect(check.unfilled.map((u: { key: string }) => u.key)).toEqual(["meeting.observedProjects"]);
    expect(check.invalid).toEqual([]);
    expect(check.unknown).toEqual([]);
    // Nothing more to do.
    const again = xfill(["sync", dir, data]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("已与模板一致");
  });

  it("CLI: a broken data file is refused, exit 2, untouched", () => {
    const work = tempDir();
    const data = join(work, "坏.yaml");
    writeFileSync(data, "county: 秦川\ncounty: 秦州\n");
    const r = xfill(["sync", dir, data]);
    expect(r.code).toBe(2);
    expect(readFileSync(data, "utf8")).toBe("county: 秦川\ncounty: 秦州\n");
    expect(readdirSync(work)).toEqual(["坏.yaml"]);
  });
});
