// Parsers' time on long runs of special characters: linear means the time of 2N is about twice that of N.
import { performance } from "node:perf_hooks";
import { LIMITS, importSummary, parseAgendaText, parseParticipantsText } from "@rapporteur/shared";

type Report = (name: string, value: string) => void;

const RUNS = ["[", "*", "#", "(", "|", " ", "\n", "-", "[a](", "*a ", "1. ", "a\n"];
const PARSERS: Array<[string, (text: string) => unknown]> = [
  ["agenda", (text) => parseAgendaText(`Agenda\n${text}`)],
  ["participants", (text) => parseParticipantsText(`Participants\n${text}`)],
  ["import", (text) => importSummary(`The meeting opened.\n\n${text}`)],
];
const fill = (unit: string, chars: number) => unit.repeat(Math.floor(chars / unit.length));

/** The worst layouts of the largest import the server accepts (formerly the wall-clock part of IMPORT-L15). */
const LARGEST = [
  ["headings above text, no blank line", "Heading\nSome text here that ends.\n"],
  ["paragraphs split by page breaks", "abc\n\n"],
  ["lines of control characters", "\u0001\u0002abc\n"],
  ["sentences one per line", "Text one.\n"],
  ["a participant list", "- Anna Smith, APC\n"],
] as const;

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The fastest of three runs, after a warm-up: the machine's noise (JIT, GC, other work) only ever adds time. */
const fastest = (run: () => unknown) => {
  run();
  return Math.min(timed(run), timed(run), timed(run));
};

/** Time of 2N over time of N for each parser and run (N = 100,000 characters), and the largest imports' times. */
export function benchParseScaling(report: Report, size = 100_000): void {
  for (const [name, parse] of PARSERS) {
    const ratios = RUNS.map((unit) => {
      const once = fastest(() => parse(fill(unit, size)));
      const twice = fastest(() => parse(fill(unit, 2 * size)));
      // Below a few milliseconds a ratio is noise, not growth.
      return { unit, ratio: twice < 5 ? 2 : twice / Math.max(once, 0.5), twice };
    });
    const worst = ratios.reduce((most, entry) => (entry.ratio > most.ratio ? entry : most));
    report(`parse: ${name}, time(2N)/time(N), worst run`, `${worst.ratio.toFixed(2)} on ${JSON.stringify(worst.unit)} (${worst.twice.toFixed(0)} ms at ${2 * size} chars)`);
  }
  for (const [name, unit] of LARGEST) {
    report(`import: ${name} (${LIMITS.maxImportTextChars} chars)`, `${timed(() => importSummary(fill(unit, LIMITS.maxImportTextChars))).toFixed(0)} ms`);
  }
}
