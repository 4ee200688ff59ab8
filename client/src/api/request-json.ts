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
  const response = await send(path, options);
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw refusal(response, json, options);
  return schema.parse(json);
}

/**
 * A file of a meeting (an export), fetched with the token in the Authorization header and kept
 * as a Blob: its blob: address works only in this tab, so no copied link carries a role.
 */
export async function fetchMeetingFile(meetingId: string, path: string, signal?: AbortSignal): Promise<Blob> {
  const response = await send(`/api/meetings/${meetingId}${path}`, { meetingId }, signal);
  if (!response.ok) throw refusal(response, await response.json().catch(() => undefined), { meetingId });
  return response.blob();
}

async function send(path: string, options: RequestOptions, signal?: AbortSignal): Promise<Response> {
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
    ...(signal ? { signal } : {}),
  });
  noteServerDate(response.headers.get("date"));
  return response;
}

function refusal(response: Response, json: unknown, options: RequestOptions): ApiError {
  if (response.status === 401 && !options.meetingId && options.promptForAdminToken !== false) requestAdminToken();
  const error = (json as { error?: { code?: string; message?: string; fields?: Array<{ path: string; message: string }> } } | undefined)?.error;
  return new ApiError(response.status, error?.code ?? "http_error", error?.message ?? `the server answered ${response.status}`, error?.fields ?? []);
}
