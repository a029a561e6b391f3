import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding the built-in templates (templates/ at the package root). */
export function builtinTemplatesDir(): string {
  // dist/template/find-template.js and src/template/find-template.ts both sit two levels below the root.
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");
}

/** Names of the built-in templates. */
export function builtinTemplateNames(): string[] {
  const dir = builtinTemplatesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => isTemplateDir(join(dir, n)))
    .sort();
}

/** Resolves a TEMPLATE argument: a built-in name, or a path to a template folder. Undefined when neither. */
export function findTemplateDir(nameOrPath: string): string | undefined {
  // A built-in name means the built-in template, even when the current folder has a folder of that name
  // (a folder from elsewhere must not stand in for it silently); ./name means the folder.
  if (/^[\w-][\w.-]*$/.test(nameOrPath) && !nameOrPath.includes("..")) {
    const builtin = join(builtinTemplatesDir(), nameOrPath);
    if (isTemplateDir(builtin)) return builtin;
  }
  if (isTemplateDir(nameOrPath)) return nameOrPath.replace(/[\\/]+$/, "");
  return undefined;
}

function isTemplateDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && existsSync(join(dir, "template.hbs")) && existsSync(join(dir, "fields.yaml"));
  } catch {
    return false;
  }
}
