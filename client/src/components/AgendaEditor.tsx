import type { AgendaItemInput } from "@rapporteur/shared";
import { FieldError } from "./FieldError";

interface AgendaEditorProps {
  items: AgendaItemInput[];
  onChange: (items: AgendaItemInput[]) => void;
  /** Error messages by path ("agenda.0.title", "agenda.0.children.1.title"). */
  errors: Record<string, string>;
}

const move = <T,>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** Agenda items with sub-items: add, remove, reorder, all with buttons that say what they do. */
export function AgendaEditor({ items, onChange, errors }: AgendaEditorProps) {
  const update = (index: number, item: AgendaItemInput) => onChange(items.map((current, i) => (i === index ? item : current)));
  const setChildren = (index: number, children: Array<{ title: string }>) => update(index, { ...items[index]!, children });
  return (
    <ol className="agenda-editor">
      {items.map((item, index) => {
        const n = index + 1;
        const children = item.children ?? [];
        return (
          <li key={index}>
            <div className="row">
              <input aria-label={`Agenda item ${n}`} value={item.title} placeholder="Agenda item" onChange={(event) => update(index, { ...item, title: event.target.value })} />
              <button type="button" aria-label={`Move item ${n} up`} disabled={index === 0} onClick={() => onChange(move(items, index, index - 1))}>↑</button>
              <button type="button" aria-label={`Move item ${n} down`} disabled={index === items.length - 1} onClick={() => onChange(move(items, index, index + 1))}>↓</button>
              <button type="button" aria-label={`Add a sub-item to item ${n}`} onClick={() => setChildren(index, [...children, { title: "" }])}>+ Sub-item</button>
              <button type="button" aria-label={`Remove item ${n}`} onClick={() => onChange(items.filter((_, i) => i !== index))}>Remove</button>
            </div>
            <FieldError message={errors[`agenda.${index}.title`]} />
            {children.length > 0 && (
              <ol className="agenda-children">
                {children.map((child, childIndex) => (
                  <li key={childIndex}>
                    <div className="row">
                      <input
                        aria-label={`Sub-item ${childIndex + 1} of item ${n}`}
                        value={child.title}
                        placeholder="Sub-item"
                        onChange={(event) => setChildren(index, children.map((c, i) => (i === childIndex ? { ...c, title: event.target.value } : c)))}
                      />
                      <button type="button" aria-label={`Move sub-item ${childIndex + 1} of item ${n} up`} disabled={childIndex === 0} onClick={() => setChildren(index, move(children, childIndex, childIndex - 1))}>↑</button>
                      <button type="button" aria-label={`Move sub-item ${childIndex + 1} of item ${n} down`} disabled={childIndex === children.length - 1} onClick={() => setChildren(index, move(children, childIndex, childIndex + 1))}>↓</button>
                      <button type="button" aria-label={`Remove sub-item ${childIndex + 1} of item ${n}`} onClick={() => setChildren(index, children.filter((_, i) => i !== childIndex))}>Remove</button>
                    </div>
                    <FieldError message={errors[`agenda.${index}.children.${childIndex}.title`]} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        );
      })}
      <li className="add"><button type="button" onClick={() => onChange([...items, { title: "" }])}>+ Add agenda item</button></li>
    </ol>
  );
}
