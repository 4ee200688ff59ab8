import * as Y from "yjs";
import { BUILT_IN_TEMPLATES, buildSummaryDocument, type Meeting } from "@rapporteur/shared";
import { encodeSeedDocument } from "../../server/src/meetings/encode-seed-document.js";

const WRITERS = 5;
const PARAGRAPH_CHARS = 300;

export const longHistoryMeeting: Meeting = {
  id: "coldopen".padEnd(22, "x"),
  series: "Bench",
  title: "A very long meeting",
  startsAt: "2026-01-01T10:00:00.000Z",
  hosts: [],
  moderators: [],
  agenda: [{ id: "item1".padEnd(22, "x"), title: "Discussion", children: [] }],
  participants: [],
  templateId: BUILT_IN_TEMPLATES[0]!.id,
  createdAt: "2026-01-01T09:00:00.000Z",
  status: "drafting",
};

/**
 * The seed of a meeting and `count` keystroke updates after it: five note-takers taking turns,
 * each typing into a paragraph of their own (a new one every 300 characters), one in ten
 * keystrokes a backspace, every keystroke its own transaction as the editor sends it.
 */
export function typeLongHistory(count: number): { seed: Uint8Array; updates: Uint8Array[] } {
  const seed = encodeSeedDocument(buildSummaryDocument(longHistoryMeeting, BUILT_IN_TEMPLATES[0]!), []);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  const body = doc.getXmlFragment("default");
  const clientIds = Array.from({ length: WRITERS }, (_, index) => 1_000_000 + index);
  const paragraphs: Array<Y.XmlText | undefined> = new Array(WRITERS).fill(undefined);
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) {
    const writer = i % WRITERS;
    doc.clientID = clientIds[writer]!;
    doc.transact(() => {
      let text = paragraphs[writer];
      if (!text || text.length >= PARAGRAPH_CHARS) {
        const paragraph = new Y.XmlElement("paragraph");
        text = new Y.XmlText();
        paragraph.insert(0, [text]);
        body.insert(body.length, [paragraph]);
        paragraphs[writer] = text;
      }
      if (i % 10 === 9 && text.length > 0) text.delete(text.length - 1, 1);
      else text.insert(text.length, "abcdefghij klmnopqrstuvwxyz"[i % 27]!);
    });
  }
  doc.destroy();
  return { seed, updates };
}
