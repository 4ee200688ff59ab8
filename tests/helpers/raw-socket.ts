import WebSocket from "ws";
import { COLLAB_PATH } from "@rapporteur/shared";

export interface RawSocket {
  ws: WebSocket;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /**
   * Resolves with the server's first frame: the socket is then in the room (the room greets a
   * socket it adds with sync step 1). `opened` alone is earlier: the server admits a socket
   * after checking its token and loading the room, and a socket not yet in the room misses the
   * room's broadcasts meanwhile (a raw socket never syncs to catch up on them).
   */
  joined: Promise<void>;
  messages: Buffer[];
}

/** A bare websocket to a room, for sending what no well-behaved provider would. */
export function openRawSocket(serverUrl: string, path: string, token?: string): RawSocket {
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  const ws = new WebSocket(serverUrl.replace(/^http/, "ws") + (path.startsWith("/") ? path : `${COLLAB_PATH}/${path}`) + query);
  const messages: Buffer[] = [];
  ws.on("message", (data) => messages.push(data as Buffer));
  const joined = new Promise<void>((resolve) => ws.once("message", () => resolve()));
  ws.on("error", () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return { ws, opened, closed, joined, messages };
}
