import { useEffect, useState } from "react";
import * as decoding from "lib0/decoding";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { CloseCode, COLLAB_PATH, CollabNoticeSchema, MessageType, type CollabNotice } from "@rapporteur/shared";
import { CHANGE_BURST_MS, loadPendingChanges, savePendingChanges } from "./pending-changes";
import { isCoveredBy } from "./saved-state";

export type ConnectionStatus =
  | "connecting"
  | "connected"
  | "offline"
  | "not-found"
  | "unauthorized"
  | "storage-error"
  /** The server closed the socket for sending too much too fast (4429); it reconnects by itself. */
  | "throttled"
  /** The server refused a change it could not accept (4400); reconnecting resends what it lacks. */
  | "refused";

/** Closes that reconnecting cannot fix: unknown meeting, link not valid for it, role too small. */
const PERMANENT_CLOSES: ReadonlySet<number> = new Set([CloseCode.MeetingNotFound, CloseCode.Unauthorized, CloseCode.Forbidden]);

/** Statuses that say why the socket closed: a plain "disconnected" must not hide them. */
const EXPLAINED: ReadonlySet<ConnectionStatus> = new Set(["not-found", "unauthorized", "storage-error", "throttled", "refused"]);

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: ConnectionStatus;
  /** Local changes the server has not confirmed storing yet. */
  unsaved: number;
  /** The first sync with the server (or the local copy) has happened. */
  ready: boolean;
  /** The latest notice from the server (locked, read-only, …). */
  notice: CollabNotice | undefined;
  /** The server's reason for the last close, shown with "throttled" and "refused". */
  closeReason: string | undefined;
}

type Handler = (encoder: unknown, decoder: decoding.Decoder) => void;

/**
 * One meeting's live document: local copy in IndexedDB, websocket to the server, honest
 * "saved". Everything is made inside the effect, so React's double-invoked effects in
 * development get two whole sessions rather than one destroyed one.
 */
export function useCollabSession(meetingId: string, token: string | undefined): CollabSession | undefined {
  const [session, setSession] = useState<{ doc: Y.Doc; provider: WebsocketProvider }>();
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [unsaved, setUnsaved] = useState(0);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<CollabNotice>();
  const [closeReason, setCloseReason] = useState<string>();

  useEffect(() => {
    const doc = new Y.Doc();
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}${COLLAB_PATH}`;
    const provider = new WebsocketProvider(url, meetingId, doc, {
      params: token ? { token } : {},
      connect: false,
      maxBackoffTime: 5000,
      // y-websocket stops for every 44xx; a refused change (4400) or a pause (4429) heals by reconnecting and resyncing.
      shouldReconnect: (event) => !PERMANENT_CLOSES.has(event.code),
    });
    const local = new IndexeddbPersistence(`rapporteur-${meetingId}`, doc);
    let pending = loadPendingChanges(meetingId);
    let lastChangeAt = 0;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session is an external system built here; its first state is known only now
    setUnsaved(pending);
    const setPending = (count: number) => {
      pending = count;
      savePendingChanges(meetingId, count);
      setUnsaved(count);
    };
    const handlers = provider.messageHandlers as unknown as Handler[];
    handlers[MessageType.storedState] = (_encoder, decoder) => {
      if (isCoveredBy(doc, decoding.readVarUint8Array(decoder))) setPending(0);
    };
    handlers[MessageType.notice] = (_encoder, decoder) => {
      const parsed = CollabNoticeSchema.safeParse(JSON.parse(decoding.readVarString(decoder)));
      if (parsed.success) setNotice(parsed.data);
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === local) return;
      const now = Date.now();
      if (pending === 0 || now - lastChangeAt > CHANGE_BURST_MS) setPending(pending + 1);
      lastChangeAt = now;
    };
    const onStatus = ({ status: next }: { status: string }) => {
      if (next === "connected") {
        provider.ws?.send(Uint8Array.of(MessageType.subscribeStatus));
        setStatus("connected");
      } else if (next === "disconnected") {
        setStatus((current) => (EXPLAINED.has(current) ? current : "offline"));
      }
    };
    // A socket that never opened reports no "disconnected": without this the pill would say
    // "Connecting…" for as long as the laptop stays offline.
    const onFailedAttempt = () => setStatus((current) => (current === "connecting" ? "offline" : current));
    const onClose = (event: CloseEvent | null) => {
      onFailedAttempt();
      if (!event) return;
      const fatal = event.code === CloseCode.MeetingNotFound || event.code === CloseCode.Unauthorized;
      if (fatal) provider.shouldConnect = false;
      if (event.code === CloseCode.MeetingNotFound) setStatus("not-found");
      else if (event.code === CloseCode.Unauthorized) setStatus("unauthorized");
      else if (event.code === CloseCode.StorageUnavailable) setStatus("storage-error");
      else if (event.code === CloseCode.TooManyRequests) setStatus("throttled");
      else if (event.code === CloseCode.MalformedMessage) setStatus("refused");
      setCloseReason(event.reason || undefined);
    };
    const onSync = (synced: boolean) => synced && setReady(true);
    doc.on("update", onUpdate);
    provider.on("status", onStatus);
    provider.on("connection-close", onClose);
    provider.on("connection-error", onFailedAttempt);
    provider.on("sync", onSync);
    local.whenSynced.then(() => setReady((value) => value || doc.getXmlFragment("default").length > 0));
    provider.connect();
    setSession({ doc, provider });
    return () => {
      setSession(undefined);
      doc.off("update", onUpdate);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [meetingId, token]);

  return session && { ...session, status, unsaved, ready, notice, closeReason };
}
