import { z } from "zod";

export const DiffPartSchema = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });
export type DiffPart = z.infer<typeof DiffPartSchema>;

/** Longest-common-subsequence alignment of two token lists, as equal/insert/delete runs. */
function diffTokens(before: readonly string[], after: readonly string[]): DiffPart[] {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i * cols + j] = before[i] === after[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      push("equal", before[i++]!);
      j++;
    }
    else if (j < after.length && (i === before.length || table[i * cols + j + 1]! >= table[(i + 1) * cols + j]!)) push("insert", after[j++]!);
    else push("delete", before[i++]!);
  }
  return parts;
}

/**
 * What changed between two texts: paragraphs are aligned first, then changed paragraphs word
 * by word, which keeps the work small for long minutes and the result readable.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const lines = diffTokens(before.split(/(?<=\n)/), after.split(/(?<=\n)/));
  const parts: DiffPart[] = [];
  for (let k = 0; k < lines.length; k++) {
    const part = lines[k]!;
    const next = lines[k + 1];
    // The alignment may put a changed paragraph's new text before its old text, or after it.
    const changed = part.op === "delete" && next?.op === "insert" ? [part, next] : part.op === "insert" && next?.op === "delete" ? [next, part] : undefined;
    if (changed) {
      parts.push(...diffTokens(changed[0]!.text.split(/(?<=\s)/), changed[1]!.text.split(/(?<=\s)/)));
      k++;
    } else {
      parts.push(part);
    }
  }
  return parts;
}
