import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { ROOT } from "./cli.js";

/** One diagnostic as the language server publishes it (LSP positions are 0-based). */
export interface LspDiagnostic {
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
}

/**
 * Opens YAML files in the real yaml-language-server (the server VS Code's YAML extension runs), over stdio
 * JSON-RPC as an editor would, and returns the diagnostics it publishes for each. Bounded: gives up after
 * `timeoutMs` and always kills the server.
 */
export async function yamlServerDiagnostics(
  files: { path: string; text: string }[],
  timeoutMs = 30_000,
): Promise<Map<string, LspDiagnostic[]>> {
  const server = spawn(
    process.execPath,
    [join(ROOT, "node_modules", "yaml-language-server", "bin", "yaml-language-server"), "--stdio"],
    {
      stdio: ["pipe", "pipe", "ignore"],
    },
  );
  let buffer = Buffer.alloc(0);
  const waiting = new Map<number, (result: unknown) => void>();
  const published = new Map<string, LspDiagnostic[]>();
  const send = (msg: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...msg }), "utf8");
    server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    server.stdin.write(body);
  };
  let id = 0;
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      waiting.set(++id, resolve);
      send({ id, method, params });
    });
  server.stdout.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf("\r\n\r\n");
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
      if (buffer.length < head + 4 + length) return;
      const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString("utf8"));
      buffer = buffer.subarray(head + 4 + length);
      if (msg.id !== undefined && waiting.has(msg.id)) {
        waiting.get(msg.id)!(msg.result);
        waiting.delete(msg.id);
      } else if (msg.id !== undefined && msg.method) {
        // Server-to-client requests (workspace/configuration …): answer with the settings an editor would send.
        const items = (msg.params?.items ?? []) as unknown[];
        send({
          id: msg.id,
          result: items.map(() => ({ validate: true, hover: true, completion: true, schemaStore: { enable: false } })),
        });
      } else if (msg.method === "textDocument/publishDiagnostics") {
        published.set(msg.params.uri, msg.params.diagnostics);
      }
    }
  });
  const deadline = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("yaml-language-server: timed out")), timeoutMs).unref(),
  );
  try {
    await Promise.race([
      request("initialize", {
        processId: process.pid,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
      }),
      deadline,
    ]);
    send({ method: "initialized", params: {} });
    send({
      method: "workspace/didChangeConfiguration",
      params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } },
    });
    const uris = files.map((f) => pathToFileURL(f.path).href);
    files.forEach((f, i) =>
      send({
        method: "textDocument/didOpen",
        params: { textDocument: { uri: uris[i], languageId: "yaml", version: 1, text: f.text } },
      }),
    );
    // Diagnostics come after the schema is loaded; wait until every file has a non-empty set or the time is up.
    const settled = async () => {
      for (let tries = 0; tries < 100; tries++) {
        if (uris.every((u) => (published.get(u)?.length ?? 0) > 0)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await Promise.race([settled(), deadline]);
    return new Map(files.map((f, i) => [f.path, published.get(uris[i]!) ?? []]));
  } finally {
    server.kill();
  }
}
