import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const bundles = new Map<string, URL>();

/** Every installed package but our own workspaces, as esbuild external patterns (buildSync takes no plugins). */
function installedPackages(nodeModules: string): string[] {
  return fs.readdirSync(nodeModules).flatMap((name) => {
    if (name.startsWith(".") || name === "@rapporteur") return [];
    return name.startsWith("@") ? [`${name}/*`] : [name, `${name}/*`];
  });
}

/** An hour is far longer than a process takes from naming a bundle to starting its worker. */
const STALE_BUNDLE_MS = 60 * 60 * 1000;

/** Each edit makes a new bundle: older ones of the same script go, once no starting process can still want them. */
function removeStaleBundles(folder: string, scriptName: string, current: string): void {
  for (const entry of fs.readdirSync(folder)) {
    if (entry === current || /^(.+)-[0-9a-f]{16}\.mjs$/.exec(entry)?.[1] !== scriptName) continue;
    const stale = path.join(folder, entry);
    try {
      if (Date.now() - fs.statSync(stale).mtimeMs > STALE_BUNDLE_MS) fs.unlinkSync(stale);
    } catch {
      // Another process removed it first.
    }
  }
}

/**
 * A worker script of the server run from source (tests, `npm run dev`), bundled once per process
 * with esbuild (tsx's own compiler): registering tsx in each worker costs most of a second, paid
 * by every test server's store thread and by each export or import worker. Only our own modules
 * are bundled, `shared` included, from source (the "source" condition), so the bundle is never
 * older than the code; every package is imported as installed (native ones must be, and some,
 * such as pdfmake, read files next to their code). The file goes under node_modules/.cache, where
 * those imports resolve, named by its content, so processes starting at once share it and a
 * change makes a new one. The worker needs none of the parent's flags (`execArgv: []`): no
 * loader, and a test's preloaded hook is for the event loop.
 */
export function workerFromSource(script: URL): URL {
  const known = bundles.get(script.href);
  // Another process may have removed it as stale (this one runs older code): it is made again.
  if (known && fs.existsSync(fileURLToPath(known))) return known;
  const esbuild = require("esbuild") as typeof import("esbuild");
  const nodeModules = path.dirname(path.dirname(require.resolve("esbuild/package.json")));
  const built = esbuild.buildSync({
    entryPoints: [fileURLToPath(script)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    external: installedPackages(nodeModules),
    write: false,
    logLevel: "silent",
  });
  const code = built.outputFiles[0]!.contents;
  const scriptName = path.basename(script.pathname, ".ts");
  const name = `${scriptName}-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
  const folder = path.join(nodeModules, ".cache", "rapporteur");
  const file = path.join(folder, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
    removeStaleBundles(folder, scriptName, name);
  }
  const url = pathToFileURL(file);
  bundles.set(script.href, url);
  return url;
}
