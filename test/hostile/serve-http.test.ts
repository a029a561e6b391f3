import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { EXAMPLE, xfill } from "../helpers/cli.js";
import { openSession, type Session } from "../serve/helpers.js";

// Hostile requests to the form's HTTP API (the adversarial pass of issue 9): a page that saves too much,
// bodies that are not what the page sends.
let s: Session | undefined;
afterEach(async () => {
  await s?.server.close();
  s = undefined;
});

async function versionOf(session: Session): Promise<string> {
  return JSON.parse((await session.get("/api/f/0/data")).body).version as string;
}

describe("serve: what the form saves stays a data file xfill reads", () => {
  test("a save that would take the file past the 1 MB limit is refused; the file on disk stays readable", async () => {
    s = await openSession({ "d.yaml": readFileSync(EXAMPLE, "utf8") });
    const keys = [
      "county",
      "meeting.announcer",
      "meeting.economyReporter",
      "province",
      "review.reform.tourismInvestor",
      "review.reform.industrialPark",
    ];
    let refused: { status: number; body: string } | undefined;
    // Each request is under the 256 KB body limit; together they would pass the data file's 1 MB.
    for (const key of keys) {
      const r = await s.post("/api/f/0/save", { values: { [key]: "甲".repeat(85_000) }, base: await versionOf(s) });
      if (r.status !== 200) {
        refused = r;
        break;
      }
    }
    expect(refused?.status).toBe(500);
    expect(JSON.parse(refused!.body).error).toContain("保存后数据文件会超过上限 1 MB，没有保存");
    expect(readFileSync(s.paths[0]!).length).toBeLessThanOrEqual(1024 * 1024);
    // Before the fix the file grew to 1.3 MB and check then refused it: '文件太大，超过上限 1 MB'.
    expect(xfill(["check", "county-plenary-speech", s.paths[0]!]).stderr).not.toContain("文件太大");
  });

  test.each([
    ["deeply nested JSON", "[".repeat(200_000)],
    ["values that are not text", JSON.stringify({ values: { county: { a: 1 } } })],
    ["values as a list", JSON.stringify({ values: ["秦川"] })],
    ["not UTF-8", Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ])("%s: 400, nothing written", async (_, body) => {
    s = await openSession({ "d.yaml": readFileSync(EXAMPLE, "utf8") });
    const before = readFileSync(s.paths[0]!, "utf8");
    const r = await s.postRaw("/api/f/0/save", body, { "Content-Type": "application/json" });
    expect(r.status).toBe(400);
    expect(readFileSync(s.paths[0]!, "utf8")).toBe(before);
  });
});
