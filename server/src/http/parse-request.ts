import type { z } from "zod";
import { badRequest } from "./http-error.js";

/**
 * Validates one part of a request against its schema; a 400 names every failing field
 * (`participants.3.name: must not be empty`), so a form can point at each one.
 */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, value: unknown, where: "body" | "query" | "params"): z.output<Schema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || where,
    message: issue.message,
  }));
  throw badRequest(`invalid ${where}: ${fields.map((field) => `${field.path}: ${field.message}`).join("; ")}`, fields);
}
