import type { z } from "zod";
import { isWellFormedText, UNPAIRED_SURROGATE_MESSAGE } from "@rapporteur/shared";
import { badRequest, type FieldProblem } from "../errors.js";

/**
 * Validates one part of a request against its schema; a 400 names every failing field
 * (`participants.3.name: must not be empty`), so a form can point at each one. Schemas are
 * strict: a key the schema does not know (a typo, a field that was never settable) is a 400
 * naming that key, not silently dropped. `?token=` is every endpoint's way to authenticate.
 */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, value: unknown, where: "body" | "query" | "params"): z.output<Schema> {
  const input = value ?? {};
  const broken = unpairedSurrogates(input, []);
  if (broken.length > 0) throw badRequest(`invalid ${where}: ${broken.map((field) => `${field.path}: ${field.message}`).join("; ")}`, broken);
  const result = schema.safeParse(input);
  const fields: FieldProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || where, message: issue.message }));
  if (where !== "params") {
    const known = where === "query" ? new Set(["token"]) : new Set<string>();
    if (result.success) fields.push(...unknownKeys(input, result.data, [], known));
  }
  if (fields.length === 0 && result.success) return result.data;
  throw badRequest(`invalid ${where}: ${fields.map((field) => `${field.path}: ${field.message}`).join("; ")}`, fields);
}

/** Keys of the input the schema dropped: zod strips what it does not know; we name it instead. */
function unknownKeys(input: unknown, output: unknown, path: string[], allowedAtTop: ReadonlySet<string>): FieldProblem[] {
  if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    return input.flatMap((item, index) => unknownKeys(item, output[index], [...path, String(index)], new Set()));
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.keys(input).flatMap((key) => {
    if (path.length === 0 && allowedAtTop.has(key)) return [];
    if (!Object.hasOwn(output, key)) return [{ path: [...path, key].join("."), message: "is not a known field" }];
    return unknownKeys(input[key], output[key], [...path, key], new Set());
  });
}

/** Every string (and key) of the request is checked, whatever its schema: no field may carry an unpaired surrogate. */
function unpairedSurrogates(input: unknown, path: string[]): FieldProblem[] {
  if (typeof input === "string") return isWellFormedText(input) ? [] : [{ path: path.join(".") || "body", message: UNPAIRED_SURROGATE_MESSAGE }];
  if (Array.isArray(input)) return input.flatMap((item, index) => unpairedSurrogates(item, [...path, String(index)]));
  if (!isPlainObject(input)) return [];
  return Object.entries(input).flatMap(([key, item]) =>
    isWellFormedText(key) ? unpairedSurrogates(item, [...path, key]) : [{ path: [...path, "?"].join("."), message: "field names must be well-formed text" }],
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
