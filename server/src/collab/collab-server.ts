import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { CloseCode, COLLAB_PATH, ID_PATTERN, LIMITS, type TokenClaims } from "@rapporteur/shared";
import type { AddressRateLimits } from "../access/address-rate-limits.js";
import { checkInvitation } from "../access/check-invitation.js";
import type { InvitationTokens } from "../access/invitation-tokens.js";
import { readToken } from "../access/read-token.js";
import type { Logger } from "../logger.js";
import type { DocumentStore } from "../store/document-store.js";
import { releaseAwareness } from "./awareness-guard.js";
import { Connection } from "./connection.js";
import { ConnectionBudget } from "./connection-budget.js";
import { handleRoomMessage } from "./handle-room-message.js";
import { ProtocolError } from "./protocol-error.js";
import type { Room } from "./room.js";
import type { RoomRegistry } from "./room-registry.js";

export interface CollabServerOptions {
  httpServer: Server;
  rooms: RoomRegistry;
  store: DocumentStore;
  tokens: InvitationTokens;
  logger: Logger;
  maxMessageBytes: number;
  /** Websocket connects per address, and token failures shared with the HTTP API. */
  rateLimits: AddressRateLimits;
  /** Interval of the keep-alive ping; a socket that misses one is terminated. */
  pingIntervalMs?: number;
}

export interface CollabServer {
  /** Closes every socket with 1012 so clients reconnect to the next process. */
  close(): Promise<void>;
}

/** Accepts y-websocket connections on `/collab/:meetingId` and hands their frames to the room. */
export function attachCollabServer(options: CollabServerOptions): CollabServer {
  const { httpServer, logger } = options;
  // permessage-deflate stays off: maxPayload must bound what we allocate, not what arrives compressed.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  const alive = new WeakSet<WebSocket>();

  httpServer.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const meetingId = meetingIdFromUrl(request.url);
    if (meetingId === undefined) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    socket.on("error", () => socket.destroy());
    void connectsAllowed(request, options.rateLimits).then((waitSeconds) => {
      if (waitSeconds !== undefined) {
        socket.end(`HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${waitSeconds}\r\nConnection: close\r\n\r\n`);
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        alive.add(ws);
        ws.on("pong", () => alive.add(ws));
        acceptSocket(ws, meetingId, { token: readToken(request, "header-or-query"), address: options.rateLimits.addressOf(request) }, options);
      });
    });
  });

  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
  }, options.pingIntervalMs ?? 30_000);
  ping.unref();

  return {
    close: () =>
      new Promise((resolve) => {
        clearInterval(ping);
        for (const ws of wss.clients) ws.close(CloseCode.ServerRestarting, "server restarting");
        wss.close(() => resolve());
        logger.info("collab_closed");
      }),
  };
}

/** Who is connecting: the token it presents and its address (for the token-failure allowance). */
interface Caller {
  token: string | undefined;
  address: string | undefined;
}

/** Seconds to wait when this address connects too often or has failed too many tokens; else undefined. */
async function connectsAllowed(request: IncomingMessage, limits: AddressRateLimits): Promise<number | undefined> {
  const address = limits.addressOf(request);
  return (await limits.exhausted("tokenFailures", address)) ?? (await limits.take("websocketConnects", address));
}

function meetingIdFromUrl(url: string | undefined): string | undefined {
  const pathname = new URL(url ?? "/", "http://localhost").pathname;
  if (!pathname.startsWith(`${COLLAB_PATH}/`)) return undefined;
  return decodeURIComponentSafe(pathname.slice(COLLAB_PATH.length + 1));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Listeners go on before the room is loaded: frames that arrive meanwhile are queued (bounded)
 * and replayed in order, never dropped.
 */
function acceptSocket(ws: WebSocket, meetingId: string, caller: Caller, options: CollabServerOptions): void {
  const { logger } = options;
  const connection = new Connection(ws);
  const log = { meetingId: meetingId.slice(0, 40), connectionId: connection.id };
  let room: Room | undefined;
  let queue: Uint8Array[] | undefined = [];
  let queuedBytes = 0;
  const budget = new ConnectionBudget();

  const dispatch = (frame: Uint8Array) => {
    if (!room || connection.isClosed) return;
    try {
      handleRoomMessage(room, connection, frame);
    } catch (error) {
      logger.warn("message_refused", { ...log, bytes: frame.length, error: String(error) });
      // Only our own refusals are worded for clients; a decoder's internals stay in the log.
      if (error instanceof ProtocolError) connection.close(error.code, error.message);
      else connection.close(CloseCode.MalformedMessage, "malformed message");
    }
  };

  ws.on("error", (error) => logger.warn("socket_error", { ...log, error: String(error) }));
  ws.on("close", () => {
    connection.markClosed();
    if (!room) return;
    releaseAwareness(room.awareness, connection);
    room.removeConnection(connection);
  });
  ws.on("message", (data: RawData, isBinary: boolean) => {
    // Frames still arriving after we closed (a flood already on the wire) cost nothing more, not even a log line each.
    if (connection.isClosed) return;
    if (!isBinary) {
      connection.close(CloseCode.MalformedMessage, "text frames are not part of the protocol");
      return;
    }
    const frame = data as Buffer;
    if (!budget.spend(frame)) {
      logger.warn("connection_over_budget", { ...log, bytes: frame.length });
      connection.close(CloseCode.TooManyRequests, "too many changes too fast; reconnecting in a moment");
      return;
    }
    if (!queue) return dispatch(frame);
    queuedBytes += frame.length;
    if (queue.length >= LIMITS.maxQueuedFramesWhileLoading || queuedBytes > LIMITS.maxQueuedBytesWhileLoading) {
      connection.close(CloseCode.TryAgainLater, "too many messages while the document loads; reconnect");
      return;
    }
    queue.push(frame);
  });

  if (!ID_PATTERN.test(meetingId)) {
    connection.close(CloseCode.MeetingNotFound, "meeting not found");
    return;
  }
  authorizeAndLoad(meetingId, caller.token, options).then(
    (result) => {
      if (connection.isClosed) return;
      if (result.kind === "not-found") return connection.close(CloseCode.MeetingNotFound, "meeting not found");
      if (result.kind === "unauthorized") {
        void options.rateLimits.take("tokenFailures", caller.address);
        return connection.close(CloseCode.Unauthorized, result.reason);
      }
      connection.readOnly = result.claims.role === "viewer";
      connection.invitation = { role: result.claims.role, version: result.claims.ver };
      room = result.room;
      room.addConnection(connection);
      const waiting = queue ?? [];
      queue = undefined;
      for (const frame of waiting) dispatch(frame);
    },
    (error: unknown) => {
      logger.error("room_load_failed", { ...log, error: String(error) });
      connection.close(CloseCode.StorageUnavailable, "the document could not be loaded; try again shortly");
    },
  );
}

type Admission =
  | { kind: "not-found" }
  | { kind: "unauthorized"; reason: string }
  | { kind: "admitted"; room: Room; claims: TokenClaims };

/**
 * Unknown meeting → 4404, no valid token for it (or a replaced one) → 4401; only then is the
 * document loaded, so an unauthenticated socket never costs a load. The check reads the link
 * versions (one small read, also when the room is loaded: a replaced link must not get in).
 */
async function authorizeAndLoad(meetingId: string, token: string | undefined, options: CollabServerOptions): Promise<Admission> {
  const check = await checkInvitation(options.tokens, options.store, meetingId, token);
  if (check.kind !== "admitted") return check;
  const room = await options.rooms.getOrLoad(meetingId);
  return room ? { kind: "admitted", room, claims: check.claims } : { kind: "not-found" };
}
