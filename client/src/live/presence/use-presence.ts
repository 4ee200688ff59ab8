import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_FIELD, PresenceStateSchema, type Role } from "@rapporteur/shared";

/** One connected person (one browser tab), as their awareness state says. */
export interface PresentPerson {
  clientId: number;
  name: string;
  color: string;
  role: Role | undefined;
  agendaItemId: string | null;
  self: boolean;
}

/** Everyone connected to the meeting, this tab first, live; invalid states are left out. */
export function usePresence(awareness: Awareness): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>(() => readPresence(awareness));
  useEffect(() => {
    // Every caret move of anyone is an awareness change: re-render only when what is shown changed.
    let last = "";
    const read = () => {
      const next = readPresence(awareness);
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setPeople(next);
    };
    read();
    awareness.on("change", read);
    return () => awareness.off("change", read);
  }, [awareness]);
  return people;
}

function readPresence(awareness: Awareness): PresentPerson[] {
  const people: PresentPerson[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const parsed = PresenceStateSchema.safeParse(state);
    if (!parsed.success) return;
    const fields = parsed.data[PRESENCE_FIELD];
    people.push({
      clientId,
      name: parsed.data.user.name,
      color: parsed.data.user.color,
      role: fields?.role,
      agendaItemId: fields?.agendaItemId ?? null,
      self: clientId === awareness.clientID,
    });
  });
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}
