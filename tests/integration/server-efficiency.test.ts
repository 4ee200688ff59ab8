import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, SqliteDocumentStore, type Store } from "@rapporteur/server";
import { RATE_LIMITS } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { writeParagraphInSection } from "../helpers/edit-body.js";
import { waitUntil } from "../helpers/wait-until.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The real SQLite store, counting the calls of some of its methods. */
function countingCalls(inner: Store, methods: Array<keyof Store>): { store: Store; calls: Record<string, number> } {
  const calls: Record<string, number> = Object.fromEntries(methods.map((method) => [method, 0]));
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (!(property in calls)) return value.bind(target);
      return (...args: unknown[]) => ((calls[property as string]! += 1), (value as (...args: unknown[]) => unknown).apply(target, args));
    },
  });
  return { store, calls };
}

function countingMeetingReads(inner: Store): { store: Store; reads: () => number } {
  const { store, calls } = countingCalls(inner, ["getMeeting"]);
  return { store, reads: () => calls.getMeeting! };
}

describe("server efficiency", () => {
  it("BENCH1: the client's static files are sent compressed to a browser that accepts it", async () => {
    const clientDir = makeTempDir();
    const script = `export const words = ${JSON.stringify(Array.from({ length: 5000 }, (_, index) => `word${index % 50}`))};\n`;
    fs.mkdirSync(path.join(clientDir, "assets"));
    fs.writeFileSync(path.join(clientDir, "assets", "app.js"), script);
    fs.writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Rapporteur</title>");
    const server = await startTestServer({ env: { CLIENT_DIR: clientDir } });

    const compressed = await fetch(`${server.url}/assets/app.js`, { headers: { "accept-encoding": "gzip" } });
    expect(compressed.headers.get("content-encoding")).toBe("gzip");
    expect(Number(compressed.headers.get("content-length") ?? 0)).toBeLessThan(script.length);
    // fetch decodes the body: what arrives is the file itself.
    expect(await compressed.text()).toBe(script);

    const plain = await fetch(`${server.url}/assets/app.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it("BENCH7: hashed assets are compressed (brotli when accepted) and cached a year as immutable; the page and the service worker are revalidated", async () => {
    const clientDir = makeTempDir();
    const script = `export const words = ${JSON.stringify(Array.from({ length: 5000 }, (_, index) => `word${index % 50}`))};\n`;
    fs.mkdirSync(path.join(clientDir, "assets"));
    fs.writeFileSync(path.join(clientDir, "assets", "index-3f9a1c.js"), script);
    fs.writeFileSync(path.join(clientDir, "sw.js"), "self.addEventListener('fetch', () => {});\n");
    fs.writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Rapporteur</title>");
    const server = await startTestServer({ env: { CLIENT_DIR: clientDir } });

    const asset = await fetch(`${server.url}/assets/index-3f9a1c.js`, { headers: { "accept-encoding": "br, gzip" } });
    expect(asset.headers.get("content-encoding")).toBe("br");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await asset.text()).toBe(script);
    for (const page of ["/sw.js", "/", "/meetings/abc"]) {
      expect((await fetch(`${server.url}${page}`)).headers.get("cache-control"), page).toBe("no-cache");
    }
  });

  it("BENCH2: a websocket admission reads the meeting once, and not at all when its room is loaded", async () => {
    const dataDir = makeTempDir();
    const counting = countingMeetingReads(new SqliteDocumentStore(dataDir));
    const server = await startTestServer({ dataDir, store: counting.store });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());

    const before = counting.reads();
    const first = connectClient(server.url, meeting);
    await first.synced;
    expect(counting.reads() - before).toBe(1);

    const second = connectClient(server.url, meeting, { role: "viewer" });
    await second.synced;
    expect(counting.reads() - before).toBe(1);
    first.destroy();
    second.destroy();
  });

  it("BENCH3: a server on SQLite never loads the Postgres driver", () => {
    const script = `
      import { createRequire } from "node:module";
      import { loadConfig } from "./server/src/config.ts";
      import { createLogger } from "./server/src/logger.ts";
      import { startServer } from "./server/src/start-server.ts";
      const server = await startServer(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: process.argv[1], LOG_LEVEL: "silent" }), createLogger("silent"));
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => /node_modules[\\\\/]pg[\\\\/]/.test(file));
      await server.close();
      console.log(JSON.stringify({ started: true, pgFiles: loaded.length }));`;
    const result = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "--input-type=module", "-e", script, makeTempDir()], { cwd: repoRoot, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout.trim().split("\n").pop()!)).toEqual({ started: true, pgFiles: 0 });
  });

  it("BENCH4: RATE_LIMIT_FACTOR multiplies the per-address allowances", async () => {
    expect(loadConfig({}).RATE_LIMIT_FACTOR).toBe(1);
    expect(() => loadConfig({ RATE_LIMIT_FACTOR: "0" })).toThrow(ConfigError);
    const server = await startTestServer({ env: { RATE_LIMIT_FACTOR: "2" } });
    const importUrl = `${server.url}/api/meetings/import`;
    const post = () => fetch(importUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    for (let attempt = 0; attempt < 2 * RATE_LIMITS.importSummary; attempt++) expect((await post()).status).toBe(400);
    expect((await post()).status).toBe(429);
  });

  it("BENCH5: start-up loads no export, feed or calendar library; the first Markdown export loads its own and works", () => {
    const log = path.join(makeTempDir(), "modules.txt");
    // Records every module the child resolves (ESM and CommonJS alike), from the loader's own thread.
    const hook = `import fs from "node:fs";
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      fs.appendFileSync(${JSON.stringify(log)}, result.url + "\\n");
      return result;
    }`;
    const script = `
      import fs from "node:fs";
      import { register } from "node:module";
      register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)}));
      const { loadConfig } = await import("./server/src/config.ts");
      const { createLogger } = await import("./server/src/logger.ts");
      const { startServer } = await import("./server/src/start-server.ts");
      const server = await startServer(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: process.argv[1], LOG_LEVEL: "silent" }), createLogger("silent"));
      const atStart = fs.readFileSync(${JSON.stringify(log)}, "utf8");
      const created = await (await fetch(server.url + "/api/meetings", { method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ series: "Lazy", title: "First export", startsAt: "2026-01-01T10:00:00Z", agenda: [{ title: "Item" }], participants: [] }) })).json();
      const markdown = await (await fetch(server.url + "/api/meetings/" + created.meeting.id + "/export?format=md", { headers: { authorization: "Bearer " + created.tokens.viewer } })).text();
      const afterExport = fs.readFileSync(${JSON.stringify(log)}, "utf8");
      await server.close();
      console.log(JSON.stringify({ atStart, afterExport, markdown }));`;
    const result = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "--input-type=module", "-e", script, makeTempDir()], { cwd: repoRoot, encoding: "utf8" });
    expect(result.stderr).toBe("");
    const { atStart, afterExport, markdown } = JSON.parse(result.stdout.trim().split("\n").pop()!) as { atStart: string; afterExport: string; markdown: string };
    const loaded = (modules: string, name: string) => modules.includes(`/node_modules/${name}/`);
    expect(loaded(atStart, "express")).toBe(true);
    for (const name of ["piscina", "mdast-util-to-markdown", "yaml", "feed", "ics"]) expect(loaded(atStart, name), name).toBe(false);
    expect(markdown).toContain("First export");
    expect(loaded(afterExport, "mdast-util-to-markdown")).toBe(true);
  });

  it("BENCH6: search re-indexing after compactions runs at most once per interval per meeting, and at once when the room unloads", async () => {
    const dataDir = makeTempDir();
    const counting = countingCalls(new SqliteDocumentStore(dataDir), ["compactDocument", "indexSummaryText"]);
    const server = await startTestServer({ dataDir, store: counting.store, env: { COMPACT_AFTER_UPDATES: "1", UNLOAD_AFTER_MS: "0" } });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    const indexedBefore = counting.calls.indexSummaryText!;
    for (let index = 0; index < 10; index++) {
      writeParagraphInSection(client.doc, "AoB", `Paragraph number ${index} zanzibarword${index}.`);
      await waitUntil(() => expect(counting.calls.compactDocument).toBeGreaterThan(index));
    }
    expect(counting.calls.indexSummaryText! - indexedBefore).toBe(1);
    client.destroy();
    await waitUntil(() => expect(counting.calls.indexSummaryText! - indexedBefore).toBe(2));
    const found = (await (await fetch(`${server.url}/api/meetings?q=zanzibarword9`)).json()) as { meetings: Array<{ id: string }> };
    expect(found.meetings.map((listed) => listed.id)).toEqual([meeting.id]);
  });

  it("BENCH8: by default the stored log is folded every 200 updates, so a meeting opened after a crash replays at most that many", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    for (let index = 0; index < 250; index++) writeParagraphInSection(client.doc, "AoB", `Line ${index}.`);
    await waitUntil(async () => expect((await server.store.loadDocument(meeting.id))!.lastSeq).toBeGreaterThanOrEqual(250));
    await waitUntil(async () => expect((await server.store.loadDocument(meeting.id))!.updates.length).toBeLessThan(200));
    client.destroy();
  });
});
