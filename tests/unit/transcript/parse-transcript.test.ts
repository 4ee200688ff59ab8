import { describe, expect, it } from "vitest";
import { LIMITS, parseTranscript, TranscriptParseError } from "@rapporteur/shared";

function failure(text: string, format?: "vtt" | "srt" | "text"): TranscriptParseError {
  try {
    parseTranscript(text, format);
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error("parsed without an error");
}

describe("transcript parsers", () => {
  it("TRANSCRIPT1 WebVTT: voice tags, 'Name:' cues, multi-line cues, styling tags, NOTE and STYLE blocks", () => {
    const vtt = [
      "\uFEFFWEBVTT - Zoom recording",
      "Kind: captions",
      "",
      "STYLE",
      "::cue(v[voice=\"Anriette\"]) { color: red }",
      "",
      "NOTE this block is a comment",
      "and it goes on --> over two lines",
      "",
      "1",
      "00:00:05.120 --> 00:00:09.330 align:start position:10%",
      "<v Anriette Esterhuysen>Good afternoon <i>everyone</i>,",
      "welcome to the call.</v>",
      "",
      "00:01:02.000 --> 00:01:05.500",
      "<v.loud Chengetai Masango>The <c.yellow>secretariat</c> &amp; the MAG &lt;agree&gt;.",
      "",
      "2-abc",
      "01:02:03.004 --> 01:02:10.000",
      "Jorge Cancio: We support the <b>proposal</b>.",
      "",
      "00:00:01.000 --> 00:00:02.000",
      "<00:00:01.500>Note: a caption without a speaker 10:30 here",
      "",
      "03:04.500 --> 03:05.000",
      "Plain text with no speaker.",
    ].join("\r\n");
    expect(parseTranscript(vtt)).toEqual({
      format: "vtt",
      segments: [
        { start: 5120, end: 9330, speaker: "Anriette Esterhuysen", text: "Good afternoon everyone, welcome to the call." },
        { start: 62000, end: 65500, speaker: "Chengetai Masango", text: "The secretariat & the MAG <agree>." },
        { start: 3723004, end: 3730000, speaker: "Jorge Cancio", text: "We support the proposal." },
        { start: 1000, end: 2000, speaker: "Note", text: "a caption without a speaker 10:30 here" },
        { start: 184500, end: 185000, speaker: "", text: "Plain text with no speaker." },
      ],
    });
  });

  it("TRANSCRIPT2 SRT: numbered cues, comma milliseconds, multi-line text, font tags and 'Name:'", () => {
    const srt = ["1", "00:00:01,000 --> 00:00:04,250", "Anja Gengo: Thank you,", "<font color=\"#fff\">chair</font>.", "", "2", "00:00:05,000 --> 00:00:06,000", "{\\an8}No speaker here", ""].join("\n");
    expect(parseTranscript(srt)).toEqual({
      format: "srt",
      segments: [
        { start: 1000, end: 4250, speaker: "Anja Gengo", text: "Thank you, chair." },
        { start: 5000, end: 6000, speaker: "", text: "No speaker here" },
      ],
    });
  });

  it("TRANSCRIPT3 plain timestamped text: [hh:mm:ss] Name: text, continuation lines, a segment ends where the next starts", () => {
    const text = ["[00:12:31] Anriette E.: We should start.", "This line continues her turn.", "", "(00:13:02) anriette_esterhuysen: Next point.", "00:14:00 Nobody named here"].join("\n");
    expect(parseTranscript(text)).toEqual({
      format: "text",
      segments: [
        { start: 751000, end: 782000, speaker: "Anriette E.", text: "We should start. This line continues her turn." },
        { start: 782000, end: 840000, speaker: "anriette_esterhuysen", text: "Next point." },
        { start: 840000, end: 840000, speaker: "", text: "Nobody named here" },
      ],
    });
  });

  it("TRANSCRIPT4 malformed files are refused naming the line", () => {
    expect(failure("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nHello").line).toBe(3);
    expect(failure("WEBVTT\n\n1\nHello there\n").line).toBe(3);
    expect(failure("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards").reason).toMatch(/ends before it starts/);
    expect(failure("WEBVTT\n00:00:01.000 --> 00:00:02.000\nNo blank line").line).toBe(2);
    expect(failure("NOT A VTT\n\n00:00:01.000 --> 00:00:02.000\nx", "vtt").line).toBe(1);
    expect(failure("1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\nbroken timing\n").line).toBe(5);
    expect(failure("Minutes of the call\n[00:00:01] Anja: hi").line).toBe(1);
    expect(failure("[00:00:05] A: one\n[00:00:01] B: two").line).toBe(2);
    expect(failure("WEBVTT\n\nNOTE only a note\n").reason).toMatch(/no cue/);
    expect(failure("").line).toBe(1);
    expect(failure("[200:00:00] Beyond a week").line).toBe(1);
  });

  it("TRANSCRIPT5 limits: an oversized file and too many cues are refused, a tag without an end is text", () => {
    expect(failure("x".repeat(LIMITS.maxTranscriptChars + 1)).reason).toMatch(/over/);
    const many = Array.from({ length: LIMITS.maxTranscriptSegments + 1 }, (_, index) => `[${String(Math.floor(index / 3600)).padStart(2, "0")}:${String(Math.floor(index / 60) % 60).padStart(2, "0")}:${String(index % 60).padStart(2, "0")}] a`).join("\n");
    expect(failure(many).line).toBe(LIMITS.maxTranscriptSegments + 1);
    const open = parseTranscript(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${"a < b ".repeat(10_000)}`);
    expect(open.segments[0]!.text.startsWith("a < b a < b")).toBe(true);
  });
});
