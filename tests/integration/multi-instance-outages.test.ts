import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { clusterEnv, inSchema, instanceEnv, startOwnRedis } from "../helpers/cluster.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startServerProcess } from "../helpers/server-process.js";
import { waitUntil } from "../helpers/wait-until.js";

const sentences = (doc: Y.Doc, who: string) => [...bodyText(doc).matchAll(new RegExp(`${who} \\d+\\.`, "g"))].length;

describe("instances through outages", { timeout: 180_000 }, () => {
  it("OPS1: Redis killed and restarted mid-typing: both instances keep storing and serving, lose nothing, and converge once it is back", async () => {
    const redis = await startOwnRedis();
    const cluster = clusterEnv(redis.url);
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const anja = connectClient(a.url, meeting);
    const titti = connectClient(b.url, meeting);
    await Promise.all([anja.synced, titti.synced]);
    writeParagraphInSection(anja.doc, "AoB", "Anja 0.");
    await waitUntil(() => expect(bodyText(titti.doc)).toContain("Anja 0."));
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);

    await redis.stop();
    await waitUntil(async () => expect((await fetch(`${a.url}/readyz`)).status).toBe(503));
    for (let i = 1; i <= 20; i++) {
      writeParagraphInSection(anja.doc, "AoB", `Anja ${i}.`);
      writeParagraphInSection(titti.doc, "Activities of the WG Strategy for 2023", `Titti ${i}.`);
    }
    // Each instance still stores its own clients' text while Redis is away.
    await waitUntil(async () => expect(await exportMarkdown(a.url, meeting)).toContain("Anja 20."));
    await waitUntil(async () => expect(await exportMarkdown(b.url, meeting)).toContain("Titti 20."));

    await redis.start();
    await waitUntil(() => {
      expect(sentences(anja.doc, "Titti")).toBe(20);
      expect(sentences(titti.doc, "Anja")).toBe(21);
      expect(bodyText(titti.doc)).toBe(bodyText(anja.doc));
    }, 20_000);
    writeParagraphInSection(anja.doc, "AoB", "Anja after the outage.");
    await waitUntil(() => expect(bodyText(titti.doc)).toContain("Anja after the outage."));
    await waitUntil(async () => expect((await fetch(`${b.url}/readyz`)).status).toBe(200));
    expect(await exportMarkdown(a.url, meeting)).toBe(await exportMarkdown(b.url, meeting));
  });

  it("OPS2: a Postgres that refuses writes: the writer's room closes with 4500, nothing unstored reaches anyone, and it recovers when writes are accepted again", async () => {
    const cluster = clusterEnv();
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const writer = connectClient(a.url, meeting);
    const local = connectClient(a.url, meeting, { role: "viewer" });
    const remote = connectClient(b.url, meeting, { role: "viewer" });
    await Promise.all([writer.synced, local.synced, remote.synced]);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event: CloseEvent | null) => event && closes.push(event.code));
    writeParagraphInSection(writer.doc, "AoB", "Stored before the refusal.");
    await waitUntil(() => expect(bodyText(remote.doc)).toContain("Stored before the refusal."));

    await inSchema(cluster, `
      CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'writes refused (test)'; END $$;
      CREATE TRIGGER refuse_writes BEFORE INSERT ON document_updates FOR EACH STATEMENT EXECUTE FUNCTION refuse_writes();`);
    writeParagraphInSection(writer.doc, "AoB", "Typed while the database refuses.");
    await waitUntil(() => expect(closes).toContain(CloseCode.StorageUnavailable));
    expect(bodyText(local.doc)).not.toContain("Typed while the database refuses.");
    expect(bodyText(remote.doc)).not.toContain("Typed while the database refuses.");
    expect(await exportMarkdown(b.url, meeting)).not.toContain("Typed while the database refuses.");
    expect(bodyText(writer.doc)).toContain("Typed while the database refuses."); // kept by the client

    await inSchema(cluster, "DROP TRIGGER refuse_writes ON document_updates;");
    await waitUntil(() => expect(bodyText(remote.doc)).toContain("Typed while the database refuses."), 15_000);
    expect(await exportMarkdown(b.url, meeting)).toContain("Typed while the database refuses.");
  });

  it("OPS3: SIGTERM drains: clients are closed with 1012, reconnect to another instance and go on; /metrics reports stores and relay lag", async () => {
    const cluster = clusterEnv();
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const writer = connectClient(a.url, meeting);
    const reader = connectClient(b.url, meeting, { role: "viewer" });
    await Promise.all([writer.synced, reader.synced]);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event: CloseEvent | null) => event && closes.push(event.code));
    for (let i = 0; i < 10; i++) writeParagraphInSection(writer.doc, "AoB", `Anja ${i}.`);
    await waitUntil(() => expect(sentences(reader.doc, "Anja")).toBe(10));
    const metrics = await (await fetch(`${b.url}/metrics`)).text();
    expect(metrics).toMatch(/rapporteur_relay_lag_seconds_count \d*[1-9]/);
    expect(await (await fetch(`${a.url}/metrics`)).text()).toMatch(/rapporteur_updates_stored_total \d*[1-9]/);

    expect(await a.terminate()).toBe(0);
    // The process's exit and the socket's close reach this process as separate events, in either order.
    await waitUntil(() => expect(closes).toContain(CloseCode.ServerRestarting));
    writer.destroy();
    const moved = connectClient(b.url, meeting, { doc: writer.doc });
    await moved.synced;
    writeParagraphInSection(moved.doc, "AoB", "After the rolling restart.");
    await waitUntil(() => expect(bodyText(reader.doc)).toBe(bodyText(moved.doc)));
    expect(sentences(reader.doc, "Anja")).toBe(10);
  });
});
