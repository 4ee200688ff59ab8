import type { IncomingMessage } from "node:http";

/**
 * The token of a request: `Authorization: Bearer <token>`. Only the websocket (whose address no
 * one copies, and which cannot send headers from a browser) may carry it as `?token=<token>`:
 * an API address with a token in it would hand out the role to whoever it is pasted to.
 */
export function readToken(request: IncomingMessage, from: "header" | "header-or-query" = "header"): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  if (from === "header") return undefined;
  const token = new URL(request.url ?? "/", "http://localhost").searchParams.get("token");
  return token ?? undefined;
}
