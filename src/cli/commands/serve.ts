import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { expandDataInputs } from "../expand-inputs.js";
import { EXIT, printDiagnostics, type CliIO } from "../io.js";
import { loadTemplateOrReport } from "../load-template-or-report.js";
import { error, message, startServer, warning, type Lang } from "../../index.js";

/** Options of `xfill serve`. */
export interface ServeCliOptions {
  port?: string;
  /** commander's --no-open sets open: false. */
  open?: boolean;
}

/** `xfill serve TEMPLATE DATA… [--port N] [--no-open]`: the browser form, until Ctrl+C. */
export async function runServe(
  io: CliIO,
  lang: Lang,
  templateName: string,
  dataPaths: string[],
  opts: ServeCliOptions,
): Promise<number> {
  let port = 0;
  if (opts.port !== undefined) {
    port = Number(opts.port);
    if (!/^\d+$/.test(opts.port) || port < 1 || port > 65535) {
      printDiagnostics(io, [error("serve-bad-port", { params: { found: opts.port } })], lang);
      return EXIT.usage;
    }
  }
  const template = await loadTemplateOrReport(io, templateName, lang);
  if (!template) return EXIT.usage;
  // DATA as batch takes it: files (a missing one is created on first save), folders of .yaml, patterns.
  const { files, unmatched } = await expandDataInputs(dataPaths, io.cwd);
  printDiagnostics(
    io,
    unmatched.map((arg) => warning("batch-no-match", { params: { pattern: arg } })),
    lang,
  );
  if (files.length === 0) {
    printDiagnostics(io, [error("batch-no-data")], lang);
    return EXIT.usage;
  }
  const started = await startServer({ template, dataPaths: files.map((p) => resolve(io.cwd, p)), port, lang });
  if (!started.ok) {
    printDiagnostics(io, started.diagnostics, lang);
    return EXIT.usage;
  }
  const { server } = started;
  io.stdout(message("serve-started", lang, { url: server.url }) + "\n");
  if (opts.open !== false) openBrowser(server.url);
  await (io.waitForStop ?? waitForSignal)();
  await server.close();
  return EXIT.ok;
}

function waitForSignal(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}

/** Opens the address in the desktop's browser when there is one; a failure only means the user opens it by hand. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === "win32"
      ? ["cmd", ["/c", "start", '""', url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    /* no browser: the printed address is enough */
  }
}
