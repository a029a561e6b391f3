import type { Lang } from "../../diagnostics/lang.js";
import { EXIT, type CliIO } from "../io.js";

/** `xfill check FILE`: placeholders left in a finished document (wired to the scanner). */
export async function runCheckDocument(io: CliIO, lang: Lang, file: string, opts: { json?: boolean }): Promise<number> {
  void lang;
  void opts;
  io.stderr(`check ${file}: not yet available\n`);
  return EXIT.usage;
}
