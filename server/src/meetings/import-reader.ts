import { LIMITS, type ImportedSummary, type Meeting, type ReportTemplate } from "@rapporteur/shared";
import { HttpError } from "../errors.js";
import { BoundedWorkerTasks } from "../worker-pool.js";
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
  // One thread: imports are rare (and rate-limited); a second would take a core from exports.
  private readonly tasks: BoundedWorkerTasks<ImportTask, ImportTaskResult>;
  private readonly refusals = {
    busy: () => new HttpError(503, "import_busy", "too many imports are being read; try again shortly", undefined, RETRY_AFTER_SECONDS),
    timeout: () => new HttpError(503, "import_timeout", `reading the summary took longer than ${this.timeoutMs} ms and was stopped`, undefined, RETRY_AFTER_SECONDS),
  };

  constructor(private readonly timeoutMs: number) {
    this.tasks = new BoundedWorkerTasks(import.meta.url, "import-worker", { threads: 1, maxQueue: LIMITS.maxQueuedImports, heapMb: LIMITS.exportWorkerHeapMb, timeoutMs });
  }

  /** Thread of the last task, for the tests that check it left the main thread. */
  get lastThreadId(): number | undefined {
    return this.tasks.lastThreadId;
  }

  /** Worker tasks started and not yet finished. */
  get running(): number {
    return this.tasks.running;
  }

  async read(text: string, startsAt?: string): Promise<ReadImport> {
    const inline = text.length <= LIMITS.maxInlineImportChars;
    const imported = inline ? readImportText(text, startsAt) : await this.readInWorker(text, startsAt);
    return {
      imported,
      seed: async (meeting, template) => {
        if (inline) return seedImportedDocument(imported, meeting, template);
        const result = await this.tasks.run({ kind: "seed", imported, meeting, template }, this.refusals);
        if (result.kind !== "seed") throw new Error("import worker answered another task");
        return { seed: result.seed, plainText: result.plainText };
      },
    };
  }

  private async readInWorker(text: string, startsAt: string | undefined): Promise<ImportedSummary> {
    const result = await this.tasks.run({ kind: "read", text, ...(startsAt ? { startsAt } : {}) }, this.refusals);
    if (result.kind === "refused") throw new HttpError(result.status, result.code, result.message);
    if (result.kind !== "read") throw new Error("import worker answered another task");
    return result.imported;
  }

  close(): Promise<void> {
    return this.tasks.close();
  }
}
