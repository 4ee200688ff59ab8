import { formatItemTimes } from "@rapporteur/shared";
import { serverNow } from "../../api/server-clock";
import type { PanelContext } from "../../panels/panel-context";
import { usePresence, type PresentPerson } from "../presence/use-presence";
import { jumpToSection } from "./jump-to-section";
import type { AgendaHeading } from "./list-agenda-headings";
import { markNowDiscussing } from "./mark-now-discussing";
import { useAgendaHeadings } from "./use-agenda-headings";
import { useSessionState } from "./use-session-state";
import "./outline.css";

/**
 * The agenda as the report's headings: who is writing where (a dot per person), the item under
 * discussion, when each item was discussed; a click jumps there, "Discuss now" marks an item.
 */
export function OutlinePanel({ context }: { context: PanelContext }) {
  const { doc, editor, editable } = context;
  const headings = useAgendaHeadings(editor);
  const people = usePresence(context.provider.awareness);
  const { nowDiscussing, itemTimes } = useSessionState(doc);
  const topLevel = Math.min(...headings.map((heading) => heading.level));
  const known = new Set(headings.map((heading) => heading.agendaItemId));
  const elsewhere = people.filter((person) => !person.agendaItemId || !known.has(person.agendaItemId));
  return (
    <section className="panel outline-panel" aria-labelledby="outline-title">
      <h2 id="outline-title">Agenda outline</h2>
      {headings.length === 0 ? (
        <p className="muted">The report has no agenda headings.</p>
      ) : (
        <ol className="outline" aria-label="Agenda outline">
          {headings.map((heading) => (
            <OutlineItem key={heading.agendaItemId} heading={heading} indent={heading.level - topLevel}
              people={people.filter((person) => person.agendaItemId === heading.agendaItemId)}
              current={heading.agendaItemId === nowDiscussing} times={formatItemTimes(itemTimes[heading.agendaItemId])}
              onJump={editor ? () => jumpToSection(editor, heading.agendaItemId) : undefined}
              onDiscuss={editable ? (on) => markNowDiscussing(doc, on ? heading.agendaItemId : null, serverNow()) : undefined} />
          ))}
        </ol>
      )}
      {elsewhere.length > 0 && (
        <p className="outline-elsewhere">Not in an agenda item: <PersonDots people={elsewhere} /></p>
      )}
    </section>
  );
}

interface OutlineItemProps {
  heading: AgendaHeading;
  indent: number;
  people: PresentPerson[];
  current: boolean;
  times: string | null;
  onJump: (() => void) | undefined;
  onDiscuss: ((on: boolean) => void) | undefined;
}

function OutlineItem({ heading, indent, people, current, times, onJump, onDiscuss }: OutlineItemProps) {
  const title = heading.title || "Untitled agenda item";
  return (
    <li className={current ? "now" : undefined} aria-current={current ? "true" : undefined} style={{ marginLeft: `${indent}rem` }}>
      <div className="outline-row">
        <button type="button" className="outline-jump" aria-label={`Go to ${title}`} disabled={!onJump} onClick={onJump}>{title}</button>
        <PersonDots people={people} />
      </div>
      {(times || current || onDiscuss) && (
        <div className="outline-meta">
          {current && <span className="outline-now">Now discussing</span>}
          {times && <span className="outline-times" aria-label={`Discussed ${times}`}>{times}</span>}
          {onDiscuss && (current
            ? <button type="button" className="outline-discuss" aria-label={`Stop discussing ${title}`} onClick={() => onDiscuss(false)}>Stop</button>
            : <button type="button" className="outline-discuss" aria-label={`Discuss ${title} now`} onClick={() => onDiscuss(true)}>Discuss now</button>)}
        </div>
      )}
    </li>
  );
}

function PersonDots({ people }: { people: PresentPerson[] }) {
  return (
    <span className="outline-dots">
      {people.map((person) => (
        <span key={person.clientId} className={person.self ? "outline-dot self" : "outline-dot"} role="img" style={{ background: person.color }}
          aria-label={`${person.name}${person.self ? " (you)" : ""} is here`} title={`${person.name}${person.self ? " (you)" : ""} is here`} />
      ))}
    </span>
  );
}
