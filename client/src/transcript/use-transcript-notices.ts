import { useEffect } from "react";
import * as decoding from "lib0/decoding";
import type { WebsocketProvider } from "y-websocket";
import { CollabNoticeSchema, MessageType } from "@rapporteur/shared";

type Handler = (encoder: unknown, decoder: decoding.Decoder, ...rest: unknown[]) => void;

/**
 * Calls `onChange` when the server announces a transcript change (upload, settings, captions).
 * The page's own notice handler stays in charge: this one only peeks at the message first, and
 * is taken out again when the panel closes.
 */
export function useTranscriptNotices(provider: WebsocketProvider, onChange: () => void): void {
  useEffect(() => {
    const handlers = provider.messageHandlers as unknown as Handler[];
    const previous = handlers[MessageType.notice];
    const peeking: Handler = (encoder, decoder, ...rest) => {
      const notice = CollabNoticeSchema.safeParse(safeJson(decoding.peekVarString(decoder)));
      if (notice.success && notice.data.kind === "transcript") onChange();
      previous?.(encoder, decoder, ...rest);
    };
    handlers[MessageType.notice] = peeking;
    return () => {
      if (handlers[MessageType.notice] === peeking && previous) handlers[MessageType.notice] = previous;
    };
  }, [provider, onChange]);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
