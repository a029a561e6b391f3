import type { IncomingMessage } from "node:http";

/** Largest request body accepted: the form's values are a few KiB. */
const MAX_BODY_BYTES = 256 * 1024;

/** The Host header values this server answers to: its own loopback address and port, under the three loopback names. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/**
 * Whether a request comes from this server's own pages: the Host names the server (a DNS-rebinding page
 * on another name never passes), and an Origin, when the browser sends one, is the server's own.
 */
export function hostAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const host = (req.headers.host ?? "").toLowerCase();
  return hosts.has(host);
}

/** A write must not come from another site's page: an Origin header, if present, names this server. */
export function originAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined)
    return req.headers["sec-fetch-site"] === undefined || req.headers["sec-fetch-site"] === "same-origin";
  const m = /^http:\/\/([^/]+)$/.exec(origin.toLowerCase());
  return m !== null && hosts.has(m[1]!);
}

export type BodyOutcome = { ok: true; body: string } | { ok: false; status: 413 | 400 };

/** Reads a request body up to a limit; a longer one is refused (413) without reading the rest. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyOutcome> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, status: 413 });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        resolve({ ok: false, status: 413 });
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      try {
        resolve({ ok: true, body: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ ok: false, status: 400 });
      }
    });
    req.on("error", () => {
      if (!done) resolve({ ok: false, status: 400 });
      done = true;
    });
  });
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (typeof a !== "string" || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
