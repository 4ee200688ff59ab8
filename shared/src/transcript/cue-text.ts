import { LIMITS } from "../limits.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", nbsp: " ", lrm: "", rlm: "", quot: '"', apos: "'" };

/** "Name: text" with a name-like prefix: a letter, at most six words, no sentence inside. */
const NAME_PREFIX = /^([^:<>\n]{1,60}):\s+(\S[\s\S]*)$/;
const NAME_LIKE = /^[\p{L}][\p{L}\p{M}'’. _()-]*$/u;

export interface CueText {
  speaker: string;
  text: string;
}

/**
 * The speaker and plain text of a cue payload: a WebVTT voice tag (`<v Name>` or
 * `<v.loud Name>`) names the speaker, otherwise a "Name: " prefix does. Every other tag
 * (`<i>`, `<b>`, `<c.yellow>`, `<00:01.000>`, SRT's `<font>`) and ASS overrides (`{\an8}`)
 * are dropped; entities are decoded. One pass over the text.
 */
export function readCueText(payload: string): CueText {
  let speaker = "";
  let out = "";
  let index = 0;
  const nextAngle = nextFinder(payload, ">");
  const nextBrace = nextFinder(payload, "}");
  const nextOpen = nextFinder(payload, "<");
  const nextCurly = nextFinder(payload, "{");
  while (index < payload.length) {
    const tagAt = Math.min(orEnd(nextOpen(index), payload), orEnd(nextCurly(index), payload));
    out += payload.slice(index, tagAt);
    if (tagAt >= payload.length) break;
    const isTag = payload[tagAt] === "<" || payload[tagAt + 1] === "\\";
    const close = !isTag ? -1 : payload[tagAt] === "<" ? nextAngle(tagAt) : nextBrace(tagAt);
    if (close === -1) {
      out += payload[tagAt];
      index = tagAt + 1;
      continue;
    }
    const tag = payload.slice(tagAt + 1, close);
    if (!speaker && /^v[\s.]/.test(tag)) speaker = tag.replace(/^v(\.[^\s]*)?\s+/, "").trim();
    index = close + 1;
  }
  const text = clip(decodeEntities(out).replace(/\s+/g, " ").trim(), LIMITS.maxSegmentChars);
  if (speaker) return { speaker: clip(speaker, LIMITS.maxNameChars), text };
  return splitNamePrefix(text);
}

/** The next `wanted` at or after a position; remembers the last answer so a scan stays linear. */
function nextFinder(text: string, wanted: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1) return -1;
    if (found < from) found = text.indexOf(wanted, from);
    return found;
  };
}

function orEnd(found: number, text: string): number {
  return found === -1 ? text.length : found;
}

function splitNamePrefix(text: string): CueText {
  const match = NAME_PREFIX.exec(text);
  const name = match?.[1]?.trim() ?? "";
  if (!match || !NAME_LIKE.test(name) || name.split(" ").length > 6) return { speaker: "", text };
  return { speaker: name, text: match[2]!.trim() };
}

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,5});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
