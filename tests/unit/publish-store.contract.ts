import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { ApprovalManifest } from "@rapporteur/shared";
import type { Store } from "@rapporteur/server";
import { meeting } from "./document-store.contract.js";

const HEX = (char: string) => char.repeat(64);

function publication(meetingId: string, revision: number, approvedAt: string, contentSha256 = HEX("c")) {
  const file = (char: string) => ({ name: `report.${char}`, sha256: HEX(char), bytes: 3 });
  const manifest: ApprovalManifest = {
    type: "rapporteur-approval-manifest", v: 1, keyId: "k",
    statement: {
      type: "rapporteur-approval", v: 1, keyId: "k", meetingId, series: "WG", title: "Online Meeting", startsAt: "2023-01-01T10:00:00.000Z",
      version: revision * 2, revision, approvedBy: "Chair", approvedAt, contentSha256, reference: `${contentSha256.slice(0, 12)}-r${revision}`,
    },
    files: { pdf: file(`${revision}`), docx: file("d"), md: file("e") },
    signature: "sig",
  };
  return { meetingId, revision, seriesSlug: "wg", slug: "2023-01-01-online-meeting", manifest, html: "<p>Text</p>", text: "Text", diff: revision === 1 ? null : [{ op: "insert" as const, text: "Text" }] };
}

const files = (revision: number) => [
  { format: "pdf" as const, sha256: HEX(`${revision}`), bytes: new Uint8Array([1, 2, revision]) },
  { format: "md" as const, sha256: HEX("e"), bytes: new Uint8Array([4]) },
];

/** The public record every store keeps: approved revisions, their exact files, one installation key. */
export function describePublishStoreContract(name: string, openStore: () => Store | Promise<Store>, reopen: (store: Store) => Store | Promise<Store>) {
  describe(`PublishStore contract: ${name}`, () => {
    it("MANIFEST3: a publication and its files are stored once; the same revision again changes nothing", async () => {
      const store = await openStore();
      const id = "a".repeat(22);
      await store.createMeeting(meeting(id, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      expect(await store.publish.savePublication(publication(id, 1, "2023-01-02T10:00:00.000Z"), files(1))).toBe(true);
      const again = { ...publication(id, 1, "2023-01-02T10:00:00.000Z"), html: "<p>Other</p>" };
      expect(await store.publish.savePublication(again, [{ format: "pdf", sha256: HEX("9"), bytes: new Uint8Array([9]) }])).toBe(false);
      expect(Array.from((await store.publish.getPublishedFile(id, 1, "pdf"))!)).toEqual([1, 2, 1]);
      expect((await store.publish.listMeetingPublications(id)).map((entry) => entry.html)).toEqual(["<p>Text</p>"]);
      expect(await store.publish.getPublishedFile(id, 1, "docx")).toBeUndefined();
      expect(await store.publish.findPublications(HEX("9"))).toEqual([]);
    });

    it("MANIFEST4: publications list newest first per series and oldest first per meeting; found by file hash, content hash or reference", async () => {
      const store = await openStore();
      const [a, b] = ["a".repeat(22), "b".repeat(22)];
      for (const id of [a, b]) await store.createMeeting(meeting(id, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.publish.savePublication(publication(a, 1, "2023-01-02T10:00:00.000Z"), files(1));
      await store.publish.savePublication(publication(b, 1, "2023-02-02T10:00:00.000Z", HEX("f")), []);
      await store.publish.savePublication(publication(a, 2, "2023-03-02T10:00:00.000Z"), files(2));
      expect((await store.publish.listSeriesPublications("wg")).map((entry) => `${entry.meetingId[0]}${entry.revision}`)).toEqual(["a2", "b1", "a1"]);
      expect((await store.publish.listMeetingPublications(a)).map((entry) => entry.revision)).toEqual([1, 2]);
      expect(await store.publish.listSeriesPublications("other")).toEqual([]);
      const byFile = await store.publish.findPublications(HEX("2"));
      expect(byFile.map((entry) => entry.revision)).toEqual([2]);
      expect(byFile[0]!.diff).toEqual([{ op: "insert", text: "Text" }]);
      expect((await store.publish.findPublications(HEX("c"))).map((entry) => entry.revision)).toEqual([1, 2]);
      expect((await store.publish.findPublications(`${HEX("f").slice(0, 12)}-r1`)).map((entry) => entry.meetingId)).toEqual([b]);
    });

    it("MANIFEST5: the installation key is created once: a second candidate, from this or another handle on the same data, gets the first key", async () => {
      const store = await openStore();
      const first = { keyId: "k1", privateKeyPem: "private-1", publicKeyPem: "public-1", createdAt: "2023-01-01T00:00:00.000Z" };
      expect(await store.publish.ensureInstallationKey(first)).toEqual(first);
      const other = await reopen(store);
      const second = { keyId: "k2", privateKeyPem: "private-2", publicKeyPem: "public-2", createdAt: "2023-01-02T00:00:00.000Z" };
      expect(await other.publish.ensureInstallationKey(second)).toEqual(first);
      expect(await store.publish.ensureInstallationKey(second)).toEqual(first);
    });
  });
}
