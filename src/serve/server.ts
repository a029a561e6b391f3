import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { basename, extname } from "node:path";
import { error } from "../diagnostics/diagnostic.js";
import { failure, type Result } from "../diagnostics/result.js";
import type { Lang } from "../diagnostics/lang.js";
import { formatMessage, message } from "../diagnostics/format-message.js";
import { renderDataFile } from "../render/render-data-file.js";
import type { OutputFormat } from "../render/output-format.js";
import type { Template } from "../template/template.js";
import { assetFile, ASSET_TYPES } from "./assets.js";
import { readSnapshot, saveValues } from "./data-store.js";
import { evaluateValues, type FormValues } from "./evaluate.js";
import { allowedHosts, hostAllowed, originAllowed, readBody, sameSecret } from "./guards.js";
import {
  formPage,
  messagePage,
  refusedPage,
  reviewPage,
  startPage,
  type FileEntry,
  type FileSummary,
} from "./pages.js";

/** What `xfill serve` serves: one template and the data files given to it. */
export interface ServeOptions {
  template: Template;
  dataPaths: string[];
  /** 0 or undefined: a free port. */
  port?: number;
  lang: Lang;
}

/** A running server. `url` carries the one-time token that lets a browser in. */
export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export type StartOutcome = Result<{ server: RunningServer }>;

const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cache-Control": "no-store",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

const COOKIE = "xfill_session";
const FORMATS: Record<string, OutputFormat> = { docx: "docx", txt: "txt", html: "html" };
const CONTENT_TYPES: Record<OutputFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain; charset=utf-8",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

/**
 * Starts the form server on 127.0.0.1 only. Pages and API answer only to the server's own Host; a browser
 * gets in once with the launch token (exchanged for an HttpOnly cookie), and every write also needs the
 * page's token in a header and no foreign Origin, so a cookie alone never writes.
 */
export async function startServer(opts: ServeOptions): Promise<StartOutcome> {
  const app = new FormApp(opts);
  const server = loadHttp().createServer((req, res) => {
    app.handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      // A crash still answers in the clerk's language: the page script shows `error`, a page shows the sentence.
      const said = message("internal-error", opts.lang, { detail: String((e as Error)?.message ?? e) });
      if (req.url?.startsWith("/api/"))
        send(res, 500, "application/json; charset=utf-8", JSON.stringify({ error: said }));
      else send(res, 500, "text/html; charset=utf-8", messagePage(opts.lang, "internal-error", undefined, said));
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const listening = await listen(server, opts.port ?? 0);
  if (!listening.ok) {
    const code = listening.code === "EADDRINUSE" ? "serve-port-in-use" : "serve-listen-failed";
    return failure(error(code, { params: { port: opts.port ?? 0, detail: listening.code } }));
  }
  app.port = listening.port;
  // The first check and render compile the template and warm the code: do it now, not on the first keystroke.
  evaluateValues(opts.template, {}, opts.lang);
  app.hosts = allowedHosts(listening.port);
  return {
    ok: true,
    diagnostics: [],
    server: {
      url: `http://127.0.0.1:${listening.port}/?t=${app.launchToken}`,
      port: listening.port,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    },
  };
}

function listen(
  server: Server,
  port: number,
): Promise<{ ok: true; port: number } | { ok: false; code: string; detail: string }> {
  return new Promise((resolve) => {
    server.once("error", (e: NodeJS.ErrnoException) => resolve({ ok: false, code: e.code ?? "", detail: e.message }));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      const addr = server.address();
      resolve({ ok: true, port: typeof addr === "object" && addr ? addr.port : port });
    });
  });
}

class FormApp {
  port = 0;
  hosts = new Set<string>();
  readonly launchToken = randomBytes(18).toString("base64url");
  private launchUsed = false;
  private readonly session = randomBytes(24).toString("base64url");
  /** The token pages send with every write (X-Xfill-Token). */
  private readonly writeToken = randomBytes(24).toString("base64url");
  private readonly files: FileEntry[];
  /** Saves of one file run one after another (autosave and Ctrl+S may overlap). */
  private readonly saving = new Map<number, Promise<unknown>>();

  constructor(private readonly opts: ServeOptions) {
    this.files = opts.dataPaths.map((path, index) => ({ index, path }));
  }

  private get lang(): Lang {
    return this.opts.lang;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    // A page reached under another name (DNS rebinding) or through a proxy gets nothing.
    if (!hostAllowed(req, this.hosts)) return this.page(res, 403, messagePage(this.lang, "serve-forbidden"));
    const raw = req.url ?? "/";
    // Only fixed routes exist; anything that tries to climb out or hide dots never reaches a file.
    if (/\.\.|%2e|%2f|%5c|\\|\0/i.test(raw) || !raw.startsWith("/"))
      return this.page(res, 404, messagePage(this.lang, "serve-not-found"));
    const url = new URL(raw, `http://127.0.0.1:${this.port}`);
    const path = url.pathname;

    if (req.method === "GET" && path.startsWith("/assets/")) return this.asset(res, path.slice("/assets/".length));
    const launch = url.searchParams.get("t");
    if (launch !== null && req.method === "GET") return this.enter(req, res, launch, path);
    if (!this.hasSession(req)) return this.page(res, 403, messagePage(this.lang, "serve-forbidden"));

    let m: RegExpExecArray | null;
    if (req.method === "GET") {
      if (path === "/") return this.start(res);
      if ((m = /^\/f\/(\d+)$/.exec(path))) return this.form(res, this.file(m[1]!));
      if ((m = /^\/f\/(\d+)\/review$/.exec(path))) return this.review(res, this.file(m[1]!));
      if ((m = /^\/f\/(\d+)\/download\.(docx|txt|html)$/.exec(path)))
        return this.download(res, this.file(m[1]!), FORMATS[m[2]!]!, url.searchParams.get("draft") === "1");
      if ((m = /^\/api\/f\/(\d+)\/data$/.exec(path))) return this.data(res, this.file(m[1]!));
    }
    if (req.method === "POST" && (m = /^\/api\/f\/(\d+)\/(evaluate|save)$/.exec(path))) {
      if (!originAllowed(req, this.hosts) || !sameSecret(header(req, "x-xfill-token"), this.writeToken)) {
        req.resume();
        return this.json(res, 403, { error: "forbidden" });
      }
      const file = this.file(m[1]!);
      const body = await readBody(req);
      if (!body.ok) return this.json(res, body.status, { error: body.status === 413 ? "too-large" : "bad-request" });
      if (!file) return this.json(res, 404, { error: "not-found" });
      const parsed = parseValues(body.body);
      if (!parsed) return this.json(res, 400, { error: "bad-request" });
      return m[2] === "evaluate" ? this.evaluate(res, parsed.values) : this.save(res, file, parsed);
    }
    req.resume();
    return this.page(res, 404, messagePage(this.lang, "serve-not-found"));
  }

  private file(index: string): FileEntry | undefined {
    return this.files[Number(index)];
  }

  private hasSession(req: IncomingMessage): boolean {
    const cookies = header(req, "cookie") ?? "";
    const m = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]*)`).exec(cookies);
    return sameSecret(m?.[1], this.session);
  }

  /** The printed address: its token works once, and is swapped for a cookie and a clean address. */
  private enter(req: IncomingMessage, res: ServerResponse, token: string, path: string): void {
    const fresh = !this.launchUsed && sameSecret(token, this.launchToken);
    if (!fresh && !this.hasSession(req)) return this.page(res, 403, messagePage(this.lang, "serve-link-used"));
    this.launchUsed = true;
    res.setHeader("Set-Cookie", `${COOKIE}=${this.session}; HttpOnly; SameSite=Strict; Path=/`);
    res.writeHead(303, { Location: path }).end();
  }

  private async asset(res: ServerResponse, name: string): Promise<void> {
    const file = assetFile(name);
    if (!file) return this.page(res, 404, messagePage(this.lang, "serve-not-found"));
    send(res, 200, ASSET_TYPES[extname(name)] ?? "application/octet-stream", await readFile(file));
  }

  private async start(res: ServerResponse): Promise<void> {
    if (this.files.length === 1) {
      res.writeHead(303, { Location: "/f/0" }).end();
      return;
    }
    const rows: FileSummary[] = [];
    for (const file of this.files) {
      const read = await readSnapshot(this.opts.template, file.path, this.lang);
      const total = this.opts.template.fields.length;
      if (!read.ok) {
        rows.push({ file, exists: true, broken: true, filled: 0, unfilled: 0, invalid: 0, total });
        continue;
      }
      const ev = evaluateValues(this.opts.template, read.snapshot.values, this.lang);
      const count = (s: string) => ev.fields.filter((f) => f.status === s).length;
      rows.push({
        file,
        exists: read.snapshot.exists,
        broken: read.snapshot.data.broken,
        filled: ev.filled,
        unfilled: count("unfilled"),
        invalid: count("invalid"),
        total,
      });
    }
    this.page(res, 200, startPage(this.opts.template, rows, this.lang));
  }

  private async form(res: ServerResponse, file: FileEntry | undefined): Promise<void> {
    if (!file) return this.page(res, 404, messagePage(this.lang, "serve-not-found"));
    const read = await readSnapshot(this.opts.template, file.path, this.lang);
    if (!read.ok) return this.page(res, 500, messagePage(this.lang, "serve-bad-request", read.diagnostics[0]));
    const ev = evaluateValues(this.opts.template, read.snapshot.values, this.lang);
    this.page(res, 200, formPage(this.opts.template, this.files, file, read.snapshot, ev, this.writeToken, this.lang));
  }

  private async review(res: ServerResponse, file: FileEntry | undefined): Promise<void> {
    if (!file) return this.page(res, 404, messagePage(this.lang, "serve-not-found"));
    const read = await readSnapshot(this.opts.template, file.path, this.lang);
    if (!read.ok) return this.page(res, 500, messagePage(this.lang, "serve-bad-request", read.diagnostics[0]));
    const ev = evaluateValues(this.opts.template, read.snapshot.values, this.lang);
    this.page(res, 200, reviewPage(this.opts.template, this.files, file, ev, this.writeToken, this.lang));
  }

  private async download(
    res: ServerResponse,
    file: FileEntry | undefined,
    format: OutputFormat,
    draft: boolean,
  ): Promise<void> {
    if (!file) return this.page(res, 404, messagePage(this.lang, "serve-not-found"));
    const read = await readSnapshot(this.opts.template, file.path, this.lang);
    if (!read.ok) return this.page(res, 500, messagePage(this.lang, "serve-bad-request", read.diagnostics[0]));
    const ev = evaluateValues(this.opts.template, read.snapshot.values, this.lang);
    if (!read.snapshot.exists || (!draft && !ev.complete))
      return this.page(res, 409, refusedPage(this.opts.template, file, ev, this.lang));
    const out = await renderDataFile(this.opts.template, file.path, draft ? "draft" : "final", format);
    if (!out.ok && !out.result)
      return this.page(res, 500, messagePage(this.lang, "serve-bad-request", out.diagnostics[0]));
    if (!out.ok) return this.page(res, 409, refusedPage(this.opts.template, file, ev, this.lang));
    const name = `${basename(file.path, extname(file.path))}.${format}`;
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="xfill.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    send(res, 200, CONTENT_TYPES[format], typeof out.bytes === "string" ? Buffer.from(out.bytes, "utf8") : out.bytes);
  }

  private async data(res: ServerResponse, file: FileEntry | undefined): Promise<void> {
    if (!file) return this.json(res, 404, { error: "not-found" });
    const read = await readSnapshot(this.opts.template, file.path, this.lang);
    if (!read.ok) return this.json(res, 500, { error: formatMessage(read.diagnostics[0]!, this.lang) });
    this.json(res, 200, { values: read.snapshot.values, version: read.snapshot.version, exists: read.snapshot.exists });
  }

  private evaluate(res: ServerResponse, values: FormValues): void {
    this.json(res, 200, evaluateValues(this.opts.template, values, this.lang));
  }

  private async save(
    res: ServerResponse,
    file: FileEntry,
    body: { values: FormValues; base: string; force: boolean },
  ): Promise<void> {
    const previous = this.saving.get(file.index) ?? Promise.resolve();
    const run = previous.then(() =>
      saveValues(this.opts.template, file.path, body.values, body.base, body.force, this.lang),
    );
    this.saving.set(
      file.index,
      run.catch(() => undefined),
    );
    const outcome = await run;
    if (!outcome.ok) return this.json(res, 500, { error: formatMessage(outcome.diagnostics[0]!, this.lang) });
    const snap = outcome.snapshot;
    this.json(res, outcome.saved ? 200 : 409, {
      status: outcome.saved ? "saved" : "conflict",
      version: snap.version,
      values: snap.values,
    });
  }

  private page(res: ServerResponse, status: number, html: string): void {
    send(res, status, "text/html; charset=utf-8", html);
  }

  private json(res: ServerResponse, status: number, value: unknown): void {
    send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { "Content-Type": type, "Content-Length": bytes.length }).end(bytes);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The body of evaluate and save: { values: { key: text }, base?, force? }; anything else is refused. */
function parseValues(body: string): { values: FormValues; base: string; force: boolean } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { values, base, force } = parsed as Record<string, unknown>;
  if (typeof values !== "object" || values === null || Array.isArray(values)) return undefined;
  const out: FormValues = Object.create(null) as FormValues;
  for (const [k, v] of Object.entries(values)) {
    if (typeof v !== "string") return undefined;
    out[k] = v;
  }
  return { values: out, base: typeof base === "string" ? base : "", force: force === true };
}

/**
 * node:http, loaded with require when serve starts rather than imported. Importing it as an ES module makes
 * Node 22+ read every export, and its lazy `WebSocket` export loads undici, which reserves WebAssembly memory:
 * every command (not only serve) then died at start-up under `ulimit -v`, and loaded code it never uses.
 */
function loadHttp(): typeof import("node:http") {
  return createRequire(import.meta.url)("node:http") as typeof import("node:http");
}
