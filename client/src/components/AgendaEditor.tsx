import type { AgendaItemInput } from "@rapporteur/shared";

interface AgendaEditorProps {
  items: AgendaItemInput[];
  onChange: (items: AgendaItemInput[]) => void;
}

const move = <T,>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** Agenda items with sub-items: add, remove, reorder, all with buttons that say what they do. */
export function AgendaEditor({ items, onChange }: AgendaEditorProps) {
  const update = (index: number, item: AgendaItemInput) => onChange(items.map((current, i) => (i === index ? item : current)));
  return (
    <ol className="agenda-editor">
      {items.map((item, index) => (
        <li key={index}>
          <div className="row">
            <input aria-label={`Agenda item ${index + 1}`} value={item.title} placeholder="Agenda item" onChange={(event) => update(index, { ...item, title: event.target.value })} />
            <button type="button" aria-label={`Move item ${index + 1} up`} onClick={() => onChange(move(items, index, index - 1))}>↑</button>
            <button type="button" aria-label={`Move item ${index + 1} down`} onClick={() => onChange(move(items, index, index + 1))}>↓</button>
            <button type="button" aria-label={`Add a sub-item to item ${index + 1}`} onClick={() => update(index, { ...item, children: [...(item.children ?? []), { title: "" }] })}>+ sub-item</button>
            <button type="button" aria-label={`Remove item ${index + 1}`} onClick={() => onChange(items.filter((_, i) => i !== index))}>Remove</button>
          </div>
          {(item.children ?? []).length > 0 && (
            <ul>
              {(item.children ?? []).map((child, childIndex) => (
                <li key={childIndex} className="row">
                  <input
                    aria-label={`Sub-item ${childIndex + 1} of item ${index + 1}`}
                    value={child.title}
                    onChange={(event) => update(index, { ...item, children: (item.children ?? []).map((c, i) => (i === childIndex ? { title: event.target.value } : c)) })}
                  />
                  <button type="button" aria-label={`Remove sub-item ${childIndex + 1} of item ${index + 1}`} onClick={() => update(index, { ...item, children: (item.children ?? []).filter((_, i) => i !== childIndex) })}>Remove</button>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
      <li className="add"><button type="button" onClick={() => onChange([...items, { title: "" }])}>+ Add agenda item</button></li>
    </ol>
  );
}
