import type { Editor } from "@tiptap/core";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import type { Meeting, Role } from "@rapporteur/shared";

/** What every side panel of the meeting page gets: the live document, the editor, who you are. */
export interface PanelContext {
  meetingId: string;
  meeting: Meeting | undefined;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The editor once it exists (panels that jump to a place in the text use it). */
  editor: Editor | null;
  role: Role;
  user: { name: string; color: string };
  /** The user may change the document now (not a viewer, not locked, connected). */
  editable: boolean;
}

export interface MeetingPanel {
  id: string;
  title: string;
  /** Whether this panel is offered to this user at all. */
  visible?: (context: PanelContext) => boolean;
  render: (context: PanelContext) => React.ReactNode;
}
