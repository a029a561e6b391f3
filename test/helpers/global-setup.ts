import { execFileSync } from "node:child_process";

/**
 * Builds dist/ once before the suite (tsc, then the CLI bundle), so CLI tests spawn the code under test.
 * CI builds once itself and sets XFILL_SKIP_BUILD, so that three runs of the suite do not build three times.
 */
export default function setup(): void {
  if (process.env.XFILL_SKIP_BUILD) return;
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
}
