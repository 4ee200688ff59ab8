import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { YDOC } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("live co-editing", () => {
  it("SYNC1: two clients editing concurrently converge, and a late joiner sees everything", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const anja = connectClient(server.url, meeting);
    const titti = connectClient(server.url, meeting);
    await Promise.all([anja.synced, titti.synced]);

    for (let i = 0; i < 20; i++) {
      writeParagraphInSection(anja.doc, "Activities of the WG Strategy for 2023", `Anja point ${i}.`);
      writeParagraphInSection(titti.doc, "AoB", `Titti point ${i}.`);
    }
    await waitUntil(() => expect(bodyText(titti.doc)).toBe(bodyText(anja.doc)));
    expect(bodyText(anja.doc)).toContain("Anja point 19.");
    expect(bodyText(anja.doc)).toContain("Titti point 19.");

    const late = connectClient(server.url, meeting);
    await late.synced;
    await waitUntil(() => expect(bodyText(late.doc)).toBe(bodyText(anja.doc)));
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(anja.doc));
  });

  it("SEED1: two clients opening a brand-new meeting at the same moment get the template once", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const clients = Array.from({ length: 4 }, () => connectClient(server.url, meeting));
    await Promise.all(clients.map((client) => client.synced));
    for (const client of clients) {
      const text = client.doc.getXmlFragment(YDOC.body).toString();
      expect(text.match(/Summary Report/g)).toHaveLength(1);
      expect(text.match(/Activities of the WG Strategy for 2023/g)).toHaveLength(2); // agenda list + heading
      expect(client.doc.getArray(YDOC.participants).length).toBe(1);
    }
  });

  it("SEED2: the seeded document has the title block, agenda, one heading per item and the annex", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    const lines = bodyText(client.doc).split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "MAG Working Group on IGF Strengthening and Strategy",
      "Online Meeting 5116 February 2023 at 14:00 UTC",
      "Summary Report",
    ]);
    expect(lines).toContain("1. Activities of the WG Strategy for 2023");
    expect(lines).toContain("2. AoB");
    expect(lines).toContain("Next steps");
    expect(lines).toContain("Next meeting");
    expect(lines).toContain("List of participants");
  });
});
