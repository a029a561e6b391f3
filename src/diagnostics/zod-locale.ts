import { z } from "zod";
import type { Lang } from "./lang.js";

/** Makes zod's own messages (fields.yaml shape errors) speak the user's language; zod keeps this globally. */
export function useZodLocale(lang: Lang): void {
  z.config(lang === "zh" ? z.locales.zhCN() : z.locales.en());
}
