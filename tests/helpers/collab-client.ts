import { afterAll } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { COLLAB_PATH, type MeetingLinks, type Role } from "@rapporteur/shared";

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server has completed. */
  synced: Promise<void>;
  destroy(): void;
}

const clients = new Set<CollabClient>();
afterAll(() => {
  for (const client of clients) client.destroy();
});

export interface ConnectOptions {
  doc?: Y.Doc;
  /** Whose invitation token to present; the note-taker's by default, none with `null`. */
  role?: Role | null;
  params?: Record<string, string>;
}

/** A stock y-websocket provider in Node, exactly as a third-party client would connect. */
export function connectClient(serverUrl: string, meeting: { id: string; tokens: MeetingLinks }, options: ConnectOptions = {}): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const role = options.role === undefined ? "noteTaker" : options.role;
  const params = { ...(role ? { token: meeting.tokens[role] } : {}), ...options.params };
  const wsUrl = serverUrl.replace(/^http/, "ws") + COLLAB_PATH;
  const provider = new WebsocketProvider(wsUrl, meeting.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    maxBackoffTime: 300,
    // Providers in one process would otherwise talk over BroadcastChannel, around the server.
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", (isSynced: boolean) => isSynced && resolve());
  });
  const client: CollabClient = {
    doc,
    provider,
    synced,
    destroy: () => {
      clients.delete(client);
      provider.destroy();
    },
  };
  clients.add(client);
  return client;
}
