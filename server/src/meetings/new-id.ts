import { randomBytes } from "node:crypto";

/** 128 random bits as 22 url-safe characters: unguessable, and valid for ID_PATTERN. */
export function newId(): string {
  return randomBytes(16).toString("base64url");
}
