// Bundles the CLI into dist/bin/ with esbuild: the entry xfill.js (which switches a compile cache on) and the
// CLI as one CommonJS file, xfill.cjs. One file, because resolving and linking module files was a large part of
// the CLI's start-up (first hundreds of files, then the ~20 chunks `check` loaded), and because Node 20 can
// keep V8's compiled code only of a script, not of an ES module (scripts/build/code-cache.mjs stores it). The
// bundle still runs each module's top-level code only when first needed: a command's code and libraries (the
// server, Word writers, Handlebars …) are evaluated only by the command that imports them.
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const INDEX = resolve("src/index.ts");

/**
 * The CLI imports the library only through src/index.ts (the layer rule). Through index.ts's re-exports every
 * command would reach every module, and the bundle would evaluate all of the library (the server, worker
 * threads, Word writers …) as soon as any command ran. This plugin points each CLI import of index.ts at the
 * modules that define the names, so each command evaluates the library code it uses. The source keeps its
 * rule; only the bundle sees the direct paths.
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

/** commander's child_process, loaded only if it spawns (see lazy-child-process.cjs). */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: resolve("scripts/build/lazy-child-process.cjs") }
        : undefined,
    );
  },
};

/**
 * Libraries only some commands use, each its own file beside the bundle (docx.cjs, handlebars.cjs): the docx
 * writer (~290 KB) and Handlebars with its source-map dependency (~110 KB) were nearly half of the bundle, read
 * and decoded by every run although `check` and `--version` never evaluate them. An import of one becomes a
 * module that requires its file when first evaluated.
 */
const SEPARATE_LIBRARIES = ["docx", "handlebars"];
const separateLibraries = {
  name: "separate-libraries",
  setup(b) {
    const names = new RegExp(`^(${SEPARATE_LIBRARIES.join("|")})$`);
    b.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: "separate-library" }));
    b.onLoad({ filter: /.*/, namespace: "separate-library" }, (args) => ({
      contents: `module.exports = require("./${args.path}.cjs");`,
      loader: "js",
    }));
    b.onResolve({ filter: /^\.\/[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Packages in the bundle whose code runs only when first used, not when a module importing them starts: yaml
 * (data files outside the fast path, fields.yaml of a template not analysed at build time, writing YAML).
 * `check` on a built-in template and a plain data file never uses it, and its set-up (some sixty modules) was
 * milliseconds of every start. An import of one becomes a module with the package's export names as getters
 * that load the package on first use. (zod/mini is not worth it: hundreds of names to define, and its CommonJS
 * build is larger than the ES modules the bundle otherwise takes only the used parts of.)
 */
const LAZY_PACKAGES = ["yaml"];
const lazyPackages = {
  name: "lazy-packages",
  setup(b) {
    const names = new RegExp(`^(${LAZY_PACKAGES.map((p) => p.replace("/", "\\/")).join("|")})$`);
    const requireHere = createRequire(import.meta.url);
    b.onResolve({ filter: names }, (args) =>
      args.namespace === "lazy-package" ? undefined : { path: args.path, namespace: "lazy-package" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-package" }, (args) => {
      const exported = Object.keys(requireHere(args.path)).filter((n) => n !== "__esModule" && n !== "default");
      const contents = [
        "let real;",
        `const load = () => (real ??= require(${JSON.stringify(args.path)}));`,
        `for (const name of ${JSON.stringify(exported)})`,
        "  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });",
      ].join("\n");
      return { contents, loader: "js", resolveDir: resolve(".") };
    });
  },
};

// XFILL_BUNDLE_OUT and XFILL_BUNDLE_MINIFY=0: a readable bundle elsewhere, for profiling start-up.
const outdir = process.env.XFILL_BUNDLE_OUT ?? "dist/bin";
// Clear an older build (chunks, a code cache) so the folder holds exactly this one.
rmSync(outdir, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: process.env.XFILL_BUNDLE_MINIFY !== "0",
  legalComments: "external",
  logLevel: "warning",
};

// Where the source says import.meta.url (the CLI finding templates, assets, package.json and the batch worker
// relative to itself), a CommonJS file says its own file's URL.
const ownUrl = {
  define: { "import.meta.url": "__xfillModuleUrl" },
  banner: { js: 'var __xfillModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

// The CLI: it sits in dist/bin as the chunks did, so the URLs it resolves relative to itself still hold.
await build({
  ...common,
  entryPoints: { xfill: "src/cli/main.ts" },
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  plugins: [libraryImportsByModule(), lazyChildProcess, separateLibraries, lazyPackages],
  ...ownUrl,
});

for (const name of SEPARATE_LIBRARIES) {
  await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: resolve("."), loader: "js" },
    outfile: join(outdir, `${name}.cjs`),
    format: "cjs",
  });
}

// The entry: runs the bundle with the stored code cache of this V8, or through Node's compile cache (Node 22+).
// It is CommonJS too (the package.json beside it says so): an ES module entry made Node start its ES module
// loader, a dozen more internal modules, for one file.
await build({
  ...common,
  entryPoints: { xfill: "src/cli/bin.ts" },
  outdir,
  format: "cjs",
  ...ownUrl,
});
writeFileSync(join(outdir, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
