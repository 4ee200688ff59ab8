import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ExportOptionsSchema, type JsonNode, type Meeting, type SummaryExportInput } from "@rapporteur/shared";
import { renderSummaryMarkdown } from "../../server/src/export/to-markdown.js";

const meeting: Meeting = {
  id: "m".repeat(22), series: "WG", title: "Meeting 1", startsAt: "2023-02-16T14:00:00.000Z",
  hosts: [], moderators: [], agenda: [], participants: [], templateId: "discussion-per-item", createdAt: "2023-02-01T00:00:00.000Z", status: "drafting",
};
const text = (value: string, marks?: JsonNode["marks"]): JsonNode => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });

function render(content: JsonNode[], overrides: Partial<SummaryExportInput> = {}): string {
  return renderSummaryMarkdown({
    meeting, body: { type: "doc", content }, participants: [], itemTimes: {}, numberParagraphs: false,
    options: ExportOptionsSchema.parse({}), ...overrides,
  });
}

describe("Markdown serializer", () => {
  it("MD1: text that looks like Markdown is escaped, so it reads back as the same text", () => {
    expect(render([paragraph(text("Use *stars*, _under_, [brackets](x), `code`, <b> and a | pipe & co &amp;"))])).toBe(
      "Use \\*stars\\*, \\_under\\_, \\[brackets]\\(x), \\`code\\`, \\<b> and a | pipe & co \\&amp;\n",
    );
    expect(render([paragraph(text("1. not a list")), paragraph(text("- not a bullet")), paragraph(text("# not a heading"))])).toBe(
      "1\\. not a list\n\n\\- not a bullet\n\n\\# not a heading\n",
    );
  });

  it("MD2: bold, italic, strike and links nest, and whitespace stays outside the delimiters", () => {
    const out = render([
      paragraph(
        text("Anriette "),
        text("strongly ", [{ type: "bold" }]),
        text("suggested", [{ type: "bold" }, { type: "italic" }]),
        text(" the "),
        text("report", [{ type: "link", attrs: { href: "https://igf.org/r (1)" } }, { type: "bold" }]),
        text(". "),
        text("Dropped", [{ type: "strike" }]),
      ),
    ]);
    expect(out).toBe("Anriette **strongly _suggested_** the [**report**](<https://igf.org/r (1)>). ~~Dropped~~\n");
  });

  it("MD3: unsafe link targets are dropped, the text kept", () => {
    expect(render([paragraph(text("click", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))])).toBe("click\n");
  });

  it("MD4: nested numbered and bulleted lists keep their structure and start numbers", () => {
    const item = (label: string, nested?: JsonNode): JsonNode => ({
      type: "listItem", content: [paragraph(text(label)), ...(nested ? [nested] : [])],
    });
    const out = render([
      { type: "orderedList", attrs: { start: 3 }, content: [
        item("Three", { type: "bulletList", content: [item("a"), item("b", { type: "orderedList", content: [item("deep")] })] }),
        item("Four"),
      ] },
    ]);
    expect(out).toBe("3. Three\n   - a\n   - b\n     1. deep\n4. Four\n");
  });

  it("MD5: headings, mentions, action items as a task list with the dates of PDF and Word, decisions; internal notes are left out", () => {
    const out = render([
      { type: "heading", attrs: { level: 3 }, content: [text("1. Activities")] },
      paragraph({ type: "mention", attrs: { id: "p1", label: "Anriette Esterhuysen" } }, text(" suggested a report.")),
      { type: "actionItem", attrs: { owner: "Jason", due: "2023-03-02", status: "open" }, content: [text("Send the paper")] },
      { type: "actionItem", attrs: { owner: null, due: null, status: "done" }, content: [text("Book the room")] },
      { type: "decision", content: [text("The WG agreed to meet monthly.")] },
      { type: "internalNote", content: [text("check the spelling of this name")] },
    ]);
    expect(out).toBe(
      "### 1. Activities\n\nAnriette Esterhuysen suggested a report.\n\n" +
        "- [ ] **Action:** Send the paper *(Jason, by 2 March 2023)*\n- [x] **Action:** Book the room *(done)*\n\n" +
        "**Decision:** The WG agreed to meet monthly.\n\n" +
        "| Action         | Owner | Due          | Status |\n| -------------- | ----- | ------------ | ------ |\n" +
        "| Send the paper | Jason | 2 March 2023 | Open   |\n| Book the room  |       |              | Done   |\n\n" +
        "**Decisions**\n\n1. The WG agreed to meet monthly.\n",
    );
    expect(out).not.toContain("spelling");
  });

  it("MD6: the participants annex lists everyone, with an Attended column once attendance is ticked; numbered paragraphs when asked; output is deterministic", () => {
    const content: JsonNode[] = [paragraph(text("First.")), paragraph(text("Second.")), { type: "participantsAnnex" }];
    const participants = [
      { id: "1", name: "Raúl Echeberría", affiliation: "Independent Expert", attended: true },
      { id: "2", name: "Roman Chukov | Роман", affiliation: "Russian Government", role: "former MAG member", attended: true },
      { id: "3", name: "Absent Person", attended: false },
    ];
    const out = render(content, { participants, numberParagraphs: true });
    expect(out).toBe(
      "1. First.\n\n2. Second.\n\n" +
        "| No. | Name                  | Affiliation        | Role              | Attended |\n" +
        "| --- | --------------------- | ------------------ | ----------------- | -------- |\n" +
        "| 1.  | Raúl Echeberría       | Independent Expert |                   | Yes      |\n" +
        "| 2.  | Roman Chukov \\| Роман | Russian Government | former MAG member | Yes      |\n" +
        "| 3.  | Absent Person         |                    |                   | No       |\n",
    );
    expect(render(content, { participants, numberParagraphs: true })).toBe(out);
  });

  it("MD7: a line followed by == or -- never becomes a heading, nor a rule, nor a list", () => {
    const broken = (first: string, second: string): JsonNode => paragraph(text(first), { type: "hardBreak" }, text(second));
    const out = render([broken("Forged", "=="), broken("Also forged", "---"), paragraph(text("==")), paragraph(text("+ x")), paragraph(text("1) y"))]);
    expect(out).toBe("Forged\\\n\\==\n\nAlso forged\\\n\\---\n\n\\==\n\n\\+ x\n\n1\\) y\n");
  });

  it("MD8: front matter is YAML written by a YAML library: quotes, new lines, '---' and lone surrogates in a title stay inside their string", () => {
    const title = 'Meeting: "x"\n---\nstatus: approved \ud800';
    const out = render([paragraph(text("Body."))], { meeting: { ...meeting, title }, options: ExportOptionsSchema.parse({ frontMatter: true }) });
    const [, yamlText, rest] = out.split(/^---$/m);
    expect(parse(yamlText ?? "")).toMatchObject({ meeting: title, status: "draft" });
    expect(rest).toBe("\n\nBody.\n");
  });
});
