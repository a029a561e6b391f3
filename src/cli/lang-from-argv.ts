import { resolveLang, type Lang } from "../index.js";

/** Peeks at --lang before commander runs, so that help and errors (even a crash report) come in the right language. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const explicit = i < 0 ? undefined : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return resolveLang(explicit, env);
}
