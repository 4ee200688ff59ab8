/** A failed API call with the server's stable code and the fields it named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The message for one form field, if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

/**
 * A failed request as a form's errors: each field the server named under its form path
 * (toFormPath maps a request path to the row it came from), and one line for the whole form.
 */
export function formErrorsOf(error: unknown, toFormPath = (path: string) => path): Record<string, string> {
  if (!(error instanceof ApiError)) return { form: `The server could not be reached (${String(error)}).` };
  const fields = Object.fromEntries(error.fields.map((field) => [toFormPath(field.path), field.message]));
  return { ...fields, form: error.fields.length > 0 ? "Some fields need attention." : error.message };
}
