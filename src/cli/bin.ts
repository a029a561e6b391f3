#!/usr/bin/env node
// Node 22 and later keep V8's compiled code of xfill's modules between runs (Node 20 has no such cache); it
// must be switched on before those modules load, so the CLI itself is imported after this line.
import module from "node:module";

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import("./main.js");
