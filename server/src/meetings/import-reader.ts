import type { Piscina } from "piscina";
import { LIMITS, type ImportedSummary, type Meeting, type ReportTemplate } from "@rapporteur/shared";
import { HttpError } from "../errors.js";
import { createWorkerPool, isAbortError } from "../worker-pool.js";
import type { ImportTask, ImportTaskResult } from "./import-worker.js";
import { readImportText } from "./read-import-text.js";
import { seedImportedDocument, type SeededDocument } from "./seed-imported-document.js";

/** What was read from a summary's text, and how to build the created meeting's first draft from it. */
export interface ReadImport {
  imported: ImportedSummary;
  seed(meeting: Meeting, template: ReportTemplate): Promise<SeededDocument>;
}

/** Seconds a client is told to wait after a 503 before trying again. */
const RETRY_AFTER_SECONDS = 30;

/**
 * Reads imported summaries off the event loop: a text over `maxInlineImportChars` is read, and
 * its first draft built and encoded, in a worker thread with a time limit and a bounded queue,
 * so a 2,000,000-character import never delays a keystroke in another meeting.
 */
export class ImportReader {
  private pool: Promise<Piscina<ImportTask, ImportTaskResult>> | undefined;
  /** Thread of the last task, for the tests that check it left the main thread. */
  lastThreadId: number | undefined;
  /** Worker tasks started and not yet finished. */
  running = 0;

  constructor(private readonly timeoutMs: number) {}

  private workerPool(): Promise<Piscina<ImportTask, ImportTaskResult>> {
    // One thread: imports are rare (and rate-limited); a second would take a core from exports.
    this.pool ??= createWorkerPool(import.meta.url, "import-worker", { threads: 1, maxQueue: LIMITS.maxQueuedImports, heapMb: LIMITS.exportWorkerHeapMb });
    return this.pool;
  }

  async read(text: string, startsAt?: string): Promise<ReadImport> {
    const inline = text.length <= LIMITS.maxInlineImportChars;
    const imported = inline ? readImportText(text, startsAt) : await this.readInWorker(text, startsAt);
    return {
      imported,
      seed: async (meeting, template) => {
        if (inline) return seedImportedDocument(imported, meeting, template);
        const result = await this.run({ kind: "seed", imported, meeting, template });
        if (result.kind !== "seed") throw new Error("import worker answered another task");
        return { seed: result.seed, plainText: result.plainText };
      },
    };
  }

  private async readInWorker(text: string, startsAt: string | undefined): Promise<ImportedSummary> {
    const result = await this.run({ kind: "read", text, ...(startsAt ? { startsAt } : {}) });
    if (result.kind === "refused") throw new HttpError(result.status, result.code, result.message);
    if (result.kind !== "read") throw new Error("import worker answered another task");
    return result.imported;
  }

  private async run(task: ImportTask): Promise<ImportTaskResult> {
    const pool = await this.workerPool();
    if (pool.queueSize >= LIMITS.maxQueuedImports) {
      throw new HttpError(503, "import_busy", "too many imports are being read; try again shortly", undefined, RETRY_AFTER_SECONDS);
    }
    this.running += 1;
    try {
      const result = await pool.run(task, { signal: AbortSignal.timeout(this.timeoutMs) });
      this.lastThreadId = result.threadId;
      return result;
    } catch (error) {
      if (!isAbortError(error)) throw error;
      throw new HttpError(503, "import_timeout", `reading the summary took longer than ${this.timeoutMs} ms and was stopped`, undefined, RETRY_AFTER_SECONDS);
    } finally {
      this.running -= 1;
    }
  }

  async close(): Promise<void> {
    await (await this.pool)?.destroy();
  }
}
