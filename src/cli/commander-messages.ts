import type { Lang } from "../index.js";

/** Commander's own error lines (English), each with its Chinese wording. */
/** "-o, --output <dir>" → "-o / --output". */
const flagName = (flags: string) =>
  flags
    .replace(/\s*<.*$/, "")
    .split(/,\s*/)
    .join(" / ");

const ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: missing required argument '(.+)'/, (m) => `缺少参数 ${m[1]}`],
  [
    /^error: unknown command '(.+?)'(?:\n\(Did you mean (.+)\?\))?/,
    (m) => `没有“${m[1]}”这个命令${m[2] ? `，是不是 ${m[2]}？` : ""}`,
  ],
  [
    /^error: unknown option '(.+?)'(?:\n\(Did you mean (.+)\?\))?/,
    (m) => `不认识的选项 ${m[1]}${m[2] ? `，是不是 ${m[2]}？` : ""}`,
  ],
  [
    /^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => `${m[1]} 命令最多接受 ${m[2]} 个参数，实际给了 ${m[3]} 个`,
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => `最多接受 ${m[1]} 个参数，实际给了 ${m[2]} 个`,
  ],
  [/^error: option '(.+?)' argument missing/, (m) => `选项 ${flagName(m[1]!)} 后面缺少值`],
  [/^error: required option '(.+?)' not specified/, (m) => `缺少必需的选项 ${flagName(m[1]!)}`],
];

/** Commander's error message in the user's language (English ones pass through unchanged). */
export function translateCommanderError(text: string, lang: Lang): string {
  if (lang !== "zh") return text;
  for (const [re, say] of ZH) {
    const m = re.exec(text);
    if (m) return `错误：${say(m)}\n`;
  }
  return text;
}
