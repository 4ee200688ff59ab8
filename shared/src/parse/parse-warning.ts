import { z } from "zod";

/** A pasted line the parser could not read as intended; it is reported, never silently dropped. */
export const ParseWarningSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  message: z.string(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;
