import type { Page } from "playwright-core";
import * as Y from "yjs";
import { bodyText } from "./edit-body.js";

/**
 * The report's text as the page's local copy (IndexedDB, y-indexeddb's "updates" store) holds
 * it now: what a reload would open with. IndexedDB writes commit some time after the editor
 * shows the text, so a test waits on this rather than pausing.
 */
export async function locallyStoredText(page: Page, meetingId: string): Promise<string> {
  const updates = await page.evaluate(
    (name) =>
      new Promise<number[][]>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction("updates", "readonly").objectStore("updates").getAll();
          reading.onerror = () => reject(reading.error);
          // Closed at once: an open handle would hold up the page's own use of the database.
          reading.onsuccess = () => resolve((reading.result as Uint8Array[]).map((update) => Array.from(update)));
          db.close();
        };
      }),
    `rapporteur-${meetingId}`,
  );
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return bodyText(doc);
}
