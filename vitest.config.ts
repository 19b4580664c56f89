import { defineConfig } from "vitest/config";

// Two tiers: unit tests live beside the code they test (and test/architecture
// checks the whole tree's imports, no database); integration tests (real
// Neo4j, real HTTP, real browser) live under test/ and share one database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["common/**/*.test.ts", "model/**/*.test.ts", "extract/**/*.test.ts", "server/**/*.test.ts", "client/src/**/*.test.ts", "test/architecture/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: ["test/architecture/**"],
          globalSetup: ["test/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
