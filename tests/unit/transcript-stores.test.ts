import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS, type Meeting, type TranscriptSegment } from "@rapporteur/shared";
import { MemoryDocumentStore, PostgresStore, SqliteDocumentStore, TRANSCRIPT_FULL, type Store } from "@rapporteur/server";
import { POSTGRES_URL } from "../helpers/postgres.js";

const dirs: string[] = [];
const schemas: string[] = [];
const stores: Array<{ close(): unknown }> = [];
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const ID = "t".repeat(22);
const OTHER = "o".repeat(22);
const meeting = (id: string): Meeting => ({
  id, series: "WG", title: "Call", startsAt: "2023-02-16T14:00:00.000Z", hosts: [], moderators: [], agenda: [], participants: [], templateId: "t", createdAt: "2023-02-16T14:00:00.000Z", status: "drafting",
});
const cue = (start: number, text: string, speaker = "Anja Gengo"): TranscriptSegment => ({ start, end: start + 1000, speaker, text });
const file = { fileName: "call.vtt", format: "vtt" as const, uploadedAt: "2023-02-16T16:00:00.000Z", uploadedBy: "noteTaker" };

function describeTranscriptStoreContract(name: string, openStore: () => Store | Promise<Store>) {
  describe(`TranscriptStore contract: ${name}`, () => {
    async function storeWithMeetings(): Promise<Store> {
      const store = await openStore();
      for (const id of [ID, OTHER]) await store.createMeeting(meeting(id), Y.encodeStateAsUpdate(new Y.Doc()));
      return store;
    }

    it("STORE-TRANSCRIPT1: an upload is stored with its file and segments in order; captions append after it; another meeting is untouched", async () => {
      const store = await storeWithMeetings();
      expect(await store.transcripts.getTranscript(ID)).toBeUndefined();
      await store.transcripts.replaceTranscript(ID, file, [cue(0, "one"), cue(5000, "two", "")]);
      const added = await store.transcripts.appendCaptions(ID, [cue(9000, "live")]);
      expect(added).toEqual([{ ...cue(9000, "live"), seq: 3, source: "captions" }]);
      expect(await store.transcripts.getTranscript(ID)).toEqual({
        file,
        settings: { offsetMs: 0, boundaries: [], speakers: {} },
        captionerTokenId: null,
        segments: [
          { ...cue(0, "one"), seq: 1, source: "upload" },
          { ...cue(5000, "two", ""), seq: 2, source: "upload" },
          { ...cue(9000, "live"), seq: 3, source: "captions" },
        ],
      });
      expect(await store.transcripts.getTranscript(OTHER)).toBeUndefined();
    });

    it("STORE-TRANSCRIPT2: a new upload replaces every segment, the offset and boundaries, and keeps confirmed speakers and the captioner link", async () => {
      const store = await storeWithMeetings();
      await store.transcripts.appendCaptions(ID, [cue(0, "caption")]);
      await store.transcripts.saveTranscriptSettings(ID, { offsetMs: 120_000, boundaries: [{ agendaItemId: "item", start: 0 }], speakers: { Jorge: "p1", AE: null } });
      await store.transcripts.setCaptionerTokenId(ID, "cap-1");
      await store.transcripts.replaceTranscript(ID, file, [cue(1000, "new")]);
      const stored = (await store.transcripts.getTranscript(ID))!;
      expect(stored.segments).toEqual([{ ...cue(1000, "new"), seq: 1, source: "upload" }]);
      expect(stored.settings).toEqual({ offsetMs: 0, boundaries: [], speakers: { Jorge: "p1", AE: null } });
      expect(stored.captionerTokenId).toBe("cap-1");
      expect(await store.transcripts.getCaptionerTokenId(ID)).toBe("cap-1");
      expect(await store.transcripts.getCaptionerTokenId(OTHER)).toBeNull();
      expect(await store.transcripts.getTranscriptSettings(ID)).toEqual(stored.settings);
      expect(await store.transcripts.getTranscriptSettings(OTHER)).toBeUndefined();
    });

    it("STORE-TRANSCRIPT3: captions past the segment limit are refused whole; deleting removes everything; an unknown meeting throws", async () => {
      const store = await storeWithMeetings();
      const many = Array.from({ length: LIMITS.maxTranscriptSegments - 1 }, (_, index) => cue(index, `c${index}`));
      await store.transcripts.replaceTranscript(ID, file, many);
      expect(await store.transcripts.appendCaptions(ID, [cue(1, "a"), cue(2, "b")])).toBe(TRANSCRIPT_FULL);
      expect((await store.transcripts.getTranscript(ID))!.segments).toHaveLength(LIMITS.maxTranscriptSegments - 1);
      expect(await store.transcripts.appendCaptions(ID, [cue(1, "a")])).not.toBe(TRANSCRIPT_FULL);
      await store.transcripts.setCaptionerTokenId(ID, "cap-2");
      await store.transcripts.deleteTranscript(ID);
      expect(await store.transcripts.getTranscript(ID)).toBeUndefined();
      expect(await store.transcripts.getCaptionerTokenId(ID)).toBeNull();
      await expect(async () => store.transcripts.appendCaptions("u".repeat(22), [cue(0, "x")])).rejects.toThrow();
      await expect(async () => store.transcripts.replaceTranscript("u".repeat(22), file, [cue(0, "x")])).rejects.toThrow();
    });
  });
}

describeTranscriptStoreContract("memory", () => new MemoryDocumentStore());
describeTranscriptStoreContract("sqlite", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-transcript-"));
  dirs.push(dir);
  const store = new SqliteDocumentStore(dir);
  stores.push(store);
  return store;
});
describeTranscriptStoreContract("postgres", async () => {
  const schema = `rapporteur_test_${randomBytes(6).toString("hex")}`;
  schemas.push(schema);
  const store = await PostgresStore.open(POSTGRES_URL, { schema });
  stores.push(store);
  return store;
});
