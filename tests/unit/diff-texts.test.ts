import { describe, expect, it } from "vitest";
import { diffTexts } from "@rapporteur/shared";

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
