import type * as Y from "yjs";
import { useBodyJson } from "../actions/use-body-json";
import { countMentionsBySection } from "./count-mentions-by-section";
import "./mentions.css";

/** Who was mentioned under each agenda item, and how often (live). */
export function SpeakersPanel({ doc }: { doc: Y.Doc }) {
  const sections = countMentionsBySection(useBodyJson(doc));
  const mentioned = sections.filter((section) => section.speakers.length > 0);
  return (
    <section className="panel" aria-labelledby="speakers-title">
      <h2 id="speakers-title">Speakers by agenda item</h2>
      {mentioned.length === 0 ? (
        <p className="muted">No one is mentioned yet. Type @ in the report, or start a paragraph with a name and a colon.</p>
      ) : (
        <ul className="speakers">
          {mentioned.map((section) => (
            <li key={section.agendaItemId}>
              <h3>{section.title || "Untitled agenda item"}</h3>
              <ol aria-label={`Mentioned under ${section.title}`}>
                {[...section.speakers].sort((a, b) => b.count - a.count).map((speaker) => (
                  <li key={speaker.id}>
                    <span>{speaker.name}</span>
                    <span className="muted" aria-label={`${speaker.count} mentions`}>×{speaker.count}</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
