import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { MessageTable, UiTextTable } from "../../src/diagnostics/message-table.js";
import { en } from "../../src/diagnostics/messages-en.js";
import { zh } from "../../src/diagnostics/messages-zh.js";
import { uiEn } from "../../src/diagnostics/ui-text-en.js";
import { uiZh } from "../../src/diagnostics/ui-text-zh.js";
import { ROOT } from "../helpers/cli.js";

const slots = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Two pairs of tables: diagnostics (messages-*.ts) and the interface's own words (ui-text-*.ts).
const both = { ...zh, ...uiZh } as Record<string, string>;
const bothEn = { ...en, ...uiEn } as Record<string, string>;

describe("the message tables", () => {
  test("English has exactly the codes of Chinese, in both pairs (the types say so too: a missing code is a compile error)", () => {
    // @ts-expect-error a table lacking codes is not a MessageTable
    const partial: MessageTable = { unfilled: "x" };
    // @ts-expect-error nor is an interface table lacking codes a UiTextTable
    const partialUi: UiTextTable = { "summary-separator": "，" };
    expect([partial, partialUi]).toBeDefined();
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
  });

  test("a code is a diagnostic's or an interface word's, never both", () => {
    expect(Object.keys(uiZh).filter((code) => code in zh)).toEqual([]);
    expect(Object.keys(uiZh).length).toBeGreaterThan(100);
  });

  test.each(Object.keys(both))("%s: both languages fill the same {slots}, and neither is empty", (code) => {
    expect(both[code]!.trim()).not.toBe("");
    expect(bothEn[code]!.trim()).not.toBe("");
    expect(slots(bothEn[code]!)).toEqual(slots(both[code]!));
  });

  test("English has no Chinese in its own words (only in examples such as 3月15日 and names the user types)", () => {
    // Chinese that English messages may quote: examples of values, and characters a clerk types.
    const quoted = /（2020年7月15日）|3月15日|15日|青川|陕西|张建国|十五|县|待填|【待填】|X光|某某|○|×|“：”|：|[“”，]/g;
    for (const [code, text] of Object.entries(bothEn))
      expect(text.replace(quoted, ""), code).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("every code the source names is in the tables, and every code in the tables is used somewhere", () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && !/(messages|ui-text)-(zh|en)\.ts$/.test(p)) sources.push(readFileSync(p, "utf8"));
      }
    };
    walk(join(ROOT, "src"));
    const all = sources.join("\n");
    // Codes built from a prefix (`batch-heading-${h}`, `leftover-${kind}`) are found by their prefix.
    const prefixes = (code: string) => [...code.matchAll(/-/g)].map((m) => `\`${code.slice(0, m.index + 1)}\${`);
    const unused = Object.keys(both).filter(
      (code) => !all.includes(`"${code}"`) && !prefixes(code).some((p) => all.includes(p)),
    );
    expect(unused).toEqual([]);
  });
});
