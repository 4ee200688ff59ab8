import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { LIMITS, type Meeting, type TranscriptSegment } from "@rapporteur/shared";
import { TRANSCRIPT_FULL, type Store } from "@rapporteur/server";

const ID = "t".repeat(22);
const OTHER = "o".repeat(22);
const meeting = (id: string): Meeting => ({
  id, series: "WG", title: "Call", startsAt: "2023-02-16T14:00:00.000Z", hosts: [], moderators: [], agenda: [], participants: [], templateId: "t", createdAt: "2023-02-16T14:00:00.000Z", status: "drafting",
});
const cue = (start: number, text: string, speaker = "Anja Gengo"): TranscriptSegment => ({ start, end: start + 1000, speaker, text });
const file = { fileName: "call.vtt", format: "vtt" as const, uploadedAt: "2023-02-16T16:00:00.000Z", uploadedBy: "noteTaker" };

/** The rules every store keeps for transcripts (registered in document-stores.test.ts for memory, SQLite and Postgres). */
export function describeTranscriptStoreContract(name: string, openStore: () => Store | Promise<Store>) {
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
