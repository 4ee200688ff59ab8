import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DocumentLockedError, StaleDocumentError, type Store } from "@rapporteur/server";
import { meeting, textOf } from "./document-store.contract.js";

const ID = "m".repeat(22);
const OTHER = "o".repeat(22);

/** `count` updates from one writer, each inserting one line: the loaded text says which are missing. */
function writerUpdates(name: string, count: number): { updates: Uint8Array[]; lines: string[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const lines: string[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) {
    const line = `${name} ${i}\n`;
    doc.getText("t").insert(doc.getText("t").length, line);
    lines.push(line.trim());
  }
  return { updates, lines };
}

function linesOf(text: string): string[] {
  return text.split("\n").filter(Boolean).sort();
}

/**
 * The store contract under concurrency: several handles on one storage (two instances on one
 * database) appending, loading and compacting at once. `openSibling` opens a second handle.
 */
export function describeConcurrentStoreContract(
  name: string,
  openStore: () => Promise<Store> | Store,
  openSibling: (store: Store) => Promise<Store> | Store,
) {
  describe(`DocumentStore contract under concurrency: ${name}`, () => {
    it("PGSTORE1: sequence numbers are per meeting, consecutive from 1, whatever another meeting appends meanwhile", async () => {
      const store = await openStore();
      for (const id of [ID, OTHER]) await store.createMeeting(meeting(id, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const mine = writerUpdates("mine", 20).updates;
      const theirs = writerUpdates("theirs", 20).updates;
      const seqs = await Promise.all(mine.flatMap((update, i) => [store.appendUpdate(ID, update), store.appendUpdate(OTHER, theirs[i]!)]));
      expect(seqs.filter((_, i) => i % 2 === 0)).toEqual(mine.map((_, i) => i + 1));
      expect(seqs.filter((_, i) => i % 2 === 1)).toEqual(theirs.map((_, i) => i + 1));
      expect((await store.loadDocument(ID))!.lastSeq).toBe(20);
    });

    it("PGSTORE2: loads racing compactions always see one whole document (snapshot and log from the same moment)", async () => {
      const store = await openStore();
      const sibling = await openSibling(store);
      await store.createMeeting(meeting(ID, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const { updates, lines } = writerUpdates("line", 240);
      const incomplete: number[] = [];
      for (let round = 0; round < 12; round++) {
        const batch = updates.slice(round * 20, round * 20 + 20);
        for (const update of batch) await store.appendUpdate(ID, update);
        const expected = lines.slice(0, round * 20 + 20).sort();
        const loads = Array.from({ length: 30 }, () => Promise.resolve(sibling.loadDocument(ID)));
        const [, ...loaded] = await Promise.all([store.compactDocument(ID, Number.MAX_SAFE_INTEGER), ...loads]);
        for (const stored of loaded) if (linesOf(textOf(stored!)).length !== expected.length) incomplete.push(round);
      }
      expect(incomplete).toEqual([]);
      expect(linesOf(textOf((await store.loadDocument(ID))!))).toEqual([...lines].sort());
    });

    it("PGSTORE3: two appenders on two handles: every update stored once, numbered 1..n without gaps, loaded in full", async () => {
      const store = await openStore();
      const sibling = await openSibling(store);
      await store.createMeeting(meeting(ID, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const anja = writerUpdates("anja", 60);
      const titti = writerUpdates("titti", 60);
      const seqs = await Promise.all([
        ...anja.updates.map((update) => store.appendUpdate(ID, update)),
        ...titti.updates.map((update) => sibling.appendUpdate(ID, update)),
      ]);
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      // Each handle's own appends are numbered in the order they were made.
      expect(seqs.slice(0, 60)).toEqual([...seqs.slice(0, 60)].sort((a, b) => a - b));
      const stored = (await sibling.loadDocument(ID))!;
      expect(stored.lastSeq).toBe(120);
      expect(linesOf(textOf(stored))).toEqual([...anja.lines, ...titti.lines].sort());
    });

    it("PGSTORE4: two compactors and an appender at once lose nothing; what arrives during a compaction stays in the log", async () => {
      const store = await openStore();
      const sibling = await openSibling(store);
      await store.createMeeting(meeting(ID, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const { updates, lines } = writerUpdates("line", 150);
      const work: Array<Promise<unknown>> = [];
      for (let i = 0; i < updates.length; i++) {
        work.push(Promise.resolve(store.appendUpdate(ID, updates[i]!)));
        if (i % 10 === 9) work.push(Promise.resolve(store.compactDocument(ID, i)), Promise.resolve(sibling.compactDocument(ID, i + 5)));
      }
      await Promise.all(work);
      const stored = (await store.loadDocument(ID))!;
      expect(stored.lastSeq).toBe(150);
      expect(linesOf(textOf(stored))).toEqual([...lines].sort());
      const folded = await sibling.compactDocument(ID, 150);
      expect(folded).toBe(stored.updates.length);
      expect(linesOf(textOf((await store.loadDocument(ID))!))).toEqual([...lines].sort());
    });

    it("PGSTORE5: the approval gate is in the store: appends on every handle are refused while approved, and a stale approval changes nothing", async () => {
      const store = await openStore();
      const sibling = await openSibling(store);
      const drafting = meeting(ID, "2023-01-01T10:00:00.000Z");
      await store.createMeeting(drafting, Y.encodeStateAsUpdate(new Y.Doc()));
      const { updates } = writerUpdates("line", 3);
      const seq = await store.appendUpdate(ID, updates[0]!);
      const version = { name: "Approved", reason: "approve" as const, createdBy: "Chair", createdAt: "2023-01-02T10:00:00.000Z", snapshot: updates[0]!, sha256: "x" };
      const approved = { ...drafting, status: "approved" as const };
      await expect(async () => store.review.recordReview({ meetingId: ID, meeting: approved, version, approve: true, expectedSeq: seq - 1 })).rejects.toThrow(StaleDocumentError);
      expect((await sibling.getMeeting(ID))!.status).toBe("drafting");
      expect(await sibling.review.listVersions(ID)).toEqual([]);
      await store.review.recordReview({ meetingId: ID, meeting: approved, version, approve: true, expectedSeq: seq });
      await expect(async () => sibling.appendUpdate(ID, updates[1]!)).rejects.toThrow(DocumentLockedError);
      await expect(async () => store.appendUpdate(ID, updates[1]!)).rejects.toThrow(DocumentLockedError);
      const locked = (await sibling.loadDocument(ID))!;
      expect([locked.locked, locked.lastSeq, locked.updates.length]).toEqual([true, seq, 1]);
      // A details correction written from a stale copy never writes the old status back.
      await sibling.updateMeeting({ ...drafting, title: "Corrected" });
      expect((await store.getMeeting(ID))!).toMatchObject({ title: "Corrected", status: "approved" });
      await store.review.recordReview({ meetingId: ID, meeting: { ...approved, status: "drafting" } });
      expect(await sibling.appendUpdate(ID, updates[1]!)).toBe(seq + 1);
    });

    it("PGSTORE6: an instance that missed updates reads exactly what it lacks, also when part of it was compacted", async () => {
      const store = await openStore();
      await store.createMeeting(meeting(ID, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const { updates, lines } = writerUpdates("line", 30);
      for (const update of updates.slice(0, 10)) await store.appendUpdate(ID, update);
      const behind = await store.loadDocument(ID);
      for (const update of updates.slice(10)) await store.appendUpdate(ID, update);
      const tail = (await store.readUpdatesSince(ID, 10))!;
      expect([tail.snapshot, tail.updates.length, tail.lastSeq]).toEqual([undefined, 20, 30]);
      await store.compactDocument(ID, 20);
      const afterCompaction = (await store.readUpdatesSince(ID, 10))!;
      expect(afterCompaction.snapshot).toBeDefined();
      expect(afterCompaction.updates).toHaveLength(10);
      const caughtUp = { snapshot: Y.mergeUpdates([behind!.snapshot, ...behind!.updates, afterCompaction.snapshot!]), updates: afterCompaction.updates };
      expect(linesOf(textOf(caughtUp))).toEqual([...lines].sort());
      expect(await store.readUpdatesSince(OTHER, 0)).toBeUndefined();
    });
  });
}
