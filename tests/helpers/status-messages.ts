import * as decoding from "lib0/decoding";
import type { WebsocketProvider } from "y-websocket";
import { CollabNoticeSchema, MessageType, type CollabNotice } from "@rapporteur/shared";

export interface StatusMessages {
  notices: CollabNotice[];
  storedStates: Uint8Array[];
  /**
   * Resolves once the server has registered the subscription (it answers a subscription with
   * the stored state at once, and sends that state to subscribers only): a notice the server
   * sends after this reaches `notices`; one sent before may not.
   */
  subscribed: Promise<void>;
}

/**
 * Subscribes a stock provider to Rapporteur's status messages (stored state vector and
 * notices), the way the web client does, and collects what arrives.
 */
export function subscribeToStatus(provider: WebsocketProvider): StatusMessages {
  let markSubscribed = () => {};
  const subscribed = new Promise<void>((resolve) => (markSubscribed = resolve));
  const received = { notices: [] as CollabNotice[], storedStates: [] as Uint8Array[], subscribed };
  const handlers = provider.messageHandlers as unknown as Array<(encoder: unknown, decoder: decoding.Decoder) => void>;
  handlers[MessageType.storedState] = (_encoder, decoder) => {
    received.storedStates.push(decoding.readVarUint8Array(decoder));
    markSubscribed();
  };
  handlers[MessageType.notice] = (_encoder, decoder) => received.notices.push(CollabNoticeSchema.parse(JSON.parse(decoding.readVarString(decoder))));
  const subscribe = () => provider.ws?.send(Uint8Array.of(MessageType.subscribeStatus));
  if (provider.wsconnected) subscribe();
  provider.on("status", ({ status }: { status: string }) => status === "connected" && subscribe());
  return received;
}
