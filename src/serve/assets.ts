import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The page's own files, by name: nothing else is ever served from disk. */
const ASSETS = new Set(["app.js", "app.css"]);

/** Content types of the assets. */
export const ASSET_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The path of one of the page's assets in the package (assets/serve/), or undefined for any other name. */
export function assetFile(name: string): string | undefined {
  if (!ASSETS.has(name)) return undefined;
  // src/serve/assets.ts, dist/serve/assets.js and the bundle in dist/bin/ all sit two levels below the package root.
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "assets", "serve", name);
}
