import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { COLLAB_PATH } from "@rapporteur/shared";
import { createLogger, loadConfig, startServer } from "@rapporteur/server";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { heading, ms, quantile, report } from "./bench-report.js";

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

function connect(url: string, meetingId: string, token: string): { doc: Y.Doc; provider: WebsocketProvider; synced: Promise<void> } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url.replace(/^http/, "ws") + COLLAB_PATH, meetingId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  return { doc, provider, synced: new Promise((resolve) => provider.once("sync", () => resolve())) };
}

/**
 * Propagation of one keystroke-sized edit from a writer on instance A to a reader on A and to a
 * reader on instance B (Postgres + Redis), in the same run: the relay's cost is the difference.
 */
export async function benchCrossInstance(edits = 200): Promise<void> {
  heading("Propagation between instances (Postgres + Redis; target: cross p99 ≤ 2 × same p99 + a few ms)");
  const schema = `rapporteur_bench_${randomBytes(6).toString("hex")}`;
  const env = { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema, REDIS_URL, REDIS_PREFIX: `rapporteur-bench:${schema}:`, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" };
  const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-bench-")));
  const logger = createLogger("error");
  const a = await startServer(loadConfig({ ...env, DATA_DIR: dirs[0] }), logger);
  const b = await startServer(loadConfig({ ...env, DATA_DIR: dirs[1] }), logger);
  try {
    const body = { series: "Bench", title: "Propagation", startsAt: "2023-02-16T14:00:00Z", agenda: [{ title: "AoB" }], participants: [] };
    const created = (await (await fetch(`${a.url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as { meeting: { id: string }; tokens: { noteTaker: string } };
    const id = created.meeting.id;
    const token = created.tokens.noteTaker;
    const writer = connect(a.url, id, token);
    const same = connect(a.url, id, token);
    const cross = connect(b.url, id, token);
    await Promise.all([writer.synced, same.synced, cross.synced]);
    const sameMs: number[] = [];
    const crossMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const line = `Edit ${i}.`;
      const started = performance.now();
      const seen = (doc: Y.Doc, into: number[]) =>
        new Promise<void>((resolve) => {
          const check = () => {
            if (!bodyText(doc).includes(line)) return;
            into.push(performance.now() - started);
            doc.off("update", check);
            resolve();
          };
          doc.on("update", check);
        });
      const both = Promise.all([seen(same.doc, sameMs), seen(cross.doc, crossMs)]);
      writeParagraphInSection(writer.doc, "AoB", line);
      await both;
    }
    for (const [name, values] of [["same instance", sameMs], ["across instances (Redis)", crossMs]] as const) {
      const sorted = [...values].sort((x, y) => x - y);
      report(`propagation, ${name}`, `p50 ${ms(quantile(sorted, 0.5))} ms, p99 ${ms(quantile(sorted, 0.99))} ms (${values.length} edits)`);
    }
    for (const client of [writer, same, cross]) client.provider.destroy();
  } finally {
    await Promise.all([a.close(), b.close()]);
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}
