// A Word file's headers and footers belong to template.docx, not to template.hbs (issue 10); and template.docx's
// slots are checked against fields.yaml when the template loads, as template.hbs's are.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { loadTemplate } from "../../src/index.js";
import { ROOT, tempDir, xfill } from "../helpers/cli.js";

// Corpus 02 as a Word file: a header "xx镇人民政府办公室" and a footer "xx镇党政办公室　　20XX年X月X日印发"
// (test/corpus/README.md, "The Word corpus").
const DOCX = join(ROOT, "test", "corpus", "docx", "02-town-halfyear-report.docx");

describe("import of a .docx with a header and a footer", () => {
  const dir = join(tempDir("xfill-word-parts-"), "t");
  let fields: Record<string, { kind: string; label: string; placeholder?: string }> = {};
  beforeAll(() => {
    const r = xfill(["import", DOCX, "-o", dir]);
    expect(r.code, r.stderr).toBe(0);
    fields = (parse(readFileSync(join(dir, "fields.yaml"), "utf8")) as { fields: typeof fields }).fields;
  });

  it("template.hbs prints the body only; the footer's date is still a field, used by template.docx", () => {
    const hbs = readFileSync(join(dir, "template.hbs"), "utf8");
    expect(hbs).not.toContain("人民政府办公室");
    expect(hbs).not.toContain("印发");
    const blank = xfill(["render", dir, "--blank"]);
    expect(blank.code, blank.stderr).toBe(0);
    expect(blank.stdout).not.toContain("印发");
    const dated = Object.entries(fields).filter(([, f]) => f.placeholder === "20XX年X月X日");
    expect(dated).toHaveLength(1);
    // Named for what the date stands for: the footer reads "20XX年X月X日印发".
    expect(dated[0]![1].label).toBe("印发日期");
    // Loading reports no field unused: the date's only slot is in template.docx's footer.
    const init = xfill(["init", dir]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`${dated[0]![0]}:`);
  });

  it("a template.docx slot with no field in fields.yaml is refused at load, placed in the footer", async () => {
    const broken = join(tempDir("xfill-word-parts-"), "t");
    xfill(["import", DOCX, "-o", broken]);
    const doc = parse(readFileSync(join(broken, "fields.yaml"), "utf8")) as {
      fields: Record<string, { placeholder?: string }>;
    };
    const key = Object.keys(doc.fields).find((k) => doc.fields[k]!.placeholder === "20XX年X月X日")!;
    delete doc.fields[key];
    writeFileSync(join(broken, "fields.yaml"), stringify(doc));
    const loaded = await loadTemplate(relative(ROOT, broken));
    expect(loaded.ok).toBe(false);
    const hit = loaded.diagnostics.find((d) => d.code === "template-unknown-slot");
    expect(hit, loaded.diagnostics.map((d) => d.code).join(" ")).toMatchObject({ key, place: "页脚" });
    expect(hit!.file).toBe(join(relative(ROOT, broken), "template.docx"));
    const r = xfill(["init", broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(broken, "template.docx")} 页脚: `);
    expect(r.stderr).toContain(key);
    const en = xfill(["init", broken, "--lang", "en"]);
    expect(en.stderr).toContain(`${join(broken, "template.docx")} footer: `);
  });

  it("a field that neither template.hbs nor template.docx uses is reported", async () => {
    const extra = join(tempDir("xfill-word-parts-"), "t");
    xfill(["import", DOCX, "-o", extra]);
    const doc = parse(readFileSync(join(extra, "fields.yaml"), "utf8")) as { fields: Record<string, unknown> };
    doc.fields.多余的一项 = { label: "多余的一项", kind: "count" };
    writeFileSync(join(extra, "fields.yaml"), stringify(doc));
    const loaded = await loadTemplate(relative(ROOT, extra));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.find((d) => d.code === "template-unused-field")?.key).toBe("多余的一项");
  });
});
