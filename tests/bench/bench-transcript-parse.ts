// Transcript parsing for `npm run bench`: a 3-hour call's WebVTT (~2 MB) must parse well under a second.
import { performance } from "node:perf_hooks";
import { parseTranscript } from "@rapporteur/shared";

const SPEAKERS = ["Anriette Esterhuysen", "Chengetai Masango", "Jorge Cancio", "Anja Gengo", "Concettina Cassa"];

/** A Zoom-style WebVTT of about `megabytes` MB: numbered cues, voice tags and "Name:" lines alternating. */
export function syntheticWebVtt(megabytes: number): string {
  const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  const parts = ["WEBVTT", ""];
  let size = 0;
  for (let index = 0; size < megabytes * 1024 * 1024; index += 1) {
    const speaker = SPEAKERS[index % SPEAKERS.length]!;
    const line = index % 2 === 0 ? `<v ${speaker}>We discussed the <i>work plan</i> and agreed on item ${index}.</v>` : `${speaker}: The secretariat will circulate the draft, point ${index}.`;
    const cue = `${index + 1}\n${clock(index * 2000)} --> ${clock(index * 2000 + 1800)}\n${line}\n`;
    parts.push(cue);
    size += cue.length + 1;
  }
  return parts.join("\n");
}

export function benchTranscriptParse(report: (name: string, value: string) => void): void {
  const text = syntheticWebVtt(2);
  parseTranscript(text); // warm-up
  const runs: number[] = [];
  let segments = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    segments = parseTranscript(text).segments.length;
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  report("transcript: parse 2 MB WebVTT (median of 5)", `${runs[2]!.toFixed(1)} ms, ${segments} segments (budget 1000 ms)`);
}
