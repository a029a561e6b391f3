// Bundles the CLI into dist/bin/ with esbuild: one small entry file plus lazily loaded chunks, so that
// `xfill --version` loads almost nothing and `xfill check` loads its own code and dependencies only,
// without resolving hundreds of module files (that resolution was most of the CLI's start-up time).
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";

const INDEX = resolve("src/index.ts");

/**
 * The CLI imports the library only through src/index.ts (the layer rule). esbuild puts a module in a chunk by
 * which entry points reach it, and through index.ts's re-exports every command reaches every module: all of
 * the library (the server, worker threads, Word writers …) landed in one chunk that even `xfill check` loaded.
 * This plugin points each CLI import of index.ts at the modules that define the names, so each command's
 * chunk holds the library code it uses. The source keeps its rule; only the bundle sees the direct paths.
 */
function libraryImportsByModule() {
  const defs = new Map();
  // An export list may span lines (the formatter wraps long ones).
  for (const m of readFileSync(INDEX, "utf8").matchAll(/^export (type )?\{([^}]*)\} from "([^"]+)";/gm)) {
    const file = resolve(dirname(INDEX), m[3].replace(/\.js$/, ".ts"));
    for (const raw of m[2].split(",")) {
      const name = raw.trim();
      if (!name || m[1] || name.startsWith("type ")) continue;
      const [orig, as = orig] = name.split(/\s+as\s+/);
      defs.set(as, { file, orig });
    }
  }
  return {
    name: "library-imports-by-module",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]cli[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const contents = source.replace(
          /import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([./]+index\.js)";/g,
          (all, typeOnly, names, spec) => {
            if (resolve(dirname(args.path), spec.replace(/\.js$/, ".ts")) !== INDEX) return all;
            if (typeOnly) return "";
            const byFile = new Map();
            for (const raw of names.split(",")) {
              const name = raw.trim();
              if (!name || name.startsWith("type ")) continue;
              const [used, local = used] = name.split(/\s+as\s+/);
              const def = defs.get(used);
              if (!def) throw new Error(`${args.path}: "${used}" is not exported by src/index.ts`);
              byFile.set(def.file, [
                ...(byFile.get(def.file) ?? []),
                def.orig === local ? local : `${def.orig} as ${local}`,
              ]);
            }
            return [...byFile]
              .map(([file, list]) => `import { ${list.join(", ")} } from ${JSON.stringify(file)};`)
              .join("\n");
          },
        );
        return { contents, loader: "ts" };
      });
    },
  };
}

// XFILL_BUNDLE_OUT and XFILL_BUNDLE_MINIFY=0: a readable bundle elsewhere, for profiling start-up.
const outdir = process.env.XFILL_BUNDLE_OUT ?? "dist/bin";
// Chunk names carry content hashes: clear old ones so the folder holds exactly one build.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { xfill: "src/cli/bin.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: process.env.XFILL_BUNDLE_MINIFY !== "0",
  legalComments: "external",
  logLevel: "warning",
  plugins: [libraryImportsByModule()],
  // handlebars, commander and yaml are CommonJS and call require(), only ever for Node's built-in modules (all
  // else is bundled). process.getBuiltinModule serves those; a createRequire per chunk cost ~0.2 ms each.
  banner: {
    js:
      "const require = (id) => process.getBuiltinModule(id) ?? " +
      "(() => { throw new Error(`xfill bundle: ${id} is not built in`); })();",
  },
});
