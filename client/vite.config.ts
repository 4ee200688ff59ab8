import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared contract is used from source, so the client never needs a stale build of it.
    alias: { "@rapporteur/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)) },
  },
  server: {
    proxy: {
      "/api": server,
      "/healthz": server,
      "/collab": { target: server.replace("http", "ws"), ws: true },
    },
  },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
