import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { loadTemplate, type Template } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { tempDir } from "../helpers/cli.js";

/** One HTTP exchange, with full control of the headers (fetch would not let a test set Host). */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers }, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

let seedTemplate: Template | undefined;
export async function seed(): Promise<Template> {
  if (seedTemplate) return seedTemplate;
  const loaded = await loadTemplate("county-plenary-speech");
  if (!loaded.ok) throw new Error("template did not load");
  return (seedTemplate = loaded.template);
}

/** A running server over data files in a fresh folder, already let in: its cookie and the page's write token. */
export interface Session {
  server: RunningServer;
  port: number;
  dir: string;
  paths: string[];
  cookie: string;
  token: string;
  /** The launch token from the printed address (already used). */
  launch: string;
  get: (path: string, headers?: Record<string, string>) => Promise<Reply>;
  post: (path: string, value: unknown, headers?: Record<string, string>) => Promise<Reply>;
  /** A POST of exactly these bytes, with the session's cookie and write token and no other header unless given. */
  postRaw: (path: string, body: string | Buffer, headers?: Record<string, string>) => Promise<Reply>;
}

export async function openSession(files: Record<string, string | null>, over?: Template): Promise<Session> {
  const template = over ?? (await seed());
  const dir = tempDir("xfill-serve-");
  const { writeFileSync } = await import("node:fs");
  const paths = Object.entries(files).map(([name, text]) => {
    const p = join(dir, name);
    if (text !== null) writeFileSync(p, text);
    return p;
  });
  const started = await startServer({ template, dataPaths: paths, lang: "zh" });
  if (!started.ok) throw new Error(started.diagnostics[0]!.code);
  const server = started.server;
  const port = server.port;
  const launch = new URL(server.url).searchParams.get("t")!;
  const enter = await send(port, "GET", `/?t=${launch}`);
  const cookie = String(enter.headers["set-cookie"]).split(";")[0]!;
  const page = await send(port, "GET", "/f/0", { Cookie: cookie });
  const token = /"token":"([^"]+)"/.exec(page.body)?.[1] ?? "";
  const postRaw = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    send(port, "POST", path, { Cookie: cookie, "X-Xfill-Token": token, ...headers }, body);
  return {
    server,
    port,
    dir,
    paths,
    cookie,
    token,
    launch,
    get: (path, headers = {}) => send(port, "GET", path, { Cookie: cookie, ...headers }),
    post: (path, value, headers = {}) =>
      postRaw(path, JSON.stringify(value), { "Content-Type": "application/json", ...headers }),
    postRaw,
  };
}
