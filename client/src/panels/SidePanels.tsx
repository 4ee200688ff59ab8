import { useState } from "react";
import { MEETING_PANELS } from "./meeting-panels";
import type { PanelContext } from "./panel-context";

/** The meeting page's side panels as tabs (keyboard: arrow keys move between tabs). */
export function SidePanels({ context }: { context: PanelContext }) {
  const panels = MEETING_PANELS.filter((panel) => panel.visible?.(context) ?? true);
  const [selected, setSelected] = useState(panels[0]?.id);
  const current = panels.find((panel) => panel.id === selected) ?? panels[0];
  const move = (step: number) => {
    const index = panels.findIndex((panel) => panel.id === current?.id);
    setSelected(panels[(index + step + panels.length) % panels.length]?.id);
  };
  return (
    <aside className="side" aria-label="Meeting tools">
      {panels.length > 1 && (
        <div className="tabs" role="tablist" aria-label="Meeting tools" onKeyDown={(event) => {
          if (event.key === "ArrowRight") move(1);
          if (event.key === "ArrowLeft") move(-1);
        }}>
          {panels.map((panel) => (
            <button key={panel.id} type="button" role="tab" id={`tab-${panel.id}`} aria-selected={panel.id === current?.id} aria-controls={`panel-${panel.id}`}
              tabIndex={panel.id === current?.id ? 0 : -1} onClick={() => setSelected(panel.id)}>
              {panel.title}
            </button>
          ))}
        </div>
      )}
      {current && <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>{current.render(context)}</div>}
    </aside>
  );
}
