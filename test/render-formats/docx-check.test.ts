import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { renderDocx } from "../../src/render/formats/docx.js";
import { SPEECH } from "./helpers.js";

// The shared acceptance check (python3, stdlib only) that resolves styles and direct formatting.
const CHECK = fileURLToPath(new URL("../../../shared/acceptance/lib/docx_check.py", import.meta.url));
const python = spawnSync("python3", ["--version"]).status === 0;

test.skipIf(!python || !existsSync(CHECK))("the filled seed speech passes acceptance/lib/docx_check.py", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xfill-docx-"));
  try {
    const file = join(dir, "speech.docx");
    writeFileSync(file, await renderDocx(SPEECH, { county: "青川", speaker: "张建国", date: "2020年7月15日" }));
    const r = spawnSync("python3", [CHECK, file], { encoding: "utf8" });
    expect(r.stdout).toMatch(/^docx layout: 0 problems \(\d+ body paragraphs, 5 headings\)$/m);
    expect(r.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
