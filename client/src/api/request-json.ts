import type { z } from "zod";
import { readAdminToken, requestAdminToken } from "../access/admin-token";
import { getMeetingAccess } from "../access/meeting-access";
import { loadUserName } from "../user/user-identity";
import { ApiError } from "./api-error";
import { noteServerDate } from "./server-clock";

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Present this meeting's invitation token (otherwise the admin token, if this browser holds one). */
  meetingId?: string;
  /** A refusal for want of the admin token opens the prompt for it (not for the meeting list, which falls back). */
  promptForAdminToken?: boolean;
}

/** Calls the API and parses the answer with `schema`; failures become ApiError. */
export async function requestJson<Schema extends z.ZodType>(path: string, schema: Schema, options: RequestOptions = {}): Promise<z.output<Schema>> {
  const token = options.meetingId ? getMeetingAccess(options.meetingId)?.token : readAdminToken();
  const name = loadUserName();
  const response = await fetch(path, {
    method: options.method ?? "GET",
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(name ? { "x-rapporteur-user": encodeURIComponent(name) } : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  noteServerDate(response.headers.get("date"));
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401 && !options.meetingId && options.promptForAdminToken !== false) requestAdminToken();
    const error = (json as { error?: { code?: string; message?: string; fields?: Array<{ path: string; message: string }> } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? "http_error", error?.message ?? `the server answered ${response.status}`, error?.fields ?? []);
  }
  return schema.parse(json);
}

/** A download link that carries the meeting's token (links cannot send headers). */
export function meetingFileUrl(meetingId: string, path: string): string {
  const token = getMeetingAccess(meetingId)?.token ?? "";
  const separator = path.includes("?") ? "&" : "?";
  return `/api/meetings/${meetingId}${path}${separator}token=${encodeURIComponent(token)}`;
}
