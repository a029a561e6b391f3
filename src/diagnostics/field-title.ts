import type { Lang } from "./lang.js";

/**
 * How a field is named to a clerk in a list: its label, and its key in brackets when the key says something
 * more (an English key: 镇名（town）). A Chinese key is already the label's words (an imported template's
 * 完成情况.生产总值 under the heading 完成情况), so it is not printed a second time.
 */
export function fieldTitle(label: string, key: string, lang: Lang = "zh"): string {
  const last = key.slice(key.lastIndexOf(".") + 1);
  if (label === key || /\p{Script=Han}/u.test(last)) return label;
  return lang === "zh" ? `${label}（${key}）` : `${label} (${key})`;
}
