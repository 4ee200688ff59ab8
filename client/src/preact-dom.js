/**
 * `react-dom` for the Preact build (vite.config.ts aliases it here): preact/compat, except that
 * `createPortal` keeps React's third argument, the key. Tiptap renders every React node view
 * (action items, the participants annex) as a keyed portal; without the key Preact matches the
 * portals by position, so when a collaborator deletes one node view every later one is rebuilt,
 * losing its open menu and the caret of whoever is typing in it. Plain JavaScript: preact/compat's
 * types cannot be re-exported whole.
 */
import compat, { createPortal as createUnkeyedPortal } from "preact/compat";

export * from "preact/compat";

export function createPortal(children, container, key) {
  const portal = createUnkeyedPortal(children, container);
  if (key !== undefined && key !== null) portal.key = key;
  return portal;
}

export default { ...compat, createPortal };
