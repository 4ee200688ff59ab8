import { ApiError } from "../api/api-error";

/** A failed call, said plainly: the server's reason, or that it could not be reached. */
export function ApiErrorAlert({ error }: { error: Error | null | undefined }) {
  if (!error) return null;
  const text = error instanceof ApiError
    ? `The server refused: ${error.message}.`
    : `The server could not be reached (${error.message}). Try again when you are online.`;
  return <p className="review-error" role="alert">{text}</p>;
}
