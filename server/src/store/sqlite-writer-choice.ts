import fs from "node:fs";
import type { SqliteWriter } from "./sqlite-document-store.js";

/**
 * File systems whose calls can stall for as long as a network or a user-space daemon does
 * (statfs magic numbers, linux/magic.h and the file systems' own headers).
 */
const HANG_PRONE_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x6969, "nfs"],
  [0xff534d42, "cifs"],
  [0xfe534d42, "smb2"],
  [0x517b, "smb"],
  [0x65735546, "fuse"],
  [0x00c36400, "ceph"],
  [0x01021997, "9p"],
  [0x5346414f, "afs"],
  [0x6b414653, "kafs"],
  [0x47504653, "gpfs"],
  [0x0bd00bd0, "lustre"],
  [0x013111a8, "ibrix"],
]);

export interface WriterChoice {
  writer: SqliteWriter;
  /** Why, for the start-up log line. */
  reason: string;
}

/** The writer for a file system type: the store thread where the disk may hang, the event loop (measured faster) elsewhere. */
export function writerForFileSystem(type: number): WriterChoice {
  const name = HANG_PRONE_FILE_SYSTEMS.get(type >>> 0);
  return name
    ? { writer: "thread", reason: `DATA_DIR is on ${name}, which can hang: the database is used from its own thread` }
    : { writer: "event-loop", reason: "DATA_DIR is on a local file system: the database is used from the event loop" };
}

/**
 * SQLITE_WRITER=auto: looks at the file system under DATA_DIR. A hung network mount must not
 * freeze every meeting, and on a local disk the event loop measured faster (`npm run bench`).
 */
export function chooseSqliteWriter(dataDir: string): WriterChoice {
  fs.mkdirSync(dataDir, { recursive: true });
  return writerForFileSystem(Number(fs.statfsSync(dataDir).type));
}
