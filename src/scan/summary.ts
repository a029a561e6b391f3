import { message } from "../diagnostics/format-message.js";
import type { Lang } from "../diagnostics/lang.js";
import { KIND_LABELS_EN, KIND_LABELS_ZH, KINDS, type Kind } from "../kinds/kind-names.js";
import type { ScanResult } from "./types.js";

/**
 * One line for people: "98 处占位符：县名 25、数额 6、百分比 5 ……", most frequent kind first
 * (ties in the design's kind order), and how many look-alikes were passed over.
 */
export function summarizeScan(result: ScanResult, lang: Lang = "zh"): string {
  const names = lang === "zh" ? KIND_LABELS_ZH : KIND_LABELS_EN;
  const counts = new Map<Kind, number>();
  for (const p of result.placeholders) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const parts = KINDS.filter((k) => counts.has(k))
    .sort((a, b) => counts.get(b)! - counts.get(a)!)
    .map((k) => `${names[k]} ${counts.get(k)}`);
  const head =
    result.placeholders.length === 0
      ? message("scan-none", lang)
      : message("scan-summary", lang, {
          n: result.placeholders.length,
          parts: parts.join(lang === "zh" ? "、" : ", "),
        });
  return result.ignored.length === 0
    ? head
    : head + message("scan-summary-ignored", lang, { n: result.ignored.length });
}
