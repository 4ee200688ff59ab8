import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BUILT_IN_TEMPLATES, type Meeting, type ReportTemplate } from "@rapporteur/shared";
import type { Store } from "@rapporteur/server";

export function meeting(id: string, startsAt: string, title = "Online Meeting", templateId = "t"): Meeting {
  return { id, series: "WG", title, startsAt, hosts: [], moderators: [], agenda: [], participants: [], templateId, createdAt: startsAt, status: "drafting" };
}

function userTemplate(id: string): ReportTemplate {
  return { ...BUILT_IN_TEMPLATES[0]!, id, name: `Template ${id}`, builtIn: false, createdAt: "2023-01-01T00:00:00.000Z", updatedAt: "2023-01-01T00:00:00.000Z" };
}

/** Two updates from one writer: the second depends on the first. */
function twoUpdates(): [Uint8Array, Uint8Array, Y.Doc] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  doc.getText("t").insert(0, "hello");
  doc.getText("t").insert(5, " world");
  return [updates[0]!, updates[1]!, doc];
}

export function textOf(stored: { snapshot: Uint8Array; updates: Uint8Array[] }): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc.getText("t").toString();
}

/** The rules every DocumentStore must keep, whatever it stores in. */
export function describeDocumentStoreContract(name: string, openStore: () => Store | Promise<Store>) {
  describe(`DocumentStore contract: ${name}`, () => {
    it("STORE1: a meeting is created once with its document; a second create with the same id fails and changes nothing", async () => {
      const store = await openStore();
      const initial = Y.encodeStateAsUpdate(new Y.Doc());
      await store.createMeeting(meeting("a".repeat(22), "2023-01-01T10:00:00.000Z"), initial);
      await expect(async () => store.createMeeting(meeting("a".repeat(22), "2024-01-01T10:00:00.000Z", "Other"), initial)).rejects.toThrow();
      expect((await store.getMeeting("a".repeat(22)))?.title).toBe("Online Meeting");
      expect(await store.getMeeting("b".repeat(22))).toBeUndefined();
      expect(await store.loadDocument("b".repeat(22))).toBeUndefined();
    });

    it("STORE2: appended updates load back in order after the snapshot, with increasing sequence numbers", async () => {
      const store = await openStore();
      await store.createMeeting(meeting("a".repeat(22), "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const [first, second] = twoUpdates();
      const seq1 = await store.appendUpdate("a".repeat(22), first);
      const seq2 = await store.appendUpdate("a".repeat(22), second);
      expect(seq2).toBeGreaterThan(seq1);
      const stored = (await store.loadDocument("a".repeat(22)))!;
      expect(stored.updates.map((update) => Array.from(update))).toEqual([Array.from(first), Array.from(second)]);
      expect(stored.lastSeq).toBe(seq2);
      await expect(async () => store.appendUpdate("c".repeat(22), first)).rejects.toThrow();
    });

    it("STORE3: compaction replaces the log up to a sequence number and keeps later updates", async () => {
      const store = await openStore();
      const id = "a".repeat(22);
      await store.createMeeting(meeting(id, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      const [first, second, doc] = twoUpdates();
      const seq1 = await store.appendUpdate(id, first);
      await store.appendUpdate(id, second);
      expect(await store.compactDocument(id, seq1)).toBe(1);
      const stored = (await store.loadDocument(id))!;
      expect(stored.updates).toHaveLength(1);
      const loaded = new Y.Doc();
      Y.applyUpdate(loaded, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(loaded, update);
      expect(loaded.getText("t").toString()).toBe(doc.getText("t").toString());
      const seq3 = await store.appendUpdate(id, second);
      expect(seq3).toBeGreaterThan(seq1);
    });

    it("STORE4: compaction folds the stored snapshot and log from storage; it never deletes an update it did not fold", async () => {
      const store = await openStore();
      const id = "a".repeat(22);
      const [first, second, doc] = twoUpdates();
      await store.createMeeting(meeting(id, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      expect(await store.compactDocument(id, 10)).toBe(0);
      const seq1 = await store.appendUpdate(id, first);
      const seq2 = await store.appendUpdate(id, second);
      expect(await store.compactDocument(id, seq2 + 100)).toBe(2);
      const stored = (await store.loadDocument(id))!;
      expect(stored.updates).toHaveLength(0);
      expect(stored.lastSeq).toBe(seq2);
      expect(seq2).toBe(seq1 + 1);
      expect(textOf(stored)).toBe(doc.getText("t").toString());
      expect(await store.compactDocument(id, seq2)).toBe(0);
    });

    it("STORE5: meetings list newest first, and text search finds a meeting by a phrase of its summary", async () => {
      const store = await openStore();
      const empty = Y.encodeStateAsUpdate(new Y.Doc());
      await store.createMeeting(meeting("a".repeat(22), "2023-01-01T10:00:00.000Z", "January"), empty);
      await store.createMeeting(meeting("b".repeat(22), "2023-03-01T10:00:00.000Z", "March"), empty);
      await store.createMeeting(meeting("c".repeat(22), "2023-02-01T10:00:00.000Z", "February"), empty);
      expect((await store.listMeetings()).map((m) => m.title)).toEqual(["March", "February", "January"]);
      await store.indexSummaryText("c".repeat(22), "Anriette suggested a report on the Expert Group Meeting.");
      expect((await store.listMeetings({ text: "expert group" })).map((m) => m.title)).toEqual(["February"]);
      expect((await store.listMeetings({ text: '"group expert"' })).map((m) => m.title)).toEqual([]);
      expect((await store.listMeetings({ text: 'AND OR "( NEAR' })).length).toBeGreaterThanOrEqual(0);
    });
  
    it("STORE6: a template is deleted only when no meeting was made from it and no series uses it by default", async () => {
      const store = await openStore();
      for (const id of ["free", "used-by-meeting", "used-by-series"]) await store.saveTemplate(userTemplate(id));
      await store.createMeeting(meeting("a".repeat(22), "2023-01-01T10:00:00.000Z", "January", "used-by-meeting"), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.saveSeries({ name: "WG Strategy", defaultTemplateId: "used-by-series", numberStyle: "arabic", usualParticipants: [], publish: false, updatedAt: "2023-01-01T00:00:00.000Z" });

      expect(await store.deleteUnusedTemplate("used-by-meeting")).toEqual({ outcome: "in_use", meetings: 1, series: 0 });
      expect(await store.deleteUnusedTemplate("used-by-series")).toEqual({ outcome: "in_use", meetings: 0, series: 1 });
      expect(await store.deleteUnusedTemplate("free")).toEqual({ outcome: "deleted" });
      expect(await store.deleteUnusedTemplate("free")).toEqual({ outcome: "missing" });
      // A meeting naming a template that is not stored does not make that id "in use".
      await store.createMeeting(meeting("b".repeat(22), "2023-02-01T10:00:00.000Z", "February", "never-stored"), Y.encodeStateAsUpdate(new Y.Doc()));
      expect(await store.deleteUnusedTemplate("never-stored")).toEqual({ outcome: "missing" });
      expect((await store.listTemplates()).map((template) => template.id).sort()).toEqual(["used-by-meeting", "used-by-series"]);
    });
  });
}
