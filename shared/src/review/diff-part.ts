import { z } from "zod";

/** One run of a diff between two versions' texts, as the server sends it. */
export const DiffPartSchema = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });
export type DiffPart = z.infer<typeof DiffPartSchema>;
