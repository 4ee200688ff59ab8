import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SqliteDocumentStore, type Store } from "@rapporteur/server";
import { CloseCode } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** A networked store whose writes for one meeting hang, as on a frozen disk or a locked row. */
function storeFreezingWritesOf(inner: Store, frozen: { meetingId: string | undefined }): Store {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "appendUpdate") {
        return (meetingId: string, update: Uint8Array) =>
          meetingId === frozen.meetingId ? new Promise<number>(() => {}) : Promise.resolve(target.appendUpdate(meetingId, update));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("storage calls that hang", () => {
  it("HARD-STORE1: a write that never answers times out and closes only its room with 4500; other meetings keep editing; the text arrives once storage answers", async () => {
    const frozen = { meetingId: undefined as string | undefined };
    const store = storeFreezingWritesOf(new SqliteDocumentStore(makeTempDir()), frozen);
    // Far above a healthy commit on a busy CI disk (the other meeting's writes and the set-up must never reach it).
    const server = await startTestServer({ store, env: { STORAGE_TIMEOUT_MS: "2000" } });
    const stuck = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Stuck" }));
    const fine = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Fine" }));
    const stuckWriter = connectClient(server.url, stuck);
    const fineWriter = connectClient(server.url, fine);
    const fineReader = connectClient(server.url, fine);
    await Promise.all([stuckWriter.synced, fineWriter.synced, fineReader.synced]);
    const closes: number[] = [];
    stuckWriter.provider.on("connection-close", (event: CloseEvent | null) => event && closes.push(event.code));
    const fineCloses: number[] = [];
    fineReader.provider.on("connection-close", (event: CloseEvent | null) => event && fineCloses.push(event.code));

    frozen.meetingId = stuck.id;
    writeParagraphInSection(stuckWriter.doc, "AoB", "Typed while the disk froze.");
    await waitUntil(() => expect(closes).toContain(CloseCode.StorageUnavailable), 10_000);
    writeParagraphInSection(fineWriter.doc, "AoB", "The other meeting goes on.");
    await waitUntil(() => expect(bodyText(fineReader.doc)).toContain("The other meeting goes on."));
    expect(fineCloses).toEqual([]);

    frozen.meetingId = undefined;
    await waitUntil(async () => expect(await exportMarkdown(server.url, stuck)).toContain("Typed while the disk froze."), 15_000);
  });
});

describe("a busy SQLite database, with the document log written by a worker thread", () => {
  it("HOT1: while another connection holds the write lock only writes wait: sockets keep being served, a write answered in time closes nothing, one that is not closes only its room with 4500", async () => {
    const dataDir = makeTempDir();
    // The first write must be answered in time although it waits for an awareness round trip under the lock: room for a loaded CI machine.
    const server = await startTestServer({ dataDir, env: { STORAGE_TIMEOUT_MS: "6000", SQLITE_WRITER: "thread" } });
    const busy = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Busy" }));
    const other = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Other" }));
    const [writer, watcher, otherWriter, otherReader] = [busy, busy, other, other].map((meeting) => connectClient(server.url, meeting));
    await Promise.all([writer, watcher, otherWriter, otherReader].map((client) => client!.synced));
    const closes = { busy: [] as number[], other: [] as number[] };
    watcher!.provider.on("connection-close", (event: CloseEvent | null) => event && closes.busy.push(event.code));
    otherReader!.provider.on("connection-close", (event: CloseEvent | null) => event && closes.other.push(event.code));
    const nameOf = (client: typeof writer, of: typeof writer) => (client!.provider.awareness.getStates().get(of!.doc.clientID) as { name?: string } | undefined)?.name;
    const locker = new Database(path.join(dataDir, "rapporteur.sqlite"));

    locker.exec("BEGIN IMMEDIATE");
    writeParagraphInSection(writer!.doc, "AoB", "Typed while another connection held the lock.");
    writer!.provider.awareness.setLocalStateField("name", "typed, waiting");
    // The awareness left the same socket after the update: it arrives while that write waits.
    await waitUntil(() => expect(nameOf(watcher, writer)).toBe("typed, waiting"));
    locker.exec("COMMIT");
    await waitUntil(() => expect(bodyText(watcher!.doc)).toContain("Typed while another connection held the lock."));
    expect(closes.busy).toEqual([]);

    locker.exec("BEGIN IMMEDIATE");
    writeParagraphInSection(writer!.doc, "AoB", "Typed while the lock stayed.");
    await waitUntil(() => expect(closes.busy).toContain(CloseCode.StorageUnavailable), 15_000);
    const lateReader = connectClient(server.url, other);
    await lateReader.synced;
    otherWriter!.provider.awareness.setLocalStateField("name", "still here");
    await waitUntil(() => expect(nameOf(otherReader, otherWriter)).toBe("still here"));
    expect(closes.other).toEqual([]);

    locker.exec("COMMIT");
    locker.close();
    writeParagraphInSection(otherWriter!.doc, "AoB", "The other meeting stores again.");
    await waitUntil(() => expect(bodyText(otherReader!.doc)).toContain("The other meeting stores again."));
    await waitUntil(async () => expect(await exportMarkdown(server.url, busy)).toContain("Typed while the lock stayed."), 20_000);
    expect(closes.other).toEqual([]);
  });
});

describe("a busy SQLite database, over HTTP", () => {
  it.each(["event-loop", "thread"])("HOT5 (%s writer): a write request while another connection holds the lock gets 503 storage_busy with Retry-After, stores nothing, and succeeds once the lock is gone", async (writer) => {
    const dataDir = makeTempDir();
    const server = await startTestServer({ dataDir, env: { SQLITE_WRITER: writer } });
    const create = () => fetch(`${server.url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(sampleMeetingRequest({ title: "Made while busy" })) });
    const locker = new Database(path.join(dataDir, "rapporteur.sqlite"));
    locker.exec("BEGIN IMMEDIATE");
    const refused = await create();
    locker.exec("COMMIT");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("storage_busy");
    expect(locker.prepare("SELECT count(*) FROM meetings").pluck().get()).toBe(0);
    locker.close();
    expect((await create()).status).toBe(201);
  });
});

