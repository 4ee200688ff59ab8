import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SqliteDocumentStore } from "@rapporteur/server";
import { meeting, textOf } from "./document-store.contract.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const ID = "s".repeat(22);

/** The documents table as it was before snapshots had one of their own: the snapshot on the row every append updates. */
function makeLayoutOld(file: string): void {
  const db = new Database(file);
  db.pragma("foreign_keys = OFF");
  db.transaction(() => {
    db.exec(`
      CREATE TABLE documents_old (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
        snapshot BLOB NOT NULL,
        snapshot_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0,
        locked INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO documents_old SELECT d.meeting_id, s.snapshot, d.snapshot_seq, d.last_seq, d.locked FROM documents d JOIN document_snapshots s USING (meeting_id);
      DROP TABLE document_snapshots;
      DROP TABLE documents;
      ALTER TABLE documents_old RENAME TO documents;
    `);
  })();
  db.close();
}

const columnsOf = (file: string, table: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe("SQLite store: snapshots apart from the log head", () => {
  it("SQLSTORE1: a database made with the snapshot on the documents row is migrated: each document loads as it was, appends are numbered after it, compaction goes on", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-migrate-"));
    dirs.push(dir);
    const file = path.join(dir, "rapporteur.sqlite");
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const first = new SqliteDocumentStore(dir);
    await first.createMeeting(meeting(ID, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
    for (const word of ["Anriette ", "suggested ", "a review"]) doc.getText("t").insert(doc.getText("t").length, word);
    for (const update of updates.splice(0)) await first.appendUpdate(ID, update);
    await first.compactDocument(ID, 2);
    const before = (await first.loadDocument(ID))!;
    await first.close();
    makeLayoutOld(file);
    expect(columnsOf(file, "documents")).toContain("snapshot");

    const reopened = new SqliteDocumentStore(dir);
    expect(columnsOf(file, "documents")).not.toContain("snapshot");
    const after = (await reopened.loadDocument(ID))!;
    expect(textOf(after)).toBe("Anriette suggested a review");
    expect({ lastSeq: after.lastSeq, updates: after.updates.length, locked: after.locked }).toEqual({ lastSeq: before.lastSeq, updates: before.updates.length, locked: false });
    doc.getText("t").insert(doc.getText("t").length, ".");
    expect(await reopened.appendUpdate(ID, updates.pop()!)).toBe(before.lastSeq + 1);
    await reopened.compactDocument(ID, before.lastSeq + 1);
    const compacted = (await reopened.loadDocument(ID))!;
    expect({ text: textOf(compacted), updates: compacted.updates.length }).toEqual({ text: "Anriette suggested a review.", updates: 0 });
    await reopened.close();
  });
});
