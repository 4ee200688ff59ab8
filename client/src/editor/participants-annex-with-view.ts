import { ReactNodeViewRenderer } from "@tiptap/react";
import { ParticipantsAnnex } from "@rapporteur/shared";
import { ParticipantsAnnexView } from "./ParticipantsAnnexView";

/** The participants annex showing the live list inside the editor. */
export const ParticipantsAnnexWithView = ParticipantsAnnex.extend({
  addNodeView: () => ReactNodeViewRenderer(ParticipantsAnnexView),
});
