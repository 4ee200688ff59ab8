import type { DiffPart } from "@rapporteur/shared";
import { diffArrays } from "diff";

// On the server only: the client shows the parts the server sends and never loads the diff library.

/**
 * Myers' diff costs about (tokens × edit distance). Two very different long versions would make
 * that quadratic on the server's event loop, so the edit distance searched is capped by a fixed
 * budget: past it, the differing middle is shown as one deletion and one insertion, which is
 * still exact (both texts rebuild from the parts), just coarse.
 */
const DIFF_WORK_BUDGET = 4_000_000;

type Budget = { left: number };

function push(parts: DiffPart[], op: DiffPart["op"], text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/** Equal/insert/delete runs aligning two token lists, within what is left of the budget. */
function diffTokens(before: string[], after: string[], budget: Budget): DiffPart[] {
  const size = before.length + after.length;
  const maxEditLength = Math.max(1, Math.floor(budget.left / Math.max(1, size)));
  const changes = diffArrays(before, after, { maxEditLength });
  const parts: DiffPart[] = [];
  if (!changes) {
    budget.left = Math.max(0, budget.left - size);
    push(parts, "delete", before.join(""));
    push(parts, "insert", after.join(""));
    return parts;
  }
  let edits = 0;
  for (const change of changes) {
    if (change.added || change.removed) edits += change.count;
    push(parts, change.added ? "insert" : change.removed ? "delete" : "equal", change.value.join(""));
  }
  budget.left = Math.max(0, budget.left - size * Math.max(1, edits));
  return parts;
}

/**
 * What changed between two texts: paragraphs are aligned first, then changed paragraphs word
 * by word, which keeps the work small for long minutes and the result readable.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const budget: Budget = { left: DIFF_WORK_BUDGET };
  const lines = diffTokens(before.split(/(?<=\n)/), after.split(/(?<=\n)/), budget);
  const parts: DiffPart[] = [];
  for (let k = 0; k < lines.length; k++) {
    const part = lines[k]!;
    const next = lines[k + 1];
    // The alignment may put a changed paragraph's new text before its old text, or after it.
    const changed = part.op === "delete" && next?.op === "insert" ? [part, next] : part.op === "insert" && next?.op === "delete" ? [next, part] : undefined;
    if (changed) {
      for (const word of diffTokens(changed[0]!.text.split(/(?<=\s)/), changed[1]!.text.split(/(?<=\s)/), budget)) push(parts, word.op, word.text);
      k++;
    } else {
      push(parts, part.op, part.text);
    }
  }
  return parts;
}
