import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import type { Meeting } from "@rapporteur/shared";
import type { Store } from "@rapporteur/server";

const ID = "l".repeat(22);
const NEXT = "n".repeat(22);
const meeting = (id: string): Meeting => ({
  id, series: "WG", title: "Call", startsAt: "2023-02-16T14:00:00.000Z", hosts: [], moderators: [], agenda: [], participants: [], templateId: "t", createdAt: "2023-02-16T14:00:00.000Z", status: "drafting",
});

/**
 * The rules every store keeps for invitation link versions (registered in document-stores.test.ts).
 * `reopenAsOldDatabase`, where given, takes the link columns away from the stored meetings (a
 * database made before them) and opens the store again, which must migrate it.
 */
export function describeMeetingLinksStoreContract(
  name: string,
  openStore: () => Store | Promise<Store>,
  reopenAsOldDatabase?: (store: Store) => Promise<Store>,
) {
  describe(`Meeting links contract: ${name}`, () => {
    it("SHARE-STORE1: a new meeting's links are at version 0; a replace bumps only the roles named, atomically, and answers the new versions", async () => {
      const store = await openStore();
      expect(await store.getLinkState(ID)).toBeUndefined();
      expect(await store.replaceLinks(ID, ["chair"])).toBeUndefined();
      await store.createMeeting(meeting(ID), Y.encodeStateAsUpdate(new Y.Doc()));
      expect(await store.getLinkState(ID)).toEqual({ versions: { chair: 0, noteTaker: 0, viewer: 0 }, nextMeetingId: null });
      expect(await store.replaceLinks(ID, ["noteTaker", "viewer"])).toEqual({ chair: 0, noteTaker: 1, viewer: 1 });
      await Promise.all([store.replaceLinks(ID, ["noteTaker"]), store.replaceLinks(ID, ["noteTaker"])]);
      expect((await store.getLinkState(ID))?.versions).toEqual({ chair: 0, noteTaker: 3, viewer: 1 });
    });

    it("SHARE-STORE2: the meeting scheduled next is kept with the meeting; the latest replaces an earlier one", async () => {
      const store = await openStore();
      for (const id of [ID, NEXT]) await store.createMeeting(meeting(id), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.setNextMeeting(ID, "x".repeat(22));
      await store.setNextMeeting(ID, NEXT);
      expect((await store.getLinkState(ID))?.nextMeetingId).toBe(NEXT);
      expect((await store.getLinkState(NEXT))?.nextMeetingId).toBeNull();
    });

    if (reopenAsOldDatabase) {
      it("SHARE-STORE3: a database made before link versions is migrated: its meetings' links stay at version 0 and can be replaced", async () => {
        const store = await openStore();
        await store.createMeeting(meeting(ID), Y.encodeStateAsUpdate(new Y.Doc()));
        const reopened = await reopenAsOldDatabase(store);
        expect((await reopened.getMeeting(ID))?.title).toBe("Call");
        expect(await reopened.getLinkState(ID)).toEqual({ versions: { chair: 0, noteTaker: 0, viewer: 0 }, nextMeetingId: null });
        expect(await reopened.replaceLinks(ID, ["chair"])).toEqual({ chair: 1, noteTaker: 0, viewer: 0 });
      });
    }
  });
}
