import { useModalDialog } from "../../components/use-modal-dialog";
import { SHORTCUT_LIST } from "./shortcut-list";
import "./shortcuts.css";

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

/** The keyboard help sheet, as a modal dialog (Esc or the button closes it). */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="shortcuts-help" aria-labelledby="shortcuts-title" onClose={onClose}>
      <div className="shortcuts-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" aria-label="Close keyboard shortcuts" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div className="shortcuts-groups">
        {SHORTCUT_LIST.map(({ group, items }) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {items.map(({ keys, does }) => (
                <div key={does} className="shortcut">
                  <dt>{keys.map((key, index) => <kbd key={index}>{key === "Mod" ? MOD : key}</kbd>)}</dt>
                  <dd>{does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
