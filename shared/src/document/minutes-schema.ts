import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { minutesExtensions } from "./minutes-extensions.js";

let schema: Schema | undefined;

/** The ProseMirror schema of `minutesExtensions`, built once on first use. */
export function getMinutesSchema(): Schema {
  schema ??= getSchema(minutesExtensions);
  return schema;
}
