export interface MarkdownLink {
  start: number;
  end: number;
  label: string;
  href: string;
}

/**
 * The `[label](target)` links of a line of text, found in one pass. A pattern like
 * `\[([^\]]*)\]\(…\)` retries from every `[` and is quadratic on a run of them; here every
 * `[` before a `]` that ends no link is skipped together with it.
 */
export function findMarkdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let from = 0;
  const stops = targetStops(text);
  while (from < text.length) {
    const open = text.indexOf("[", from);
    if (open < 0) break;
    const close = text.indexOf("]", open + 1);
    if (close < 0) break;
    const end = close + 1 < text.length && text[close + 1] === "(" ? stops(close + 2) : -1;
    if (end < 0) {
      from = close + 1;
      continue;
    }
    links.push({ start: open, end: end + 1, label: text.slice(open + 1, close), href: text.slice(close + 2, end) });
    from = end + 1;
  }
  return links;
}

/**
 * Where a link target starting at `from` closes: the first `)`, unless white space comes first
 * (then it is no link). Starts only grow, so the stop found last is reused until passed.
 */
function targetStops(text: string): (from: number) => number {
  let stop = -1;
  return (from) => {
    if (stop < from) {
      stop = from;
      while (stop < text.length && !/[)\s]/.test(text[stop]!)) stop++;
    }
    return text[stop] === ")" ? stop : -1;
  };
}

/** The text with each Markdown link replaced by its label. */
export function stripMarkdownLinks(text: string): string {
  const links = findMarkdownLinks(text);
  if (links.length === 0) return text;
  let result = "";
  let last = 0;
  for (const link of links) {
    result += text.slice(last, link.start) + link.label;
    last = link.end;
  }
  return result + text.slice(last);
}
