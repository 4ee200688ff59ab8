import { flip, shift, size, type Middleware } from "@floating-ui/dom";
import { visibleArea } from "../../components/visible-area";

const GAP = 8;
// The list scrolls within this height (mentions.css).
const MAX_HEIGHT = 280;
const MIN_HEIGHT = 96;

/**
 * Floating UI steps for the "@" menu, in place of the plugin's own flip (which knows only the
 * window): below the caret if it fits in the visible area, else above; slid sideways into the
 * window; and never taller than the side it ended up on, so its list scrolls instead of hiding.
 */
export function mentionMenuMiddleware(): Middleware[] {
  const bounds = () => ({ rootBoundary: visibleArea(), padding: GAP });
  return [
    // Keeps the menu's left edge at the caret when it flips; shift handles the right edge.
    flip(() => ({ ...bounds(), flipAlignment: false })),
    shift(() => ({ ...bounds(), crossAxis: false })),
    size(() => ({
      ...bounds(),
      apply: ({ availableHeight, elements }) => {
        // Preact fills the menu after it is mounted: a height chosen while it is empty would stick.
        if (elements.floating.childElementCount === 0) return;
        const height = Math.max(Math.min(MAX_HEIGHT, availableHeight), MIN_HEIGHT);
        elements.floating.style.setProperty("--mention-menu-max-height", `${Math.floor(height)}px`);
      },
    })),
  ];
}
