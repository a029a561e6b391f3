import { afterAll, beforeAll, expect, test } from "vitest";
import { openSession, type Session } from "./helpers.js";

// 200 preview requests at once, each with its own county: every answer is that county's speech, and the
// server answers a page right after. Bounded: loopback only, one batch, a timeout on each request.
let s: Session;
beforeAll(async () => {
  s = await openSession({ "d.yaml": null });
});
afterAll(async () => {
  await s.server.close();
});

test("200 concurrent preview requests are all answered correctly, and the server keeps answering", async () => {
  const n = 200;
  const t0 = performance.now();
  const replies = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      s.post("/api/f/0/evaluate", { values: { county: `测试${i}`, "meeting.countyTerm": String(i + 1) } }),
    ),
  );
  const elapsed = performance.now() - t0;
  replies.forEach((r, i) => {
    expect(r.status).toBe(200);
    const ev = JSON.parse(r.body) as { filled: number; preview: (string | { key: string; text: string })[] };
    expect(ev.filled).toBe(2);
    const county = ev.preview.filter((p) => typeof p !== "string" && p.key === "county");
    expect(county).toHaveLength(25);
    expect(county.every((p) => typeof p !== "string" && p.text === `测试${i}`)).toBe(true);
  });
  console.log(`${n} concurrent previews in ${elapsed.toFixed(0)} ms (${(elapsed / n).toFixed(1)} ms each on average)`);
  const after = await s.get("/f/0");
  expect(after.status).toBe(200);
  expect(after.body).toContain("本次县委全会的届次");
});

test("one preview of the seed's speech takes well under 100 ms on the server", async () => {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const r = await s.post("/api/f/0/evaluate", { values: { county: `秦川${i}` } });
    times.push(performance.now() - t0);
    expect(r.status).toBe(200);
  }
  times.sort((a, b) => a - b);
  const median = times[10]!;
  console.log(`preview round trip: median ${median.toFixed(1)} ms, max ${times[19]!.toFixed(1)} ms`);
  // Generous bound for a shared, loaded machine; a typical median is a few milliseconds.
  expect(median).toBeLessThan(100);
});
