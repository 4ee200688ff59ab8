// `npm run bench`: throughput and latency of the hot paths, on this machine, with real parts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { createLogger, loadConfig, SqliteDocumentStore, startServer } from "@rapporteur/server";
import { COLLAB_PATH, YDOC } from "@rapporteur/shared";
import { fixture002Agenda, fixture002Participants, readFixture002Discussion } from "../helpers/fixture-002.js";
import { writeParagraphInSection } from "../helpers/edit-body.js";
import { benchExports } from "./bench-exports.js";
import { benchTranscriptParse } from "./bench-transcript-parse.js";

const report = (name: string, value: string) => console.log(`${name.padEnd(48)} ${value}`);
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-bench-"));

function benchStoreAppend(count: number): void {
  const store = new SqliteDocumentStore(tempDir());
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText("t").insert(i, "x");
  const meeting = { id: "b".repeat(22), series: "S", title: "T", startsAt: new Date().toISOString(), hosts: [], moderators: [], agenda: [], participants: [], templateId: "t", createdAt: new Date().toISOString(), status: "drafting" as const };
  store.createMeeting(meeting, Y.encodeStateAsUpdate(new Y.Doc()));
  const started = performance.now();
  for (const update of updates) store.appendUpdate(meeting.id, update);
  const seconds = (performance.now() - started) / 1000;
  report("store: appendUpdate (SQLite, fsync each)", `${Math.round(count / seconds)} updates/s, ${((seconds / count) * 1e6).toFixed(0)} µs each`);
  store.close();
}

function connect(url: string, id: string, token: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url.replace("http", "ws") + COLLAB_PATH, id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  return new Promise((resolve, reject) => {
    provider.once("sync", () => resolve({ doc, provider }));
    provider.once("connection-close", (event: CloseEvent | null) => event && event.code >= 4000 && reject(new Error(`closed ${event.code} ${event.reason}`)));
  });
}

async function benchRoom(keystrokes: number): Promise<void> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: tempDir(), LOG_LEVEL: "silent" });
  const server = await startServer(config, createLogger("silent"));
  const meeting = await (await fetch(`${server.url}/api/meetings`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ series: "S", title: "Bench", startsAt: "2023-02-16T14:00:00Z", agenda: fixture002Agenda.map((title) => ({ title })), participants: fixture002Participants }),
  })).json() as { meeting: { id: string }; tokens: { noteTaker: string; viewer: string } };
  const writer = await connect(server.url, meeting.meeting.id, meeting.tokens.noteTaker);
  const reader = await connect(server.url, meeting.meeting.id, meeting.tokens.viewer);
  const target = writer.doc.getXmlFragment(YDOC.body);
  const latencies: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    const started = performance.now();
    const received = new Promise<void>((resolve) => reader.doc.once("update", () => resolve()));
    writer.doc.transact(() => {
      const paragraph = target.get(target.length - 1) as Y.XmlElement;
      paragraph.insert(paragraph.length, [new Y.XmlText("k")]);
    });
    await received;
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(2);
  report("room: keystroke → stored → other client", `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms over ${keystrokes}`);

  for (const [index, paragraphs] of readFixture002Discussion().entries()) {
    for (const paragraph of paragraphs) writeParagraphInSection(writer.doc, fixture002Agenda[index]!, paragraph);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const format of ["md", "pdf", "docx"]) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/meetings/${meeting.meeting.id}/export?format=${format}`, { headers: { authorization: `Bearer ${meeting.tokens.viewer}` } });
      await response.arrayBuffer();
      if (response.status !== 200) { report(`export ${format}`, `HTTP ${response.status}`); break; }
      runs.push(performance.now() - started);
    }
    if (runs.length > 0) report(`export: ${format} (seed 002, warm, median of 5)`, `${runs.sort((a, b) => a - b)[2]?.toFixed(1) ?? runs[0]!.toFixed(1)} ms`);
  }
  writer.provider.destroy();
  reader.provider.destroy();
  await server.close();
}

benchStoreAppend(2000);
benchTranscriptParse(report);
await benchExports(report);
await benchRoom(500);
