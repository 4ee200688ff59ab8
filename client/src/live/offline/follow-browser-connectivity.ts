import { Extension, type AnyExtension } from "@tiptap/core";
import type { EditorFeatureContext } from "../../editor/feature-extensions";

/**
 * When the laptop loses its network the socket can stay half-open for half a minute, and the
 * status would still say "Saved". The browser knows at once: drop the socket on "offline"
 * (the text stays in IndexedDB) and reconnect on "online" instead of waiting for a back-off.
 */
export function followBrowserConnectivity({ provider }: EditorFeatureContext): AnyExtension {
  let droppedByUs = false;
  const goOffline = () => {
    if (!provider.shouldConnect) return;
    droppedByUs = true;
    provider.disconnect();
  };
  const goOnline = () => {
    if (!droppedByUs && !provider.shouldConnect) return;
    droppedByUs = false;
    provider.connect();
  };
  return Extension.create({
    name: "followBrowserConnectivity",
    onCreate() {
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
    },
    onDestroy() {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
    },
  });
}
