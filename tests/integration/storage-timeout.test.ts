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
    const server = await startTestServer({ store, env: { STORAGE_TIMEOUT_MS: "500" } });
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
