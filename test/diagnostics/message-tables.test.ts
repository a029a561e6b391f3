import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { MessageTable } from "../../src/diagnostics/message-table.js";
import { en } from "../../src/diagnostics/messages-en.js";
import { zh } from "../../src/diagnostics/messages-zh.js";
import { ROOT } from "../helpers/cli.js";

const slots = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the message tables", () => {
  test("English has exactly the codes of Chinese (the type says so too: a missing code is a compile error)", () => {
    // @ts-expect-error a table lacking codes is not a MessageTable
    const partial: MessageTable = { unfilled: "x" };
    expect(partial).toBeDefined();
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  test.each(Object.keys(zh))("%s: both languages fill the same {slots}, and neither is empty", (code) => {
    const c = code as keyof typeof zh;
    expect(zh[c].trim()).not.toBe("");
    expect(en[c].trim()).not.toBe("");
    expect(slots(en[c])).toEqual(slots(zh[c]));
  });

  test("English has no Chinese in its own words (only in examples such as 3月15日 and names the user types)", () => {
    // Chinese that English messages may quote: examples of values, and characters a clerk types.
    const quoted = /（2020年7月15日）|3月15日|15日|青川|陕西|张建国|十五|县|待填|【待填】|X光|某某|○|×|“：”|：|[“”，]/g;
    for (const [code, text] of Object.entries(en)) expect(text.replace(quoted, ""), code).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("every code the source names is in the tables, and every code in the tables is used somewhere", () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && !/messages-(zh|en)\.ts$/.test(p)) sources.push(readFileSync(p, "utf8"));
      }
    };
    walk(join(ROOT, "src"));
    const all = sources.join("\n");
    // Codes built from a prefix (`batch-heading-${h}`, `leftover-${kind}`) are found by their prefix.
    const prefixes = (code: string) => [...code.matchAll(/-/g)].map((m) => `\`${code.slice(0, m.index + 1)}\${`);
    const unused = Object.keys(zh).filter((code) => !all.includes(`"${code}"`) && !prefixes(code).some((p) => all.includes(p)));
    expect(unused).toEqual([]);
  });
});
