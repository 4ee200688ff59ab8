import type { IncomingMessage } from "node:http";

/** The token of a request: `Authorization: Bearer <token>` or `?token=<token>`. */
export function readToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  const token = new URL(request.url ?? "/", "http://localhost").searchParams.get("token");
  return token ?? undefined;
}
