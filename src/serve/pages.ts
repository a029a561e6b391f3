import { basename } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatMessage, message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import type { UiTextCode } from "../diagnostics/message-table.js";
import { reportDiagnostic } from "../diagnostics/report-text.js";
import type { Template } from "../template/template.js";
import type { DataSnapshot } from "./data-store.js";
import type { Evaluation, PreviewPart } from "./evaluate.js";
import { buildForm, type FormField } from "./form-model.js";
import { escapeHtml, pageShell, word } from "./page-shell.js";

/** What a page knows about the data files being served. */
export interface FileEntry {
  index: number;
  path: string;
}

/** The words the page script uses, in the page's language. */
const SCRIPT_WORDS: UiTextCode[] = [
  "serve-progress",
  "serve-saved",
  "serve-unsaved",
  "serve-saving",
  "serve-save-failed",
  "serve-conflict",
  "serve-conflict-reload",
  "serve-conflict-keep",
  "serve-open-list",
  "serve-all-done",
  "serve-refused",
  "serve-status-unfilled",
  "serve-status-invalid",
];

/** The script's messages with their {name} slots left in, for the script to fill. */
function scriptWords(lang: Lang): Record<string, string> {
  const keep = new Proxy({}, { get: (_, name) => `{${String(name)}}` }) as Record<string, string>;
  return Object.fromEntries(SCRIPT_WORDS.map((c) => [c, message(c, lang, keep)]));
}

/** The form page of one data file: the form, the progress list, the preview, save and download. */
export function formPage(
  template: Template,
  files: FileEntry[],
  file: FileEntry,
  snap: DataSnapshot,
  ev: Evaluation,
  token: string,
  lang: Lang,
): string {
  const groups = buildForm(template);
  const states = new Map(ev.fields.map((f) => [f.key, f]));
  const w = (code: UiTextCode, p: Record<string, string | number | undefined> = {}) => word(lang, code, p);
  const field = (f: FormField) => {
    const st = states.get(f.key);
    const value = snap.values[f.key] ?? "";
    const bad = st?.status === "invalid";
    const desc = [`${f.id}-help`, `${f.id}-msg`].join(" ");
    const mode =
      f.kind === "count" || f.kind === "rank" || f.kind === "ordinal"
        ? "numeric"
        : f.kind === "amount" || f.kind === "percent"
          ? "decimal"
          : "text";
    const picker =
      f.kind === "date"
        ? `<input type="date" class="picker" data-for="${f.id}" aria-label="${w("serve-date-picker", { label: f.label })}" tabindex="-1">`
        : "";
    const shown =
      f.kind === "ordinal" || f.kind === "date"
        ? `<output class="shown" id="${f.id}-shown" for="${f.id}">${st?.shown ? `→ ${escapeHtml(st.shown)}` : ""}</output>`
        : "";
    const help = [
      f.unit ? `<span class="unit">${w("serve-unit", { unit: f.unit })}</span>` : "",
      f.example !== undefined ? `<span class="example">${w("serve-example", { example: f.example })}</span>` : "",
      f.help ? `<span class="note">${escapeHtml(f.help)}</span>` : "",
      f.context
        ? `<span class="context">${contextHtml(f.context, lang)}${f.uses > 1 ? w("serve-uses", { uses: f.uses }) : ""}</span>`
        : "",
    ].join("");
    return `<div class="field ${st?.status ?? ""}" data-key="${escapeHtml(f.key)}" data-kind="${f.kind}">
<label for="${f.id}">${escapeHtml(f.label)}</label>
<div class="row"><input id="${f.id}" name="${escapeHtml(f.key)}" value="${escapeHtml(value)}" inputmode="${mode}"
  autocomplete="off" spellcheck="false" aria-describedby="${desc}"
  ${bad ? ' aria-invalid="true"' : ""}>${f.unit ? `<span class="unit-suffix" aria-hidden="true">${escapeHtml(f.unit)}</span>` : ""}${
    picker
  }${shown}</div>
<div class="help" id="${f.id}-help">${help}</div>
<div class="msg" id="${f.id}-msg" aria-live="polite">${bad && st?.message ? escapeHtml(st.message) : ""}</div>
</div>`;
  };
  const form = groups
    .map(
      (g) =>
        `<fieldset><legend>${escapeHtml(g.title || template.title || template.name)}</legend>\n${g.fields.map(field).join("\n")}\n</fieldset>`,
    )
    .join("\n");
  const fileErrors = snap.data.broken
    ? `<div class="errors" role="alert"><p>${w("serve-file-errors")}</p><pre>${escapeHtml(
        snap.data.diagnostics.map((d) => reportDiagnostic(d, lang, snap.text)).join("\n"),
      )}</pre></div>`
    : "";
  const body = `${header(template, files, file, ev, lang, "form")}
${fileErrors}
<main class="layout">
<section class="form-pane" aria-label="${w("serve-form")}">
${openList(template, ev, lang)}
<form id="form" novalidate>
${form}
</form>
</section>
<section class="preview-pane" aria-labelledby="preview-title">
<h2 id="preview-title">${w("serve-preview")}</h2>
<div id="preview" class="speech">${previewHtml(template, ev.preview)}</div>
</section>
</main>
${conflictDialog(lang)}`;
  const state = {
    file: file.index,
    version: snap.version,
    exists: snap.exists,
    token,
    broken: snap.data.broken,
    ids: Object.fromEntries(template.fields.map((f) => [f.key, `f-${f.key.replace(/\./g, "-")}`])),
    labels: Object.fromEntries(template.fields.map((f) => [f.key, f.label])),
    words: scriptWords(lang),
    lang,
  };
  return pageShell(lang, message("serve-title", lang, { title: template.title ?? template.name }), body, {
    script: true,
    state,
  });
}

/** The review screen: every field as it will print, each linking back to its input. */
export function reviewPage(
  template: Template,
  files: FileEntry[],
  file: FileEntry,
  ev: Evaluation,
  token: string,
  lang: Lang,
): string {
  const w = (code: UiTextCode, p: Record<string, string | number | undefined> = {}) => word(lang, code, p);
  const states = new Map(ev.fields.map((f) => [f.key, f]));
  const rows = buildForm(template)
    .map((g) => {
      const head = `<tr><th colspan="3" scope="rowgroup" class="group">${escapeHtml(g.title || template.title || template.name)}</th></tr>`;
      const body = g.fields
        .map((f) => {
          const st = states.get(f.key)!;
          const value =
            st.status === "filled"
              ? `<span class="value">${escapeHtml(st.shown ?? "")}${
                  f.unit && f.unit !== "%" ? ` <span class="unit">${escapeHtml(f.unit)}</span>` : f.unit ? "%" : ""
                }</span>`
              : `<span class="problem ${st.status}">${w(`serve-status-${st.status}`)}：${escapeHtml(st.message ?? "")}</span>`;
          return `<tr class="${st.status}"><th scope="row">${escapeHtml(f.label)}</th><td>${value}</td><td>
<a href="/f/${file.index}#${f.id}">${w("serve-edit")}</a></td></tr>`;
        })
        .join("\n");
      return head + "\n" + body;
    })
    .join("\n");
  const body = `${header(template, files, file, ev, lang, "review")}
<main class="review">
<h2>${w("serve-review")}</h2>
<p>${w("serve-review-intro")}</p>
${openList(template, ev, lang)}
<table class="review-table"><thead><tr><th scope="col">${w("serve-col-label")}</th>
<th scope="col">${w("serve-col-value")}</th><th scope="col"></th></tr></thead>
<tbody>
${rows}
</tbody></table>
</main>`;
  const state = { file: file.index, token, review: true, words: scriptWords(lang), lang };
  return pageShell(lang, message("serve-review", lang), body, { script: true, state });
}

/** One row of the start page's table. */
export interface FileSummary {
  file: FileEntry;
  exists: boolean;
  broken: boolean;
  filled: number;
  unfilled: number;
  invalid: number;
  total: number;
}

/** The start page for several data files: how far each is filled, each a link to its form. */
export function startPage(template: Template, rows: FileSummary[], lang: Lang): string {
  const w = (code: UiTextCode, p: Record<string, string | number | undefined> = {}) => word(lang, code, p);
  const state = (r: FileSummary) =>
    !r.exists
      ? "serve-state-new"
      : r.broken
        ? "serve-state-broken"
        : r.unfilled + r.invalid === 0
          ? "serve-state-complete"
          : "serve-state-incomplete";
  const body = `<header class="top"><h1>${escapeHtml(template.title ?? template.name)}</h1></header>
<main class="start">
<h2>${w("serve-start-title")}</h2>
<table class="files"><thead><tr><th scope="col">${w("serve-col-file")}</th>
<th scope="col">${w("serve-col-filled")}</th><th scope="col">${w("serve-col-unfilled")}</th>
<th scope="col">${w("serve-col-invalid")}</th><th scope="col">${w("serve-col-state")}</th></tr></thead>
<tbody>
${rows
  .map(
    (r) =>
      `<tr class="${state(r).slice("serve-state-".length)}">` +
      `<th scope="row"><a href="/f/${r.file.index}">${escapeHtml(basename(r.file.path))}</a></th>` +
      `<td>${r.filled} / ${r.total}</td><td>${r.unfilled}</td><td>${r.invalid}</td><td>${w(state(r))}</td></tr>`,
  )
  .join("\n")}
</tbody></table>
</main>`;
  return pageShell(lang, message("serve-start-title", lang), body);
}

/** The page a refused download shows: what is still open, each a link to its field. */
export function refusedPage(template: Template, file: FileEntry, ev: Evaluation, lang: Lang): string {
  const body = `<main class="refused"><h1>${word(lang, "serve-refused", { n: ev.total - ev.filled })}</h1>${openItems(template, file, ev, lang)}
<p><a href="/f/${file.index}">${word(lang, "serve-form")}</a></p></main>`;
  return pageShell(lang, message("serve-download", lang), body);
}

/** A plain page with one sentence (forbidden, not found, …). */
export function messagePage(lang: Lang, code: UiTextCode, diagnostic?: Diagnostic, sentence?: string): string {
  const detail = diagnostic ? `<pre>${escapeHtml(formatMessage(diagnostic, lang))}</pre>` : "";
  const heading = sentence === undefined ? word(lang, code) : escapeHtml(sentence);
  return pageShell(lang, message(code, lang), `<main class="message"><h1>${heading}</h1>${detail}</main>`);
}

function header(
  template: Template,
  files: FileEntry[],
  file: FileEntry,
  ev: Evaluation,
  lang: Lang,
  at: "form" | "review",
): string {
  const w = (code: UiTextCode, p: Record<string, string | number | undefined> = {}) => word(lang, code, p);
  const picker =
    files.length > 1
      ? `<label class="picker-label" for="file-picker">${w("serve-file-picker")}</label><select id="file-picker">${files
          .map(
            (f) =>
              `<option value="/f/${f.index}${at === "review" ? "/review" : ""}"${
                f.index === file.index ? " selected" : ""
              }>${escapeHtml(basename(f.path))}</option>`,
          )
          .join("")}</select> <a href="/">${w("serve-start-title")}</a>`
      : `<span class="file-name">${escapeHtml(basename(file.path))}</span>`;
  const formats = ["docx", "txt", "html"].map((f) => `<option value="${f}">.${f}</option>`).join("");
  return `<header class="top">
<h1>${escapeHtml(template.title ?? template.name)}</h1>
<div class="files">${picker}</div>
<nav><a href="/f/${file.index}"${at === "form" ? ' aria-current="page"' : ""}>${w("serve-form")}</a>
<a href="/f/${file.index}/review" id="review-link"${at === "review" ? ' aria-current="page"' : ""}>${w("serve-review")}</a></nav>
<div class="progress" id="progress" role="status">${w("serve-progress", { filled: ev.filled, total: ev.total })}</div>
<div class="actions">${at === "form" ? `<button type="button" id="save">${w("serve-save")}</button> <span id="save-state" role="status"></span>` : ""}
<span class="download"><label for="format">${w("serve-format")}</label> <select id="format">${formats}</select>
<label><input type="checkbox" id="draft"> ${w("serve-draft")}</label>
<button type="button" id="download">${w("serve-download")}</button></span></div>
<div id="refusal" class="refusal" hidden></div>
</header>`;
}

function openList(template: Template, ev: Evaluation, lang: Lang): string {
  const n = ev.total - ev.filled;
  return `<details class="open-list" id="open-list"${n > 0 ? " open" : ""}><summary>${word(lang, "serve-open-list", { n })}</summary>
<div id="open-items">${n === 0 ? `<p>${word(lang, "serve-all-done")}</p>` : openItems(template, undefined, ev, lang)}</div></details>`;
}

function openItems(template: Template, file: FileEntry | undefined, ev: Evaluation, lang: Lang): string {
  const items = ev.fields
    .filter((f) => f.status !== "filled")
    .map((f) => {
      const def = template.byKey.get(f.key)!;
      const id = `f-${f.key.replace(/\./g, "-")}`;
      const href = file ? `/f/${file.index}#${id}` : `#${id}`;
      return `<li class="${f.status}"><a href="${href}" data-key="${escapeHtml(f.key)}">${escapeHtml(def.label)}</a>
<span class="why">${word(lang, `serve-status-${f.status}`)}${f.status === "invalid" && f.message ? `：${escapeHtml(f.message)}` : ""}</span></li>`;
    });
  return `<ul>${items.join("")}</ul>`;
}

/** The preview as HTML: paragraphs, filled values marked, open blanks as links to their fields. */
function previewHtml(template: Template, parts: readonly PreviewPart[]): string {
  let html = "<p>";
  for (const part of parts) {
    if (typeof part === "string") {
      html += escapeHtml(part).replace(/\r?\n/g, "</p><p>");
      continue;
    }
    const id = `f-${part.key.replace(/\./g, "-")}`;
    html +=
      part.status === "filled"
        ? `<mark class="filled" data-key="${escapeHtml(part.key)}">${escapeHtml(part.text)}</mark>`
        : `<a class="blank ${part.status}" href="#${id}" data-key="${escapeHtml(part.key)}">${escapeHtml(part.text)}</a>`;
  }
  return (html + "</p>").replace(/<p><\/p>/g, "");
}

/** The sentence with its ［X］ mark emphasised. */
function contextHtml(context: string, lang: Lang): string {
  const text = message("serve-context", lang, { context });
  return escapeHtml(text).replace(/［([^］]*)］/, '<strong class="blank-mark">［$1］</strong>');
}

/** Shown when a save finds the file changed on disk: reload it, or keep the page's values. */
function conflictDialog(lang: Lang): string {
  return `<div id="conflict" class="conflict" role="alertdialog" aria-labelledby="conflict-text" hidden>
<p id="conflict-text">${word(lang, "serve-conflict")}</p>
<button type="button" id="conflict-reload">${word(lang, "serve-conflict-reload")}</button>
<button type="button" id="conflict-keep">${word(lang, "serve-conflict-keep")}</button>
</div>`;
}
