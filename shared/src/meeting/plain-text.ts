import { z } from "zod";

/** A UTF-16 surrogate without its pair: no encoder (file names, headers, PDF, Word) can write it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 control characters (line breaks and tabs included) and DEL. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);
export const UNPAIRED_SURROGATE_MESSAGE = "must not contain unpaired surrogate characters";

/** A title, a name, an affiliation: one line of printable text, trimmed, non-empty, bounded. */
export const singleLineText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max)
    .refine((value) => !CONTROL.test(value), "must not contain control characters or line breaks")
    .refine(isWellFormedText, UNPAIRED_SURROGATE_MESSAGE);

/** Like `singleLineText`, but may be left empty (or out). */
export const optionalSingleLineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !CONTROL.test(value), "must not contain control characters or line breaks")
    .refine(isWellFormedText, UNPAIRED_SURROGATE_MESSAGE)
    .optional();
