import { describe, expect, it } from "vitest";
import { parseAgendaText } from "@rapporteur/shared";
import { withSeeds } from "../../helpers/fixture-files.js";
import { fixtureSlice } from "./fixture-sections.js";

describe("agenda paste parser", () => {
  it.each(
    withSeeds<[string, string, string, string, string[]]>(
      [
        ["PARSE1", "second-meeting-annexes.txt", "Annex 1: Agenda", "Annex II:", ["Introduction", "Work plan", "Priorities and next steps", "AoB"]],
        ["PARSE2", "online-meeting-14.txt", "\nAgenda\n", "\nDiscussion\n", ["Lessons from the Addis Ababa meeting", "Remote hubs and their support", "Captioning and interpretation", "Update from the IGF Secretariat", "AoB"]],
        ["PARSE3", "sixth-meeting-pdf.txt", "Meeting Agenda", "Annex 2:", ["Introduction", "Update from the working groups: 1) Translation of the IGF outputs, 2) Multilingual sessions at IGF 2021)", "AOB"]],
      ],
      [
        ["PARSE1", "000_32427b79369b41ed.txt", "Annex 1: Agenda", "Annex II:", ["Introduction", "Charter approval", "Digital cooperation roadmap: impact on the working group activities", "Priorities and next steps", "AoB"]],
        ["PARSE2", "002_66585b327ac1b512.txt", "\nAgenda\n", "\nDiscussion\n", ["Activities of the WG Strategy for 2023", "Open Consultations and MAG Meeting", "WSIS +20 action plan", "Update from the IGF Secretariat", "AoB"]],
        ["PARSE3", "004_92043ab864467699.txt", "Meeting Agenda", "Annex 2:", [
          "Introduction",
          "Update from the working groups: 1) Possible implementations of MHLB, 2) Improvements to the IGF, 3) Strengthening of IGF outcomes)",
          "Response to the Options Paper document",
          "Series of online discussions on IGF strategy and strengthening in 2020",
          "AOB",
        ]],
      ],
    ),
  )("%s: %s's agenda (bulleted annex, numbered, PDF with a wrapped item re-joined and inline enumerations kept in one item)", (_id, file, from, to, titles) => {
    const { items, warnings } = parseAgendaText(fixtureSlice(file, from, to));
    expect(items).toEqual(titles.map((title) => ({ title })));
    expect(warnings).toEqual([]);
  });

  it("PARSE4: what people paste: roman numerals, lettered and indented sub-items, bullets, Markdown links, CRLF, NBSP", () => {
    const pasted = [
      "Agenda:",
      "I. Welcome and adoption of the agenda;",
      "II. [Table of activities](https://example.org/table) review",
      "   a) Work plan",
      "   b) Budget.",
      "",
      "III.\u00a0Update from the Secretariat",
      "IV. AOB",
      "\t• Date of the next meeting",
      "\t \uf0b7 Any other business",
    ].join("\r\n");
    expect(parseAgendaText(pasted).items).toEqual([
      { title: "Welcome and adoption of the agenda" },
      { title: "Table of activities review", href: "https://example.org/table", children: [{ title: "Work plan" }, { title: "Budget" }] },
      { title: "Update from the Secretariat" },
      { title: "AOB", children: [{ title: "Date of the next meeting" }, { title: "Any other business" }] },
    ]);
    expect(parseAgendaText("1) One\n2) Two\n  - Two a\n3) Three").items).toEqual([
      { title: "One" },
      { title: "Two", children: [{ title: "Two a" }] },
      { title: "Three" },
    ]);
    expect(parseAgendaText("[Table](#)\nOpen discussion").items).toEqual([{ title: "Table" }, { title: "Open discussion" }]);
  });

  it("PARSE5: empty, junk and huge pastes give warnings or nothing, never a crash, and stay linear", () => {
    expect(parseAgendaText("")).toEqual({ items: [], warnings: [] });
    const junk = parseAgendaText("1. Real item\n\u0000\u0001\u0002\u0003\u0004\u0005\n2. Second");
    expect(junk.items.map((item) => item.title)).toEqual(["Real item", "Second"]);
    expect(junk.warnings).toEqual([{ line: 2, text: "\u0000\u0001\u0002\u0003\u0004\u0005", message: "unreadable characters; the line was left out" }]);
    const huge = Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Item number ${i} ${"x".repeat(40)}`).join("\n");
    const parsed = parseAgendaText(huge);
    expect(parsed.items).toHaveLength(100);
    expect(parsed.warnings.at(-1)!.message).toContain("only the first 100");
  });
});
