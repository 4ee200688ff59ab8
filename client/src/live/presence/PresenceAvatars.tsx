import type { Editor } from "@tiptap/core";
import type { WebsocketProvider } from "y-websocket";
import { ROLE_LABELS, type Role } from "@rapporteur/shared";
import { usePresence, type PresentPerson } from "./use-presence";
import { usePublishPresence } from "./use-publish-presence";
import "./presence.css";

/** More than this and the rest are counted in one "+n" chip, so the header keeps its size. */
const MAX_SHOWN = 6;

interface PresenceAvatarsProps {
  provider: WebsocketProvider;
  editor: Editor | null;
  role: Role;
}

/**
 * Everyone connected to the meeting, as initials in their caret colour. It also publishes this
 * person's own presence (role, section), since it is mounted for as long as the meeting is open.
 */
export function PresenceAvatars({ provider, editor, role }: PresenceAvatarsProps) {
  usePublishPresence(provider.awareness, editor, role);
  const people = usePresence(provider.awareness);
  const shown = people.slice(0, MAX_SHOWN);
  const hidden = people.slice(MAX_SHOWN);
  return (
    <ul className="presence-avatars" aria-label={`People in this meeting (${people.length})`}>
      {shown.map((person) => (
        <li key={person.clientId}>
          <span className="avatar" role="img" aria-label={describePerson(person)} title={describePerson(person)}
            style={{ background: person.color, color: readableTextOn(person.color) }}>
            {initialsOf(person.name)}
          </span>
        </li>
      ))}
      {hidden.length > 0 && (
        <li>
          <span className="avatar more" role="img" aria-label={`Also here: ${hidden.map(describePerson).join("; ")}`} title={hidden.map(describePerson).join("\n")}>
            +{hidden.length}
          </span>
        </li>
      )}
    </ul>
  );
}

function describePerson(person: PresentPerson): string {
  const role = person.role ? `, ${ROLE_LABELS[person.role]}` : "";
  return `${person.name}${role}${person.self ? " (you)" : ""}`;
}

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!].map((word) => [...word][0]) : [...(words[0] ?? "?")].slice(0, 2);
  return letters.join("").toUpperCase();
}

/** Dark initials on light colours, white on dark ones (the colours are any valid hex a client sent). */
function readableTextOn(hex: string): string {
  const digits = hex.slice(1);
  const full = digits.length < 6 ? [...digits.slice(0, 3)].map((digit) => digit + digit).join("") : digits.slice(0, 6);
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16) / 255);
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.55 ? "#1d2330" : "#ffffff";
}
