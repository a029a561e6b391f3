import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXAMPLE } from "../helpers/cli.js";
import { openSession, send, type Session } from "./helpers.js";

// The safety rules of xfill serve, over real HTTP: Host, launch token, write token, Origin, paths, sizes.
let s: Session;
const original = readFileSync(EXAMPLE, "utf8");
beforeAll(async () => {
  s = await openSession({ "秦川县.yaml": original });
});
afterAll(async () => {
  await s.server.close();
});

describe("Host header", () => {
  test.each(["127.0.0.1", "localhost", "[::1]"])("%s with the server's port is answered", async (name) => {
    const r = await s.get("/f/0", { Host: `${name}:${s.port}` });
    expect(r.status).toBe(200);
  });
  test.each(["evil.example", "evil.example:PORT", "127.0.0.1:1", "localhost", "127.0.0.1.evil.example:PORT"])(
    "%j is refused with 403",
    async (host) => {
      const r = await s.get("/f/0", { Host: host.replace("PORT", String(s.port)) });
      expect(r.status).toBe(403);
      expect(r.body).not.toContain("秦川");
    },
  );
  test("a foreign Host gets nothing, not even with the launch token", async () => {
    const r = await send(s.port, "GET", `/?t=${s.launch}`, { Host: `evil.example:${s.port}` });
    expect(r.status).toBe(403);
    expect(r.headers["set-cookie"]).toBeUndefined();
  });
});

describe("getting in and writing", () => {
  test("the printed address works once; afterwards, without the cookie, it is refused", async () => {
    const again = await send(s.port, "GET", `/?t=${s.launch}`);
    expect(again.status).toBe(403);
    expect(again.body).toContain("只能用一次");
    const guess = await send(s.port, "GET", "/?t=wrong");
    expect(guess.status).toBe(403);
  });
  test("pages need the session cookie", async () => {
    expect((await send(s.port, "GET", "/f/0")).status).toBe(403);
    expect((await s.get("/f/0")).status).toBe(200);
  });
  test("a write without the page's token is refused, with the cookie alone too", async () => {
    const values = { county: "外来" };
    const none = await s.post("/api/f/0/save", { values, base: "" }, { "X-Xfill-Token": "" });
    expect(none.status).toBe(403);
    const wrong = await s.post("/api/f/0/save", { values, base: "" }, { "X-Xfill-Token": "x".repeat(s.token.length) });
    expect(wrong.status).toBe(403);
    expect(readFileSync(s.paths[0]!, "utf8")).toBe(original);
  });
  test("a write from a foreign Origin is refused even with the token", async () => {
    for (const origin of [
      "http://evil.example",
      `http://evil.example:${s.port}`,
      "null",
      `https://127.0.0.1:${s.port}`,
    ]) {
      const r = await s.post(
        "/api/f/0/save",
        { values: { county: "外来" }, base: "", force: true },
        { Origin: origin },
      );
      expect(r.status, origin).toBe(403);
    }
    const cross = await s.post(
      "/api/f/0/save",
      { values: { county: "外来" }, base: "", force: true },
      { "Sec-Fetch-Site": "cross-site" },
    );
    expect(cross.status).toBe(403);
    expect(readFileSync(s.paths[0]!, "utf8")).toBe(original);
    const own = await s.post("/api/f/0/evaluate", { values: {} }, { Origin: `http://localhost:${s.port}` });
    expect(own.status).toBe(200);
  });
});

describe("only its own files", () => {
  beforeAll(() => {
    writeFileSync(join(s.dir, "secret.txt"), "secret");
    symlinkSync("/etc/passwd", join(s.dir, "link.yaml"));
  });
  test.each([
    "/assets/../package.json",
    "/assets/%2e%2e/package.json",
    "/assets/%2E%2E%2Fpackage.json",
    "/assets/..%2fpackage.json",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/f/0/../../etc/passwd",
    "/assets/..\\package.json",
    "/assets/app.js%00.css",
    "/assets/fields.yaml",
    "/templates/county-plenary-speech/fields.yaml",
    "/secret.txt",
    "/link.yaml",
    "/f/0/link.yaml",
    "/f/1",
    "/f/9/review",
    "/etc/passwd",
  ])("%s → 404", async (path) => {
    const r = await s.get(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toMatch(/root:|secret|"name": "xfill"/);
  });
  test("its own assets are served, with a CSP of 'self' on every answer", async () => {
    const js = await s.get("/assets/app.js");
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toContain("javascript");
    const page = await s.get("/f/0");
    expect(page.body).not.toMatch(/<script>(?!<\/script>)[^<]|https?:\/\/(?!127)/);
    // Pages, assets, the review, the start page and a refusal alike.
    for (const path of ["/", "/f/0", "/f/0/review", "/assets/app.js", "/no-such-page"]) {
      const r = await s.get(path);
      expect(r.headers["content-security-policy"], path).toContain("default-src 'self'");
      expect(r.headers["content-security-policy"], path).toContain("script-src 'self'");
      expect(r.headers["x-content-type-options"], path).toBe("nosniff");
    }
  });
});

describe("sizes", () => {
  test("a body over the limit is refused with 413 (declared or streamed)", async () => {
    const big = JSON.stringify({ values: { county: "x".repeat(400_000) } });
    const r = await s.post("/api/f/0/evaluate", JSON.parse(big));
    expect(r.status).toBe(413);
    const chunked = await s.postRaw("/api/f/0/save", big, { "Transfer-Encoding": "chunked" });
    expect(chunked.status).toBe(413);
    expect(readFileSync(s.paths[0]!, "utf8")).toBe(original);
  });
  test("malformed bodies are refused with 400", async () => {
    for (const body of ["not json", "[]", '{"values": {"county": 5}}', '{"values": null}']) {
      const r = await s.postRaw("/api/f/0/evaluate", body);
      expect(r.status, body).toBe(400);
    }
  });
});

test("values are escaped in the form, the review and the preview", async () => {
  const evil = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
  const text = original
    .replace(/^(\s*announcer:).*$/m, `$1 '${evil}'`)
    .replace(/^(\s*observedTowns:).*$/m, `$1 '${evil}'`);
  writeFileSync(s.paths[0]!, text);
  for (const path of ["/f/0", "/f/0/review"]) {
    const r = await s.get(path);
    expect(r.status).toBe(200);
    expect(r.body, path).not.toContain("<script>alert");
    expect(r.body, path).not.toContain("<img src=x");
    expect(r.body, path).toContain("&lt;script&gt;alert(1)");
  }
  writeFileSync(s.paths[0]!, original);
});

test("it listens on loopback only", async () => {
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === "IPv4" && !i.internal)
    .map((i) => i!.address);
  for (const address of others) {
    const reached = await new Promise<boolean>((resolve) => {
      const c = connect({ host: address, port: s.port, timeout: 2000 });
      c.on("connect", () => (c.destroy(), resolve(true)));
      c.on("error", () => resolve(false));
      c.on("timeout", () => (c.destroy(), resolve(false)));
    });
    expect(reached, address).toBe(false);
  }
  expect(new URL(s.server.url).hostname).toBe("127.0.0.1");
});
