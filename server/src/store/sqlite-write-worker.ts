// The thread that owns SQLite's write connection: it commits each batch the event loop sends it
// (one transaction, one fsync) while the event loop goes on serving sockets.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { SqliteAppendTransaction, type AppendRequest } from "./sqlite-append-transaction.js";
import { SqliteLogWrites } from "./sqlite-log-writes.js";
import { toWire, type WriteBatchMessage, type WriteReply, type WriteRequest, type WriteWorkerSetup } from "./sqlite-write-protocol.js";

function unpack(batch: WriteBatchMessage): Map<string, AppendRequest[]> {
  const byMeeting = new Map<string, AppendRequest[]>();
  let at = 0;
  let next = 0;
  batch.meetingIds.forEach((meetingId, index) => {
    const group: AppendRequest[] = [];
    for (let i = 0; i < batch.counts[index]!; i++) {
      const length = batch.lengths[next++]!;
      group.push({ meetingId, update: Buffer.from(batch.data, at, length) });
      at += length;
    }
    byMeeting.set(meetingId, group);
  });
  return byMeeting;
}

function serve(port: NonNullable<typeof parentPort>, setup: WriteWorkerSetup): void {
  const db = new Database(setup.file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma(`busy_timeout = ${setup.busyTimeoutMs}`);
  const transaction = new SqliteAppendTransaction(db);
  const logWrites = new SqliteLogWrites(db);
  const run = (request: Exclude<WriteRequest, WriteBatchMessage>): unknown => {
    switch (request.kind) {
      case "fold":
        return logWrites.fold(request.fold);
      case "index":
        return logWrites.index(request.meetingId, request.text);
      case "pragma":
        return db.pragma(request.statement, { simple: true });
      case "close":
        return db.close();
    }
  };
  port.on("message", (request: WriteRequest) => {
    if (request.kind !== "batch") {
      try {
        port.postMessage({ kind: "result", result: run(request) } satisfies WriteReply);
      } catch (error) {
        port.postMessage({ kind: "refused", error: toWire(error) } satisfies WriteReply);
      }
      return;
    }
    let reply: WriteReply;
    try {
      const outcomes = transaction.commit(unpack(request));
      reply = { kind: "done", outcomes: [...outcomes].map(([id, outcome]) => [id, typeof outcome === "number" ? outcome : toWire(outcome)]) };
    } catch (error) {
      reply = { kind: "failed", error: toWire(error) };
    }
    port.postMessage(reply);
  });
}

if (parentPort) serve(parentPort, workerData as WriteWorkerSetup);
