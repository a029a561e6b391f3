import { execFileSync } from "node:child_process";

/** Builds dist/ once before the suite, so CLI tests spawn the code under test, not a stale build. */
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
