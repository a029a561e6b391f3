import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readDocxText } from "../../src/index.js";
import { BIN, HALF_EXAMPLE, ROOT, tempDir, xfill } from "../helpers/cli.js";

// xfill serve in a real browser: Debian's chromium driven by playwright-core, the server started by the
// built CLI exactly as a clerk starts it. Screenshots go to a temp folder, or to docs/screenshots/ (the
// ones README shows) when UPDATE_SCREENSHOTS=1.
const CHROMIUM = process.env.XFILL_CHROMIUM ?? "/usr/bin/chromium";
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.warn(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium)`);
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : tempDir("xfill-shots-");

let serve: ChildProcess;
let browser: Browser;
let page: Page;
let url = "";
const dir = tempDir("xfill-e2e-");
const half = join(dir, "秦川县.yaml");
const fresh = join(dir, "渭水县.yaml");
const original = readFileSync(HALF_EXAMPLE, "utf8");

/** What `xfill check --json` says about one field when the data file holds `value` for it. */
function checkMessage(key: string, value: string): string {
  const f = join(dir, "probe.yaml");
  writeFileSync(
    f,
    `${key
      .split(".")
      .map((k, i, a) => `${"  ".repeat(i)}${k}:${i === a.length - 1 ? ` ${value}` : ""}`)
      .join("\n")}\n`,
  );
  const r = JSON.parse(xfill(["check", "county-plenary-speech", f, "--json"]).stdout) as {
    invalid: { key: string; message: string }[];
  };
  return r.invalid.find((e) => e.key === key)!.message;
}

const field = (label: string) => page.getByLabel(label, { exact: true });

describe.skipIf(!haveBrowser)(
  "xfill serve in chromium",
  () => {
    beforeAll(async () => {
      copyFileSync(HALF_EXAMPLE, half);
      mkdirSync(SHOTS, { recursive: true });
      serve = spawn(process.execPath, [BIN, "serve", "county-plenary-speech", half, fresh, "--no-open"], {
        cwd: dir,
        env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
      });
      url = await new Promise<string>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
        serve.stdout!.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\/\?t=\S+/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[0]);
          }
        });
      });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      });
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        acceptDownloads: true,
        locale: "zh-CN",
      });
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      if (serve && serve.exitCode === null) {
        const exited = new Promise((r) => serve.once("exit", r));
        serve.kill("SIGINT");
        await exited;
      }
    });

    test("the start page lists both files with how far each is filled; the county's form opens from it", async () => {
      await page.goto(url);
      const rows = page.locator("table.files tbody tr");
      await expect.poll(() => rows.count()).toBe(2);
      await expect.poll(() => rows.nth(0).innerText()).toMatch(/秦川县\.yaml\s+\d+ \/ 69/);
      await expect.poll(() => rows.nth(1).innerText()).toContain("尚未创建");
      await page.getByRole("link", { name: "秦川县.yaml" }).click();
      await page.waitForURL(/\/f\/0$/);
      expect(await page.locator("#progress").innerText()).toMatch(/^已填 \d+ \/ 69$/);
    });

    test("filling a field found by its label changes the preview and the progress at once", async () => {
      const before = Number(/已填 (\d+)/.exec(await page.locator("#progress").innerText())![1]);
      const input = field("1-5月规模工业总产值增速");
      await input.fill("8.5");
      await page.waitForFunction(() =>
        [...document.querySelectorAll("#preview mark.filled")].some((m) => m.textContent === "8.5"),
      );
      const elapsed = Number(await page.locator("#preview").getAttribute("data-ms"));
      await expect.poll(() => page.locator("#progress").innerText()).toBe(`已填 ${before + 1} / 69`);
      // Typing → check → render → preview on screen, through the real server and browser. Logged, not
      // asserted: on a shared machine a browser's timing is noise (serve-load measures the server's part).
      console.log(`preview updated ${elapsed} ms after typing (measured in the page)`);
      expect(elapsed).toBeGreaterThan(0);
      await expect.poll(() => page.locator("#open-items").innerText()).not.toContain("1-5月规模工业总产值增速");
    });

    test("a wrong value gets check's own message when the field is left", async () => {
      const input = field("1-5月规模工业总产值");
      await input.fill("约43");
      await input.press("Tab");
      const msg = page.locator(`#${await input.getAttribute("id")}-msg`);
      await expect.poll(() => msg.innerText()).toBe(checkMessage("review.economy.industrialOutput", "约43"));
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      await input.fill("42.30");
      await input.press("Tab");
      await expect.poll(() => msg.innerText()).toBe("");
      // An ordinal shows its Chinese numeral as typed.
      await field("本次县委全会的届次（县委第几届）").fill("15");
      await expect.poll(() => page.locator("#f-meeting-countyTerm-shown").innerText()).toBe("→ 十五");
    });

    test("an open blank in the preview leads to its field", async () => {
      const blank = page.locator("#preview a.blank").first();
      const key = await blank.getAttribute("data-key");
      expect(await blank.innerText()).toMatch(/^【待填：.+】$/);
      await blank.click();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(key);
    });

    test("Ctrl+S saves: the values are on disk and every comment line of the file is still there", async () => {
      await shot("serve-form.png");
      await page.keyboard.press("Control+s");
      await expect.poll(() => page.locator("#save-state").innerText()).toMatch(/^已保存/);
      const saved = readFileSync(half, "utf8");
      expect(saved).toMatch(/^\s+industrialOutput: 42\.30$/m);
      expect(saved).toMatch(/^\s+industrialOutputGrowth: 8\.5$/m);
      expect(saved).toMatch(/^\s+countyTerm: 15$/m);
      const comments = (t: string) => t.split("\n").filter((l) => /^\s*#/.test(l) || / # /.test(l));
      expect(comments(saved)).toEqual(comments(original));
      expect(saved.split("\n").length).toBe(original.split("\n").length);
    });

    test("a file changed on disk meanwhile is reported, and either side can win", async () => {
      const onDisk = readFileSync(half, "utf8").replace(/^(\s+countyTerm:) 15$/m, "$1 16  # 编辑器里改的");
      writeFileSync(half, onDisk);
      await field("本次县委全会是本届第几次全会").fill("9");
      await page.getByRole("button", { name: "保存", exact: true }).click();
      const dialog = page.getByRole("alertdialog");
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.innerText()).toContain("被别处修改过");
      expect(readFileSync(half, "utf8")).toBe(onDisk);
      await page.getByRole("button", { name: "保留本页的内容（覆盖磁盘上的修改）" }).click();
      await expect.poll(() => page.locator("#save-state").innerText()).toMatch(/^已保存/);
      const kept = readFileSync(half, "utf8");
      expect(kept).toMatch(/^\s+countySession: 9$/m);
      expect(kept).toMatch(/^\s+countyTerm: 15  # 编辑器里改的$/m);

      writeFileSync(half, kept.replace(/^(\s+countySession:) 9$/m, "$1 10"));
      await field("本次县委全会的届次（县委第几届）").fill("17");
      await page.keyboard.press("Control+s");
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.getByRole("button", { name: "载入磁盘上的文件（放弃本页的修改）" }).click();
      await expect.poll(() => field("本次县委全会是本届第几次全会").inputValue()).toBe("10");
      expect(await field("本次县委全会的届次（县委第几届）").inputValue()).toBe("15");
    });

    test("download is refused while fields are open, gives a draft .docx that opens, and the review lists every field", async () => {
      await page.getByRole("button", { name: "下载", exact: true }).click();
      const refusal = page.locator("#refusal");
      await expect.poll(() => refusal.isVisible()).toBe(true);
      expect(await refusal.innerText()).toMatch(/还有 \d+ 项未填或有误/);
      await page.getByLabel("草稿（未填处显示【待填】）").check();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "下载", exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("秦川县.docx");
      const file = join(dir, "downloaded.docx");
      await download.saveAs(file);
      const read = readDocxText(new Uint8Array(readFileSync(file)));
      if (!read.ok) throw new Error(`the downloaded .docx does not open: ${read.diagnostics[0]!.code}`);
      const text = read.text;
      expect(text).toContain("在县委十五届十次全会上的讲话");
      expect(text).toContain("42.30");
      expect(text).toContain("【待填：");

      await page.getByRole("link", { name: "付印前核对" }).click();
      await page.waitForURL(/\/f\/0\/review$/);
      const rows = page.locator(".review-table tbody tr:not(:has(th.group))");
      expect(await rows.count()).toBe(69);
      expect(await page.getByRole("row", { name: /^1-5月规模工业总产值 42\.30/ }).count()).toBe(1);
      await shot("serve-review.png");
      await page
        .getByRole("row", { name: /^1-5月规模工业总产值 / })
        .getByRole("link", { name: "修改" })
        .click();
      await page.waitForURL(/\/f\/0#f-review-economy-industrialOutput$/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
        "review.economy.industrialOutput",
      );
    });

    test("switching county: the other file, created from init on first save", async () => {
      await page.locator("#file-picker").selectOption({ label: "渭水县.yaml" });
      await page.waitForURL(/\/f\/1$/);
      expect(await page.locator("#progress").innerText()).toBe("已填 0 / 69");
      await field("县名（不含“县”字）").fill("渭水");
      await expect.poll(() => page.locator("#preview").innerText()).toContain("渭水县");
      await page.keyboard.press("Control+s");
      await expect.poll(() => page.locator("#save-state").innerText()).toMatch(/^已保存/);
      const created = readFileSync(fresh, "utf8");
      expect(created).toMatch(/^# .*由 xfill init county-plenary-speech 生成/);
      expect(created).toMatch(/^county: 渭水$/m);
      expect(created).toContain("# 原文：");
    });
  },
  180_000,
);

async function shot(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, name), fullPage: false });
}
