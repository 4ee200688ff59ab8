import type { ErrorRequestHandler } from "express";
import { HttpError, storageBusy } from "../errors.js";
import { isStorageBusy } from "../store/with-storage-timeout.js";
import type { Logger } from "../logger.js";

/** Last middleware: every failure becomes `{ error: { code, message, fields? } }`, never a stack trace. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const httpError = toHttpError(error);
    if (httpError.status >= 500) {
      logger.error("request_failed", { method: request.method, path: request.path, error: String(error) });
    }
    if (httpError.retryAfterSeconds !== undefined) response.set("Retry-After", String(httpError.retryAfterSeconds));
    response.status(httpError.status).json({
      error: {
        code: httpError.code,
        message: httpError.message,
        ...(httpError.fields ? { fields: httpError.fields } : {}),
      },
    });
  };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (isStorageBusy(error)) return storageBusy();
  const bodyError = error as { type?: string; status?: number };
  switch (bodyError?.type) {
    case "entity.too.large":
      return new HttpError(413, "payload_too_large", "request body is too large");
    case "entity.parse.failed":
      return new HttpError(400, "invalid_json", "request body is not valid JSON");
    case "encoding.unsupported":
    case "charset.unsupported":
      return new HttpError(415, "unsupported_encoding", "request body encoding is not supported");
    default:
      if (bodyError?.status && bodyError.status >= 400 && bodyError.status < 500) {
        return new HttpError(bodyError.status, "bad_request", "the request could not be read");
      }
      return new HttpError(500, "internal_error", "something went wrong on the server");
  }
}
