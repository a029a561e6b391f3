import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { EXAMPLE } from "../helpers/cli.js";
import { openSession, seed, type Session } from "./helpers.js";

// A fault inside xfill while answering (not bad input: a bug) still answers in the clerk's language, never with
// the raw English of the exception alone: a page with the sentence, or the page script's `error` field.
let s: Session;
let broken = false;
beforeAll(async () => {
  const real = await seed();
  const template = { ...real };
  Object.defineProperty(template, "fields", {
    get() {
      if (broken) throw new Error("boom inside xfill");
      return real.fields;
    },
  });
  s = await openSession({ "秦川县.yaml": readFileSync(EXAMPLE, "utf8") }, template);
  broken = true;
});
afterAll(async () => {
  broken = false;
  await s.server.close();
});

test("a page that crashes answers 500 with a Chinese page naming the fault", async () => {
  const r = await s.get("/f/0");
  expect(r.status).toBe(500);
  expect(r.headers["content-type"]).toContain("text/html");
  expect(r.body).toContain("xfill 内部错误，请把下面这行发给维护者：boom inside xfill");
});

test("an API call that crashes answers 500 with JSON whose error the page script shows", async () => {
  const r = await s.post("/api/f/0/evaluate", { values: {} });
  expect(r.status).toBe(500);
  expect(JSON.parse(r.body)).toEqual({ error: "xfill 内部错误，请把下面这行发给维护者：boom inside xfill" });
});
