import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { EXAMPLE, HALF_EXAMPLE, xfill } from "../helpers/cli.js";
import { openSession, type Session } from "./helpers.js";

// The form's API: evaluate says what check says; save edits the file in place or reports a conflict.
let s: Session | undefined;
afterEach(async () => {
  await s?.server.close();
  s = undefined;
});
const half = readFileSync(HALF_EXAMPLE, "utf8");

interface SaveReply {
  status: string;
  version: string;
  values: Record<string, string>;
}

async function versionOf(session: Session): Promise<string> {
  return JSON.parse((await session.get("/api/f/0/data")).body).version as string;
}

describe("evaluate", () => {
  test("each field's state and message are check's, word for word", async () => {
    s = await openSession({ "d.yaml": half });
    const data = JSON.parse((await s.get("/api/f/0/data")).body) as { values: Record<string, string> };
    const ev = JSON.parse((await s.post("/api/f/0/evaluate", { values: data.values })).body) as {
      fields: { key: string; status: string; message?: string }[];
      filled: number;
      total: number;
    };
    const check = JSON.parse(xfill(["check", "county-plenary-speech", HALF_EXAMPLE, "--json"]).stdout) as {
      filled: number;
      total: number;
      invalid: { key: string; message: string }[];
      unfilled: { key: string }[];
    };
    expect([ev.filled, ev.total]).toEqual([check.filled, check.total]);
    for (const e of check.invalid.filter((e) => e.key && ev.fields.some((f) => f.key === e.key))) {
      expect(ev.fields.find((f) => f.key === e.key)).toMatchObject({ status: "invalid", message: e.message });
    }
    const unfilled = ev.fields
      .filter((f) => f.status === "unfilled")
      .map((f) => f.key)
      .sort();
    expect(unfilled).toEqual(check.unfilled.map((e) => e.key).sort());
  });

  test("the preview marks filled values and open blanks", async () => {
    s = await openSession({ "d.yaml": half });
    const ev = JSON.parse(
      (await s.post("/api/f/0/evaluate", { values: { county: "秦川", "review.economy.industrialOutput": "12.30" } }))
        .body,
    ) as {
      preview: (string | { key: string; status: string; text: string })[];
    };
    const slots = ev.preview.filter((p): p is { key: string; status: string; text: string } => typeof p !== "string");
    expect(slots.filter((p) => p.key === "county")).toHaveLength(25);
    expect(slots.find((p) => p.key === "county")).toEqual({ key: "county", status: "filled", text: "秦川" });
    expect(slots.find((p) => p.key === "review.economy.industrialOutput")?.text).toBe("12.30");
    expect(slots.find((p) => p.key === "meeting.countyTerm")).toEqual({
      key: "meeting.countyTerm",
      status: "unfilled",
      text: "【待填：本次县委全会的届次（县委第几届）】",
    });
    expect(ev.preview.filter((p) => typeof p === "string").join("")).toContain("同志们：");
  });
});

describe("save", () => {
  test("edits only the changed values, keeping every other byte of the file", async () => {
    s = await openSession({ "d.yaml": half });
    const base = await versionOf(s);
    const values = {
      ...JSON.parse((await s.get("/api/f/0/data")).body).values,
      county: "秦川",
      "review.economy.industrialOutput": "42.36",
    };
    const r = await s.post("/api/f/0/save", { values, base });
    expect(r.status).toBe(200);
    const saved = readFileSync(s.paths[0]!, "utf8");
    const before = half.split("\n");
    const after = saved.split("\n");
    expect(after.length).toBe(before.length);
    const changed = before.map((l, i) => [l, after[i]]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ["county: 秦川县", "county: 秦川"],
      ["    industrialOutput: 约42", "    industrialOutput: 42.36"],
    ]);
    expect((JSON.parse(r.body) as SaveReply).version).toBe(await versionOf(s));
  });

  test("a file changed on disk is a conflict: nothing written; forcing writes the page's values over the new text", async () => {
    s = await openSession({ "d.yaml": half });
    const base = await versionOf(s);
    const edited = half.replace("county: 秦川县", "county: 秦川  # 编辑器里改的");
    writeFileSync(s.paths[0]!, edited);
    const values = { "meeting.countySession": "9" };
    const r = await s.post("/api/f/0/save", { values, base });
    expect(r.status).toBe(409);
    const reply = JSON.parse(r.body) as SaveReply;
    expect(reply.values.county).toBe("秦川");
    expect(readFileSync(s.paths[0]!, "utf8")).toBe(edited);
    const forced = await s.post("/api/f/0/save", { values, base: reply.version, force: true });
    expect(forced.status).toBe(200);
    const out = readFileSync(s.paths[0]!, "utf8");
    expect(out).toContain("county: 秦川  # 编辑器里改的");
    expect(out).toMatch(/^ {2}countySession: 9$/m);
  });

  test("a data file that does not exist yet is created from init's skeleton on first save", async () => {
    s = await openSession({ "新县.yaml": null });
    expect(existsSync(s.paths[0]!)).toBe(false);
    const data = JSON.parse((await s.get("/api/f/0/data")).body) as { version: string; exists: boolean };
    expect(data.exists).toBe(false);
    const r = await s.post("/api/f/0/save", {
      values: { county: "渭水", "meeting.countyTerm": "15" },
      base: data.version,
    });
    expect(r.status).toBe(200);
    const created = readFileSync(s.paths[0]!, "utf8");
    // init's skeleton as printed (init -o also puts the editor's schema modeline first, with a schema file beside it).
    const skeleton = xfill(["init", "county-plenary-speech"]).stdout;
    expect(created).toBe(skeleton.replace(/^county:$/m, "county: 渭水").replace(/^( {2}countyTerm:)$/m, "$1 15"));
  });

  test("a value that YAML would misread is quoted, and reads back as typed", async () => {
    s = await openSession({ "d.yaml": readFileSync(EXAMPLE, "utf8") });
    const base = await versionOf(s);
    const r = await s.post("/api/f/0/save", { values: { "meeting.announcer": "张三: 李四 # 注" }, base });
    expect(r.status).toBe(200);
    expect(readFileSync(s.paths[0]!, "utf8")).toMatch(/^ {2}announcer: "张三: 李四 # 注"$/m);
    expect((JSON.parse((await s.get("/api/f/0/data")).body) as SaveReply).values["meeting.announcer"]).toBe(
      "张三: 李四 # 注",
    );
  });

  test("a broken data file is not overwritten", async () => {
    const broken = "county: 秦川\nreview:\n\teconomy: 1\n";
    s = await openSession({ "d.yaml": broken });
    const page = await s.get("/f/0");
    expect(page.body).toContain("数据文件有格式错误");
    const r = await s.post("/api/f/0/save", { values: { county: "渭水" }, base: await versionOf(s) });
    expect(r.status).toBe(500);
    expect(readFileSync(s.paths[0]!, "utf8")).toBe(broken);
  });
});

describe("download", () => {
  test("refused while incomplete, with the open fields listed; a draft or a complete file downloads", async () => {
    s = await openSession({ "d.yaml": half, "full.yaml": readFileSync(EXAMPLE, "utf8") });
    const refused = await s.get("/f/0/download.txt");
    expect(refused.status).toBe(409);
    expect(refused.body).toMatch(/还有 \d+ 项未填或有误/);
    expect(refused.body).toContain('href="/f/0#f-meeting-countySession"');
    const draft = await s.get("/f/0/download.txt?draft=1");
    expect(draft.status).toBe(200);
    expect(draft.body).toContain("【待填：");
    const full = await s.get("/f/1/download.html");
    expect(full.status).toBe(200);
    expect(full.headers["content-disposition"]).toContain("filename*=UTF-8''full.html");
    expect(full.body).toContain("秦川县");
    const docx = await s.get("/f/1/download.docx");
    expect(docx.status).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
  });

  test("the start page is the completeness table of all files", async () => {
    s = await openSession({ "half.yaml": half, "full.yaml": readFileSync(EXAMPLE, "utf8"), "new.yaml": null });
    const start = await s.get("/");
    expect(start.status).toBe(200);
    const rows = [
      ...start.body.matchAll(
        /<tr class="(\w+)"><th scope="row"><a href="\/f\/(\d)">([^<]+)<\/a><\/th><td>(\d+) \/ 69<\/td>/g,
      ),
    ].map((m) => [m[1], m[2], m[3], m[4]]);
    expect(rows).toEqual([
      ["incomplete", "0", "half.yaml", expect.any(String)],
      ["complete", "1", "full.yaml", "69"],
      ["new", "2", "new.yaml", "0"],
    ]);
  });
});
