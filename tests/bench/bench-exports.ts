// Export rendering of the longest fixture (seed 002 as the export tests build it), warm, in this
// process: the renderers alone, without HTTP or the worker hop, so a regression shows plainly.
import { performance } from "node:perf_hooks";
import { renderSummaryDocx } from "../../server/src/export/to-docx.js";
import { renderSummaryMarkdown } from "../../server/src/export/to-markdown.js";
import { renderSummaryPdf } from "../../server/src/export/to-pdf.js";
import { buildSampleInput, sampleApproval } from "../unit/export/sample-summary.js";

const RUNS = 15;

async function medianMs(render: () => Promise<unknown> | unknown): Promise<number> {
  await render(); // warm: fonts, pdfmake, docx's module state
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await render();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

/** Prints one line per format: median warm render time of the longest fixture (targets: PDF ≤ 200 ms, Word ≤ 60 ms). */
export async function benchExports(report: (name: string, value: string) => void): Promise<void> {
  const input = buildSampleInput({ approval: sampleApproval });
  const formats: Array<[string, () => Promise<unknown> | unknown, number]> = [
    ["md", () => renderSummaryMarkdown(input), Number.POSITIVE_INFINITY],
    ["pdf", () => renderSummaryPdf(input), 200],
    ["docx", () => renderSummaryDocx(input), 60],
  ];
  for (const [format, render, target] of formats) {
    const ms = await medianMs(render);
    const verdict = Number.isFinite(target) ? ` (target ≤ ${target} ms: ${ms <= target ? "met" : "MISSED"})` : "";
    report(`export renderer: ${format}, seed 002, warm`, `median ${ms.toFixed(1)} ms over ${RUNS}${verdict}`);
  }
}
