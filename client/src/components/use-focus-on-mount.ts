import { useLayoutEffect, useRef } from "react";

/**
 * A ref that focuses its element once it is shown. Replaces `autoFocus`, which Preact's React
 * layer only writes as the HTML attribute (honoured at page load and by `<dialog>`, not later).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // A layout effect: Preact runs plain effects a frame later, when the next key may already be typed.
  useLayoutEffect(() => ref.current?.focus(), []);
  return ref;
}
