import { LIMITS, type ExportFormat, type SummaryExportInput } from "@rapporteur/shared";
import type { ExportTask, ExportTaskResult } from "./export-worker.js";
import { BoundedWorkerTasks } from "../worker-pool.js";

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
  /** The threads start at the first PDF or Word, not at start-up: a server that never exports keeps their memory. */
  private readonly tasks: BoundedWorkerTasks<ExportTask, ExportTaskResult>;
  private readonly refusals = {
    busy: () => new ExportRefused("busy", "too many exports are being rendered; try again shortly"),
    timeout: () => new ExportRefused("timeout", `the export took longer than ${this.options.timeoutMs} ms and was stopped`),
  };

  constructor(private readonly options: ExportRendererOptions) {
    this.tasks = new BoundedWorkerTasks(import.meta.url, "export-worker", {
      threads: options.threads,
      maxQueue: LIMITS.maxQueuedExports,
      heapMb: LIMITS.exportWorkerHeapMb,
      timeoutMs: options.timeoutMs,
    });
  }

  /** Thread of the last PDF or Word rendering, for the tests that check it left the main thread. */
  get lastThreadId(): number | undefined {
    return this.tasks.lastThreadId;
  }

  /** PDF and Word renderings started and not yet finished. */
  get running(): number {
    return this.tasks.running;
  }

  /** The Markdown libraries load at the first Markdown export. */
  async render(format: ExportFormat, input: SummaryExportInput): Promise<RenderedExport> {
    if (format === "md") {
      const { renderSummaryMarkdown } = await import("./to-markdown.js");
      return { contentType: CONTENT_TYPES.md, body: renderSummaryMarkdown(input) };
    }
    const size = JSON.stringify(input.body).length;
    if (size > this.options.maxChars) {
      throw new ExportRefused("too_large", `the report is ${size} characters; PDF and Word exports take at most ${this.options.maxChars}`);
    }
    const result = await this.tasks.run({ format, input }, this.refusals);
    return { contentType: CONTENT_TYPES[format], body: Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength) };
  }

  close(): Promise<void> {
    return this.tasks.close();
  }
}
