import { Suspense, useState } from "react";
import { MEETING_PANELS } from "./meeting-panels";
import type { PanelContext } from "./panel-context";

/** The meeting page's side panels as tabs (keyboard: arrow keys move between tabs). */
export function SidePanels({ context }: { context: PanelContext }) {
  const panels = MEETING_PANELS.filter((panel) => panel.visible?.(context) ?? true);
  const [selected, setSelected] = useState(panels[0]?.id);
  // On a narrow screen the panels are a bottom sheet, open once a tab is chosen (CSS ignores this on a laptop).
  const [open, setOpen] = useState(false);
  const current = panels.find((panel) => panel.id === selected) ?? panels[0];
  // WAI-ARIA tabs: arrow keys, Home and End select a tab and move the focus to it.
  const select = (index: number, tabs: HTMLElement) => {
    const next = panels[(index + panels.length) % panels.length];
    if (!next) return;
    setSelected(next.id);
    setOpen(true);
    tabs.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const index = panels.findIndex((panel) => panel.id === current?.id);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: panels.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target, event.currentTarget);
  };
  // data-pinned-bottom: on a phone the tab bar covers the bottom of the screen, and popups keep above it (components/visible-area.ts).
  return (
    <aside className={open ? "side open" : "side"} aria-label="Meeting tools" data-pinned-bottom="">
      <div className="side-bar">
        {panels.length > 1 && (
          <div className="tabs" role="tablist" aria-label="Meeting tools" onKeyDown={onKeyDown}>
            {panels.map((panel) => (
              <button key={panel.id} type="button" role="tab" id={`tab-${panel.id}`} aria-selected={panel.id === current?.id} aria-controls={`panel-${panel.id}`}
                tabIndex={panel.id === current?.id ? 0 : -1} onClick={() => { setSelected(panel.id); setOpen(true); }}>
                {panel.title}
              </button>
            ))}
          </div>
        )}
        <button type="button" className="sheet-close" aria-label="Close the panel" onClick={() => setOpen(false)}>×</button>
      </div>
      {current && (
        <div role="tabpanel" tabIndex={0} id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          <Suspense fallback={<p className="muted">Loading…</p>}>{current.render(context)}</Suspense>
        </div>
      )}
    </aside>
  );
}
