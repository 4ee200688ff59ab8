/** The text of each paragraph of a WordprocessingML part, XML entities decoded, line breaks as "\n". */
export function readDocxParagraphs(xml: string): string[] {
  return xml
    .split("</w:p>")
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => (match[0] === "<w:br/>" ? "\n" : decodeXml(match[1] ?? ""))).join(""),
    )
    .filter((text) => text.trim() !== "");
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
