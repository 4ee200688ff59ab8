import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run the workspaces from source so a change is tested without a rebuild.
    alias: [
      { find: /^@rapporteur\/shared$/, replacement: here("../shared/src/index.ts") },
      // A module of shared on its own (the store thread loads only what it needs).
      { find: /^@rapporteur\/shared\/(.+)$/, replacement: `${here("../shared/src")}/$1.ts` },
      { find: /^@rapporteur\/server$/, replacement: here("../server/src/index.ts") },
    ],
  },
  test: {
    root: here("."),
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    environment: "node",
    // Two files at a time on 2 cores: the slowest browser test took 23 s of 30 in a CI rehearsal.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default on a 2-core machine is one file at a time; most of a file's time is spent
    // waiting on sockets, processes and the browser, so two at a time fit CI's time with room.
    maxWorkers: 2,
    reporters: ["default", ["json", { outputFile: here("artifacts/vitest-report.json") }]],
  },
});
