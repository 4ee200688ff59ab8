import type { Rect } from "@floating-ui/dom";

/** Marks an element pinned over the bottom of the window (the panels' tab bar on a phone): popups stay above it. */
const PINNED_BOTTOM = "data-pinned-bottom";

/**
 * The part of the window a person can see: without what is pinned over its bottom edge, and
 * without an on-screen keyboard (which shrinks only the visual viewport). Read at each placement,
 * as the tab bar comes and goes with the layout.
 */
export function visibleArea(): Rect {
  const viewport = window.visualViewport;
  const top = viewport?.offsetTop ?? 0;
  let bottom = Math.min(window.innerHeight, viewport ? viewport.offsetTop + viewport.height : Infinity);
  for (const pinned of document.querySelectorAll(`[${PINNED_BOTTOM}]`)) {
    // On a laptop the same element is a column beside the report, not over it.
    if (getComputedStyle(pinned).position !== "fixed") continue;
    bottom = Math.min(bottom, pinned.getBoundingClientRect().top);
  }
  return { x: 0, y: top, width: document.documentElement.clientWidth, height: Math.max(bottom - top, 0) };
}
