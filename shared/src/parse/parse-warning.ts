import { z } from "zod";

/** A pasted line the parser could not read as intended; it is reported, never silently dropped. */
export const ParseWarningSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  message: z.string(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;

/** Said when a summary gives no date; a date given with the import makes it moot. */
export const MISSING_DATE_WARNING = "no meeting date found; set it before publishing";
