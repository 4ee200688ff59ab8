import { describe, expect, it } from "vitest";
import { diffTexts } from "../../server/src/meetings/diff-texts.js";

const rebuild = (parts: ReturnType<typeof diffTexts>, keep: "insert" | "delete") =>
  parts.filter((part) => part.op === "equal" || part.op === keep).map((part) => part.text).join("");

describe("diff of two versions' texts", () => {
  it("REVIEW-DIFF1: words added to the end of a paragraph are the only insertion; the paragraph is not deleted and re-added", () => {
    const before = "Discussion\nThe WG reviewed the draft work plan for 2023.\nAoB\n";
    const after = "Discussion\nThe WG reviewed the draft work plan for 2023. The WG adopted the work plan unanimously.\nAoB\n";
    const parts = diffTexts(before, after);
    expect(parts.filter((part) => part.op === "insert").map((part) => part.text).join("")).toContain("The WG adopted the work plan unanimously.");
    expect(parts.filter((part) => part.op !== "equal").map((part) => part.text).join("")).not.toContain("reviewed");
    expect(rebuild(parts, "delete")).toBe(before);
    expect(rebuild(parts, "insert")).toBe(after);
  });

  it("REVIEW-DIFF2: a changed word inside a paragraph is one deletion and one insertion", () => {
    const parts = diffTexts("Title\nThe group met in March.\n", "Title\nThe group met in April.\n");
    expect(parts.filter((part) => part.op === "delete").map((part) => part.text.trim())).toEqual(["March."]);
    expect(parts.filter((part) => part.op === "insert").map((part) => part.text.trim())).toEqual(["April."]);
  });
});

describe("diff of two long, very different versions", () => {
  const lines = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word} ${index} of the record\n`).join("");

  it("REVIEW-DIFF3: 40,000 paragraphs replaced by 40,000 others still give a diff from which both texts rebuild (bounded work, no table of every pair)", () => {
    const before = lines(40_000, "Old");
    const after = lines(40_000, "New");
    const parts = diffTexts(before, after);
    expect(rebuild(parts, "delete")).toBe(before);
    expect(rebuild(parts, "insert")).toBe(after);
  });

  it("REVIEW-DIFF4: one 200,000-word paragraph rewritten word for word rebuilds both ways, and a small change beside it is still found exactly", () => {
    const long = (word: string) => Array.from({ length: 200_000 }, (_, index) => `${word}${index}`).join(" ");
    const before = `Title\n${long("a")}\nThe group met in March.\n`;
    const after = `Title\n${long("b")}\nThe group met in April.\n`;
    const parts = diffTexts(before, after);
    expect(rebuild(parts, "delete")).toBe(before);
    expect(rebuild(parts, "insert")).toBe(after);
    expect(parts[0]).toEqual({ op: "equal", text: "Title\n" });
  });
});
