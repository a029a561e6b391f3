import type { Kind } from "../../kinds/kind-names.js";

/** A value of the kind as a clerk would type it, shown by `init` as 例：…; the date's shape read from its mask. */
export function exampleFor(kind: Kind | string, placeholder: string): string | number | undefined {
  switch (kind) {
    case "amount":
      return 12.5;
    case "percent":
      return 6.8;
    case "count":
      return 12;
    case "rank":
      return 3;
    case "ordinal":
      return 15;
    case "date":
      if (placeholder.includes("月") && placeholder.includes("日"))
        return placeholder.includes("年") ? "2023年3月15日" : "3月15日";
      if (placeholder.includes("月")) return "3月";
      return placeholder.includes("年") ? "2023" : undefined;
    default:
      return undefined;
  }
}
