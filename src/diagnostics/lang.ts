/** The two languages xfill speaks. */
export type Lang = "zh" | "en";

/**
 * Chinese unless asked otherwise: an explicit --lang wins, then an English locale in LC_ALL, LC_MESSAGES
 * or LANG. "C" and "POSIX" locales are not a request for English (they are what servers default to).
 */
export function resolveLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit) return /^en/i.test(explicit) ? "en" : "zh";
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "zh";
}
