import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const server = "http://localhost:3000";

/** Lists every file of the build, so the service worker can keep the lazily loaded pages for offline use too. */
function shellAssetList(): Plugin {
  return {
    name: "rapporteur-shell-assets",
    apply: "build",
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => file.startsWith("assets/")).sort();
      this.emitFile({ type: "asset", fileName: "shell-assets.json", source: JSON.stringify(files) });
    },
  };
}

export default defineConfig({
  plugins: [react(), shellAssetList()],
  resolve: {
    // The shared contract is used from source, so the client never needs a stale build of it.
    alias: {
      "@rapporteur/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)),
      // Preact's React layer renders the same components for ~55 kB gzipped less than react-dom (UI-BUDGET);
      // the source keeps importing "react", so swapping back is removing these lines.
      "react-dom/test-utils": "preact/test-utils",
      "react-dom/client": "preact/compat/client",
      // preact/compat with a createPortal that keeps its key (see the file).
      "react-dom": fileURLToPath(new URL("./src/preact-dom.js", import.meta.url)),
      "react/jsx-runtime": "preact/jsx-runtime",
      "react/jsx-dev-runtime": "preact/jsx-runtime",
      react: "preact/compat",
    },
  },
  server: {
    proxy: {
      "/api": server,
      "/healthz": server,
      "/collab": { target: server.replace("http", "ws"), ws: true },
    },
  },
  // The manifest lets `npm run bench` add up what the meeting page loads before it can show the editor.
  build: { outDir: "dist", emptyOutDir: true, manifest: true },
});
