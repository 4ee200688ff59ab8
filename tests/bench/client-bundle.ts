import fs from "node:fs";
import { gzipSync } from "node:zlib";

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface InitialScript {
  file: string;
  gzipBytes: number;
}

/**
 * The JavaScript a browser must load before the meeting page can render: the entry, the meeting
 * page's chunk, and every chunk either imports statically (what is imported lazily is left out).
 */
export function meetingPageInitialScripts(distDir: URL): InitialScript[] {
  const manifest = JSON.parse(fs.readFileSync(new URL(".vite/manifest.json", distDir), "utf8")) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  const page = Object.keys(manifest).find((key) => key.endsWith("src/pages/MeetingPage.tsx"));
  if (!entry || !page) throw new Error("the client build has no entry or no meeting page: run npm run build");
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(page);
  return [...seen]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, gzipBytes: gzipSync(fs.readFileSync(new URL(file, distDir))).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
