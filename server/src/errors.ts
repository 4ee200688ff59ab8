/**
 * The server's domain errors: each has a stable code clients can switch on, the fields at fault,
 * and the HTTP status it stands for. Every layer throws these; only the router's error handler
 * (`http/error-handler.ts`) turns them into responses.
 */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An error with a stable code the client can switch on, and the fields at fault. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
    /** Sent as `Retry-After` (a 503 when a worker is busy or ran out of time). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (message: string, fields?: FieldProblem[]) => new HttpError(400, "invalid_request", message, fields);
export const notFound = (what: string) => new HttpError(404, "not_found", `${what} not found`);
/** The database is held by another writer past its busy timeout, or a call did not answer in time. */
export const storageBusy = () => new HttpError(503, "storage_busy", "the database is busy; try again in a moment", undefined, 1);
