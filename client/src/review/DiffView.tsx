import type { DiffPart } from "@rapporteur/shared";

const CONTEXT_CHARS = 160;

/** Insertions and deletions, marked by colour and by words ("added:", "removed:") for those who cannot tell the colours apart. */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  const changes = parts.filter((part) => part.op !== "equal").length;
  if (changes === 0) return <p>These two versions have the same text.</p>;
  return (
    <>
      <p className="muted">{changes} {changes === 1 ? "change" : "changes"}: <ins className="diff-ins">added text</ins> and <del className="diff-del">removed text</del>. Long unchanged stretches are shortened.</p>
      <div className="diff" aria-label="Differences">
        {parts.map((part, index) => renderPart(part, index, index === 0, index === parts.length - 1))}
      </div>
    </>
  );
}

function renderPart(part: DiffPart, key: number, first: boolean, last: boolean) {
  if (part.op === "equal") return <span key={key}>{shorten(part.text, first, last)}</span>;
  // A paragraph break stays outside the mark, so the closing "]" sits on the changed line.
  const [, text = "", breaks = ""] = /^([\s\S]*?)(\n*)$/.exec(part.text) ?? [];
  const Mark = part.op === "insert" ? "ins" : "del";
  return <span key={key}><Mark className={part.op === "insert" ? "diff-ins" : "diff-del"}>{text}</Mark>{breaks}</span>;
}

/** Keeps a few lines of unchanged text next to each change and elides the rest, at line breaks. */
function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT_CHARS * 2 + 40) return text;
  const head = first ? "" : cutAfter(text, CONTEXT_CHARS);
  const tail = last ? "" : cutBefore(text, text.length - CONTEXT_CHARS);
  const skipped = text.length - head.length - tail.length;
  return `${head}${head && !head.endsWith("\n") ? "\n" : ""}[… ${skipped} unchanged characters …]\n${tail}`;
}

function cutAfter(text: string, at: number): string {
  const lineEnd = text.lastIndexOf("\n", at);
  return text.slice(0, lineEnd > 0 ? lineEnd + 1 : at);
}

function cutBefore(text: string, at: number): string {
  const lineStart = text.indexOf("\n", at);
  return text.slice(lineStart >= 0 && lineStart < text.length - 1 ? lineStart + 1 : at);
}
