import { describe, expect, it } from "vitest";
import { findWebAddresses, getMinutesSchema, webAddressHref } from "@rapporteur/shared";

describe("the minutes' own link mark", () => {
  it("LINK1: web addresses are found word by word (http, https, www. as https), sentence punctuation stays outside, unsafe or bare words are not links; a very long text is scanned once", () => {
    const text = "See https://igf.org/wg/a?x=1. Or www.intgovforum.org, (http://x.org) and javascript:alert(1) or igf.org or https:// alone.";
    expect(findWebAddresses(text)).toEqual([
      { index: 4, text: "https://igf.org/wg/a?x=1", href: "https://igf.org/wg/a?x=1" },
      { index: 33, text: "www.intgovforum.org", href: "https://www.intgovforum.org" },
    ]);
    expect(webAddressHref("javascript:alert(1)")).toBeNull();
    expect(webAddressHref("https://")).toBeNull();
    expect(webAddressHref("HTTPS://IGF.ORG")).toBe("HTTPS://IGF.ORG");
    const long = `${"a".repeat(200_000)} https://igf.org ${"www.x".repeat(50_000)}.`;
    expect(findWebAddresses(long).map((found) => found.href.length)).toEqual([15, 8 + 250_000]);
  });

  it("LINK1: the schema's link mark keeps Tiptap's name, attributes and defaults, so stored documents are unchanged", () => {
    const schema = getMinutesSchema();
    const link = schema.marks.link!;
    expect(Object.keys(link.spec.attrs ?? {})).toEqual(["href", "target", "rel", "class", "title"]);
    expect(link.create({ href: "https://igf.org" }).attrs).toEqual({ href: "https://igf.org", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null });
    expect(Object.keys(schema.marks)).toEqual(["link", "bold", "italic", "strike", "underline", "transcriptSource"]);
  });
});
