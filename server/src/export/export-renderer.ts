import type { Piscina } from "piscina";
import { LIMITS, type ExportFormat, type SummaryExportInput } from "@rapporteur/shared";
import type { ExportTask, ExportTaskResult } from "./export-worker.js";
import { createWorkerPool, isAbortError } from "../worker-pool.js";

export interface RenderedExport {
  contentType: string;
  body: Buffer | string;
}

export interface ExportRendererOptions {
  threads: number;
  timeoutMs: number;
  maxChars: number;
}

/** Why an export was not rendered; the HTTP layer turns it into 413 or 503. */
export class ExportRefused extends Error {
  constructor(readonly reason: "too_large" | "timeout" | "busy", message: string) {
    super(message);
    this.name = "ExportRefused";
  }
}

const CONTENT_TYPES = {
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/**
 * Renders exports: Markdown in place (linear and quick), PDF and Word in a pool of worker
 * threads with a size check before and a time limit during, so one big export never stalls
 * the meetings served by the main thread.
 */
export class ExportRenderer {
  private pool: Promise<Piscina<ExportTask, ExportTaskResult>> | undefined;
  /** Thread of the last PDF or Word rendering, for the tests that check it left the main thread. */
  lastThreadId: number | undefined;
  /** PDF and Word renderings started and not yet finished. */
  running = 0;

  constructor(private readonly options: ExportRendererOptions) {}

  /**
   * The worker pool and the Markdown libraries load at the first export, not at start-up: a
   * server that never exports keeps their memory (the threads start at the first PDF or Word anyway).
   */
  private workerPool(): Promise<Piscina<ExportTask, ExportTaskResult>> {
    this.pool ??= createWorkerPool(import.meta.url, "export-worker", {
      threads: this.options.threads,
      maxQueue: LIMITS.maxQueuedExports,
      heapMb: LIMITS.exportWorkerHeapMb,
    });
    return this.pool;
  }

  async render(format: ExportFormat, input: SummaryExportInput): Promise<RenderedExport> {
    if (format === "md") {
      const { renderSummaryMarkdown } = await import("./to-markdown.js");
      return { contentType: CONTENT_TYPES.md, body: renderSummaryMarkdown(input) };
    }
    const size = JSON.stringify(input.body).length;
    if (size > this.options.maxChars) {
      throw new ExportRefused("too_large", `the report is ${size} characters; PDF and Word exports take at most ${this.options.maxChars}`);
    }
    const result = await this.runTask({ format, input });
    this.lastThreadId = result.threadId;
    return { contentType: CONTENT_TYPES[format], body: Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength) };
  }

  private async runTask(task: ExportTask): Promise<ExportTaskResult> {
    const pool = await this.workerPool();
    if (pool.queueSize >= LIMITS.maxQueuedExports) throw new ExportRefused("busy", "too many exports are being rendered; try again shortly");
    this.running += 1;
    try {
      return await pool.run(task, { signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      if (isAbortError(error)) {
        throw new ExportRefused("timeout", `the export took longer than ${this.options.timeoutMs} ms and was stopped`);
      }
      throw error;
    } finally {
      this.running -= 1;
    }
  }

  async close(): Promise<void> {
    await (await this.pool)?.destroy();
  }
}
