import { escapeHtml } from "../render/formats/html-escape.js";
import { message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import type { UiTextCode } from "../diagnostics/message-table.js";

/** A message of the serve block, escaped for HTML. */
export function word(lang: Lang, code: UiTextCode, params: Record<string, string | number | undefined> = {}): string {
  return escapeHtml(message(code, lang, params));
}

/** A whole page: our own stylesheet and, when given, our own script; nothing from elsewhere (the CSP says 'self'). */
export function pageShell(
  lang: Lang,
  title: string,
  body: string,
  opts: { script?: boolean; state?: unknown } = {},
): string {
  const state =
    opts.state === undefined
      ? ""
      : `<script type="application/json" id="xfill-state">${jsonForHtml(opts.state)}</script>\n`;
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
${body}
${state}${opts.script ? '<script src="/assets/app.js" defer></script>\n' : ""}</body>
</html>
`;
}

/** JSON inside a <script type="application/json">: no "</script>", no "<!--" can end or confuse the element. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export { escapeHtml };
