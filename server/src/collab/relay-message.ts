import { z } from "zod";
import { CollabNoticeSchema, LinkVersionsSchema, type CollabNotice, type LinkVersions } from "@rapporteur/shared";

/**
 * What instances tell each other about a room they both serve. Storage stays the truth: an
 * update is relayed only after it is stored, and a receiver that misses one reads it back.
 */
export type RelayMessage =
  | { kind: "update"; seq: number; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "notice"; notice: CollabNotice }
  /** The chair replaced links: sockets admitted with an older version of a role are closed. */
  | { kind: "links"; versions: LinkVersions }
  /** "My log reaches `seq`": sent after a relay outage so peers that missed something catch up. */
  | { kind: "head"; seq: number };

/** A relayed message with its sender and when it was sent (for the publish-to-apply lag). */
export interface RelayEnvelope {
  instance: string;
  sentAt: number;
  message: RelayMessage;
}

const bytes = z.string().max(64 * 1024 * 1024).transform((text) => new Uint8Array(Buffer.from(text, "base64")));
const seq = z.number().int().nonnegative();
const EnvelopeSchema = z.object({
  instance: z.string().min(1).max(100),
  sentAt: z.number(),
  message: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("update"), seq, update: bytes }),
    z.object({ kind: z.literal("awareness"), update: bytes }),
    z.object({ kind: z.literal("notice"), notice: CollabNoticeSchema }),
    z.object({ kind: z.literal("links"), versions: LinkVersionsSchema }),
    z.object({ kind: z.literal("head"), seq }),
  ]),
});

export function encodeRelayEnvelope(envelope: RelayEnvelope): string {
  const { message } = envelope;
  const wire = "update" in message ? { ...message, update: Buffer.from(message.update).toString("base64") } : message;
  return JSON.stringify({ ...envelope, message: wire });
}

/** Undefined for anything that is not a well-formed envelope: a relay never crashes a room. */
export function decodeRelayEnvelope(text: string): RelayEnvelope | undefined {
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
