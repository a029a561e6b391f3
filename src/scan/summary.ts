import { KIND_LABELS_ZH, KINDS, type Kind } from "../kinds/kind-names.js";
import type { ScanResult } from "./types.js";

/**
 * One Chinese line for people: "98 处占位符：县名 25、数额 6、百分比 5 ……", most frequent kind first
 * (ties in the design's kind order), and how many look-alikes were passed over.
 */
export function summarizeScan(result: ScanResult): string {
  const counts = new Map<Kind, number>();
  for (const p of result.placeholders) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const parts = KINDS.filter((k) => counts.has(k))
    .sort((a, b) => counts.get(b)! - counts.get(a)!)
    .map((k) => `${KIND_LABELS_ZH[k]} ${counts.get(k)}`);
  const head = result.placeholders.length === 0 ? "没有占位符" : `${result.placeholders.length} 处占位符：${parts.join("、")}`;
  return result.ignored.length === 0 ? head : `${head}；另有 ${result.ignored.length} 处看似占位符而不是（已忽略）`;
}
