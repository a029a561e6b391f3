import { execFileSync } from "node:child_process";

/** Builds dist/ once before the suite (tsc, then the CLI bundle), so CLI tests spawn the code under test. */
export default function setup(): void {
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
}
