// The thread that owns SQLite's write connection: it commits each batch the event loop sends it
// (one transaction, one fsync) while the event loop goes on serving sockets.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { SqliteAppendTransaction, type AppendRequest } from "./sqlite-append-transaction.js";
import { SqliteLogWrites } from "./sqlite-log-writes.js";
import { SqliteDocumentReads } from "./sqlite-document-reads.js";
import { SqliteMeetingWrites } from "./sqlite-meeting-writes.js";
import { SqlitePublishLog } from "./sqlite-publish-log.js";
import { SqliteReviewLog } from "./sqlite-review-log.js";
import { SqliteTranscriptLog } from "./sqlite-transcript-log.js";
import { THREAD_METHODS, toWire, type ThreadTarget, type WriteBatchMessage, type WriteReply, type WriteRequest, type WriteWorkerSetup } from "./sqlite-write-protocol.js";

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

/** Runs one of the listed methods; anything else is refused, whatever the message says. */
function call(targets: Record<ThreadTarget, object>, target: ThreadTarget, method: string, args: unknown[]): unknown {
  const allowed: readonly string[] = THREAD_METHODS[target] ?? [];
  if (!allowed.includes(method)) throw new Error(`${target}.${method} is not something the SQLite thread runs`);
  return (targets[target] as Record<string, (...args: unknown[]) => unknown>)[method]!(...args);
}

function serve(port: NonNullable<typeof parentPort>, setup: WriteWorkerSetup): void {
  const db = new Database(setup.file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma(`busy_timeout = ${setup.busyTimeoutMs}`);
  const transaction = new SqliteAppendTransaction(db);
  const answered = new Int32Array(setup.answered);
  const logWrites = new SqliteLogWrites(db);
  const targets: Record<ThreadTarget, object> = {
    reads: new SqliteDocumentReads(db),
    meetings: new SqliteMeetingWrites(db),
    review: new SqliteReviewLog(db),
    transcripts: new SqliteTranscriptLog(db),
    publish: new SqlitePublishLog(db),
  };
  const run = (request: Exclude<WriteRequest, WriteBatchMessage>): unknown => {
    switch (request.kind) {
      case "call":
        return call(targets, request.target, request.method, request.args);
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
    setup.batchReplies.postMessage(reply);
    // After the post, so a woken event loop finds the answer on its port.
    Atomics.add(answered, 0, 1);
    Atomics.notify(answered, 0);
  });
}

if (parentPort) serve(parentPort, workerData as WriteWorkerSetup);
