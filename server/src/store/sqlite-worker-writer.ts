import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { LIMITS } from "@rapporteur/shared";
import type { SnapshotFold } from "./sqlite-log-writes.js";
import { groupByMeeting, settleAppends, type AppendOutcomes, type PendingAppend } from "./sqlite-append-transaction.js";
import { workerFromSource } from "../worker-from-source.js";
import { fromWire, type ThreadTarget, type WriteBatchMessage, type WriteReply, type WriteRequest, type WriteWorkerSetup } from "./sqlite-write-protocol.js";

/**
 * Group commit for SQLite with the write connection on a worker thread. Each batch is one
 * transaction and one fsync; the event loop waits for its answer blocked, as it would for a
 * commit of its own, but only up to LIMITS.storageWaitOnLoopMs: past that it goes back to the
 * sockets and forms the next batch while the thread finishes, so a hung or busy disk never
 * holds every meeting. Each append resolves only after the COMMIT of its batch returned; a
 * failed commit rejects its whole batch. Batches go one at a time, in order, so sequence
 * numbers follow the order of the appends.
 */
export class SqliteWorkerWriter {
  private readonly worker: Worker;
  private readonly batchReplies: MessagePort;
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private forming: PendingAppend[] = [];
  private inFlight: Map<string, PendingAppend[]> | undefined;
  private scheduled = false;
  private closing = false;
  private dead: Error | undefined;
  /** Answers to pragma and close requests, in the order sent (the worker answers in order). */
  private readonly requests: Array<{ resolve(result: unknown): void; reject(error: unknown): void }> = [];
  /** Woken after each batch's answer (close waits for the last one). */
  private batchWaiters: Array<() => void> = [];

  private readonly waitOnLoopMs: number;

  constructor(options: Pick<WriteWorkerSetup, "file" | "busyTimeoutMs"> & { waitOnLoopMs?: number }) {
    this.waitOnLoopMs = options.waitOnLoopMs ?? LIMITS.storageWaitOnLoopMs;
    const channel = new MessageChannel();
    this.batchReplies = channel.port1;
    this.batchReplies.on("message", this.settle);
    // The thread keeps the process alive while it runs; the port must not outlive it.
    this.batchReplies.unref();
    const setup: WriteWorkerSetup = { file: options.file, busyTimeoutMs: options.busyTimeoutMs, batchReplies: channel.port2, answered: this.answered.buffer as SharedArrayBuffer };
    const source = import.meta.url.endsWith(".ts");
    const script = new URL(`./sqlite-write-worker.${source ? "ts" : "js"}`, import.meta.url);
    this.worker = source ? startFromSource(script, setup) : new Worker(script, { workerData: setup, transferList: [channel.port2] });
    this.worker.on("message", this.receive);
    this.worker.on("error", (error) => this.stopped(error));
    this.worker.on("exit", (code) => this.stopped(new Error(`the SQLite writer stopped (exit ${code})`)));
  }

  append(meetingId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(this.dead);
      this.forming.push({ meetingId, update, resolve, reject });
      if (!this.inFlight && !this.scheduled) {
        this.scheduled = true;
        setImmediate(this.send);
      }
    });
  }

  /** A compaction's write goes through the one write connection too, so it never waits on a lock this process holds. */
  fold(fold: SnapshotFold): Promise<number> {
    return this.request({ kind: "fold", fold }) as Promise<number>;
  }

  index(meetingId: string, text: string): Promise<void> {
    return this.request({ kind: "index", meetingId, text }).then(() => undefined);
  }

  /** Runs a read or one of the rarer writes (THREAD_METHODS) on the thread's connection, after everything sent before it. */
  call(target: ThreadTarget, method: string, args: unknown[]): Promise<unknown> {
    return this.request({ kind: "call", target, method, args });
  }

  /** Runs a PRAGMA on the write connection (settings such as max_page_count are per connection). */
  pragma(statement: string): Promise<unknown> {
    return this.request({ kind: "pragma", statement });
  }

  /** Commits what is waiting, then closes the write connection and ends the thread. */
  async close(): Promise<void> {
    this.closing = true;
    while (!this.dead && (this.inFlight || this.forming.length > 0)) {
      if (!this.inFlight) this.send();
      // send() may have had its answer at once.
      if (this.inFlight) await new Promise<void>((resolve) => this.batchWaiters.push(resolve));
    }
    if (this.dead) return;
    await this.request({ kind: "close" });
    this.batchReplies.close();
    await this.worker.terminate();
  }

  private request(message: Exclude<WriteRequest, WriteBatchMessage>): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      this.requests.push({ resolve, reject });
      this.worker.postMessage(message);
    });
  }

  private readonly send = (): void => {
    this.scheduled = false;
    if (this.inFlight || this.forming.length === 0 || this.dead) return;
    const byMeeting = groupByMeeting(this.forming);
    this.forming = [];
    this.inFlight = byMeeting;
    const message = pack(byMeeting);
    const answeredBefore = Atomics.load(this.answered, 0);
    this.worker.postMessage(message, [message.data]);
    if (Atomics.wait(this.answered, 0, answeredBefore, this.waitOnLoopMs) === "timed-out") return;
    // Answered in time: taken off the port here, so its "message" event never fires.
    const reply = receiveMessageOnPort(this.batchReplies);
    if (reply) this.settle(reply.message as BatchReply);
  };

  private readonly receive = (reply: WriteReply): void => {
    if (reply.kind === "result") this.requests.shift()?.resolve(reply.result);
    else if (reply.kind === "refused") this.requests.shift()?.reject(fromWire(reply.error));
  };

  private readonly settle = (reply: BatchReply): void => {
    const batch = this.inFlight;
    this.inFlight = undefined;
    if (batch) {
      if (reply.kind === "failed") {
        const error = fromWire(reply.error);
        for (const group of batch.values()) for (const append of group) append.reject(error);
      } else {
        const outcomes: AppendOutcomes = new Map(reply.outcomes.map(([id, outcome]) => [id, typeof outcome === "number" ? outcome : fromWire(outcome, id)]));
        settleAppends(batch, outcomes);
      }
    }
    // The next batch formed while this one committed: it goes now.
    this.send();
    this.wakeBatchWaiters();
  };

  private wakeBatchWaiters(): void {
    const waiters = this.batchWaiters;
    this.batchWaiters = [];
    for (const waiter of waiters) waiter();
  }

  /**
   * The thread ended. Unless the store is closing, the process can no longer store anything:
   * fail what waits, then crash (an uncaught exception: exitOnCrash logs, closes, exits for the
   * supervisor to restart) rather than serve rooms that close on their first keystroke.
   */
  private stopped(error: Error): void {
    if (this.dead) return;
    this.fail(error);
    if (!this.closing) {
      setImmediate(() => {
        throw error;
      });
    }
  }

  private fail(error: Error): void {
    if (this.dead) return;
    this.dead = error;
    const waiting = [...(this.inFlight?.values() ?? [])].flat().concat(this.forming);
    this.inFlight = undefined;
    this.forming = [];
    for (const append of waiting) append.reject(error);
    for (const waiter of this.requests.splice(0)) waiter.reject(error);
    this.wakeBatchWaiters();
  }
}

/** Run from source, the worker is a bundle of its TypeScript modules (worker-from-source.ts). */
function startFromSource(script: URL, setup: WriteWorkerSetup): Worker {
  return new Worker(workerFromSource(script), { workerData: setup, transferList: [setup.batchReplies], execArgv: [] });
}

type BatchReply = Extract<WriteReply, { kind: "done" | "failed" }>;

/** One buffer for the whole batch, transferred (not copied) to the worker. */
function pack(byMeeting: Map<string, PendingAppend[]>): WriteBatchMessage {
  let total = 0;
  const lengths: number[] = [];
  for (const group of byMeeting.values()) {
    for (const { update } of group) {
      lengths.push(update.length);
      total += update.length;
    }
  }
  const data = new Uint8Array(total);
  let at = 0;
  for (const group of byMeeting.values()) {
    for (const { update } of group) {
      data.set(update, at);
      at += update.length;
    }
  }
  return { kind: "batch", meetingIds: [...byMeeting.keys()], counts: [...byMeeting.values()].map((group) => group.length), lengths, data: data.buffer };
}
