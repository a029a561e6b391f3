import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    // Removes the temporary folders each test file made (test/helpers/temp.ts).
    setupFiles: ["test/helpers/remove-temp-dirs.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
