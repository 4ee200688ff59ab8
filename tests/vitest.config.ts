import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run the workspaces from source so a change is tested without a rebuild.
    alias: {
      "@rapporteur/shared": here("../shared/src/index.ts"),
      "@rapporteur/server": here("../server/src/index.ts"),
    },
  },
  test: {
    root: here("."),
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", ["json", { outputFile: here("artifacts/vitest-report.json") }]],
  },
});
