import { ReactRenderer } from "@tiptap/react";
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from "@tiptap/suggestion";
import type { LiveParticipant } from "@rapporteur/shared";
import { MentionList, type MentionListProps } from "./MentionList";

type MentionAttrs = { id: string; label: string };
type MenuProps = SuggestionProps<LiveParticipant, MentionAttrs>;

/** Shows the "@" menu beside the caret and drives it with arrows, Enter and Tab. */
export const renderMentionMenu: NonNullable<SuggestionOptions<LiveParticipant, MentionAttrs>["render"]> = () => {
  let renderer: ReactRenderer<unknown, MentionListProps> | undefined;
  let unmount: (() => void) | undefined;
  let current: MenuProps | undefined;
  let selected = 0;

  const pick = (participant: LiveParticipant | undefined) => {
    if (participant) current?.command({ id: participant.id, label: participant.name });
  };
  const show = () => renderer?.updateProps({ items: current?.items ?? [], selected, onPick: pick });
  const move = (step: number) => {
    const count = current?.items.length ?? 0;
    if (count === 0) return;
    selected = (selected + step + count) % count;
    show();
  };

  return {
    onStart: (props) => {
      current = props;
      selected = 0;
      renderer = new ReactRenderer(MentionList, { editor: props.editor, props: { items: props.items, selected, onPick: pick } });
      unmount = props.mount(renderer.element as HTMLElement);
    },
    onUpdate: (props) => {
      current = props;
      selected = Math.min(selected, Math.max(props.items.length - 1, 0));
      show();
    },
    onKeyDown: ({ event }: SuggestionKeyDownProps) => {
      if (!current || current.items.length === 0) return false;
      if (event.key === "ArrowDown") move(1);
      else if (event.key === "ArrowUp") move(-1);
      else if (event.key === "Enter" || event.key === "Tab") pick(current.items[selected]);
      else return false;
      return true;
    },
    onExit: () => {
      unmount?.();
      renderer?.destroy();
      renderer = undefined;
      unmount = undefined;
      current = undefined;
    },
  };
};
