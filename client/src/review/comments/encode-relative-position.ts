import * as Y from "yjs";

/** A Yjs relative position as base64, the form a Comment stores its `anchor` and `head` in. */
export function encodeRelativePosition(position: Y.RelativePosition): string {
  let binary = "";
  for (const byte of Y.encodeRelativePosition(position)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The opposite of `encodeRelativePosition`; null for text that is not one (never throws). */
export function decodeRelativePosition(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}
