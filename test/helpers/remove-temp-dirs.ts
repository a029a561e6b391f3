import { afterAll } from "vitest";
import { removeTempDirs } from "./temp.js";

// Runs before every test file (vitest.config.ts setupFiles): whatever the file made with tempDir is removed
// when it ends, so a run leaves nothing in the system's temp folder.
afterAll(removeTempDirs);
