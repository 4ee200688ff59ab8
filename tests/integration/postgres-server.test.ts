import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { POSTGRES_URL } from "../helpers/postgres.js";
import { startServerProcess } from "../helpers/server-process.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const schemas: string[] = [];
afterAll(async () => {
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

function postgresEnv(): Record<string, string> {
  const schema = `rapporteur_it_${randomBytes(6).toString("hex")}`;
  schemas.push(schema);
  return { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema, DATA_DIR: makeTempDir() };
}

describe("the server on Postgres", () => {
  it("PG1: clients converge through the asynchronous store, a late joiner and a restart see everything", async () => {
    const env = { ...postgresEnv(), COMPACT_AFTER_UPDATES: "10" };
    const server = await startTestServer({ env });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const anja = connectClient(server.url, meeting);
    const titti = connectClient(server.url, meeting);
    await Promise.all([anja.synced, titti.synced]);
    for (let i = 0; i < 25; i++) {
      writeParagraphInSection(anja.doc, "AoB", `Anja ${i}.`);
      writeParagraphInSection(titti.doc, "Activities of the WG Strategy for 2023", `Titti ${i}.`);
    }
    await waitUntil(() => expect(bodyText(titti.doc)).toBe(bodyText(anja.doc)));
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Titti 24."));
    const late = connectClient(server.url, meeting);
    await late.synced;
    expect(bodyText(late.doc)).toBe(bodyText(anja.doc));
    anja.destroy();
    titti.destroy();
    late.destroy();
    await server.close();

    const restarted = await startTestServer({ env });
    const reader = connectClient(restarted.url, meeting);
    await reader.synced;
    expect(bodyText(reader.doc)).toBe(bodyText(anja.doc));
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(anja.doc));
  });

  it("PG2: every update a client received survives a SIGKILL of a server on Postgres", async () => {
    const env = postgresEnv();
    const first = await startServerProcess({ PORT: "0", ...env });
    const meeting = await createMeetingViaApi(first.url, sampleMeetingRequest());
    const writer = connectClient(first.url, meeting);
    const observer = connectClient(first.url, meeting, { role: "viewer" });
    await Promise.all([writer.synced, observer.synced]);
    for (let i = 0; i < 60; i++) writeParagraphInSection(writer.doc, "AoB", `Sentence ${i} before the crash.`);
    await waitUntil(() => expect(bodyText(observer.doc)).toContain("Sentence 20 before"));
    await first.kill();
    const seen = bodyText(observer.doc).split("\n").filter((line) => line.startsWith("Sentence"));
    writer.destroy();
    observer.destroy();

    const second = await startServerProcess({ PORT: "0", ...env });
    const reader = connectClient(second.url, meeting, { role: "viewer" });
    await reader.synced;
    for (const line of seen) expect(bodyText(reader.doc)).toContain(line);
    await second.kill();
  });
});
