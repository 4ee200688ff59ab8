import type { ConnectionStatus } from "./use-collab-session";

/** What the status pill says; "Saved" only when the server confirmed storing every local change. */
export function connectionLabel(
  status: ConnectionStatus,
  unsaved: number,
  closeReason?: string,
): { text: string; tone: "ok" | "busy" | "warn" | "error" } {
  switch (status) {
    case "connected":
      return unsaved === 0 ? { text: "Saved", tone: "ok" } : { text: "Saving…", tone: "busy" };
    case "connecting":
      return { text: "Connecting…", tone: "busy" };
    case "offline":
      return unsaved > 0
        ? { text: `Offline: ${unsaved} ${unsaved === 1 ? "change" : "changes"} not yet on the server`, tone: "warn" }
        : { text: "Offline — reconnecting…", tone: "warn" };
    case "storage-error":
      return { text: "Not saved — server storage unavailable", tone: "error" };
    case "throttled":
      // Said in the user's terms (the server's reason is for logs): nothing is lost, and nothing to do.
      return { text: "You are sending changes too fast: paused for a moment. Your text is kept and saving resumes by itself.", tone: "warn" };
    case "refused":
      return { text: `A change was refused: ${closeReason ?? "the server could not accept it"}`, tone: "warn" };
    case "not-found":
      return { text: "Meeting not found", tone: "error" };
    case "unauthorized":
      return { text: "Link not valid", tone: "error" };
  }
}
