/**
 * The people on a labelled line of the title block: "Moderator: Titti Cassa",
 * "Co-moderators: A and B", "Hosts: A; B". Empty when no line has that label.
 */
export function readLabelledPeople(lines: readonly string[], role: "hosts" | "moderators"): string[] {
  const label = role === "hosts" ? /^(hosts?|hosted by)\s*:\s*(.+)$/i : /^((co-?)?moderators?|moderated by)\s*:\s*(.+)$/i;
  for (const line of lines) {
    const match = label.exec(line);
    if (!match) continue;
    const list = match[match.length - 1]!;
    return list.split(/\s*[,;]\s*|\s+and\s+/).map((name) => name.replace(/[.]$/, "").trim()).filter((name) => /^\p{Lu}/u.test(name));
  }
  return [];
}
