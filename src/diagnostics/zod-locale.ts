import * as z from "zod";
import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Lang } from "./lang.js";

/** Makes zod's own messages (fields.yaml shape errors) speak the user's language; zod keeps this globally. */
export function useZodLocale(lang: Lang): void {
  // The two locales by name: z.locales would pull in all forty. jitless: a CLI run parses each schema a
  // few times, so compiling schemas to functions first (zod's default) costs more than it saves.
  z.config({ ...(lang === "zh" ? zhCN() : en()), jitless: true });
}
