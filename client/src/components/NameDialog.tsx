import { useState, type FormEvent } from "react";
import { useFocusOnMount } from "./use-focus-on-mount";

/** Asks once for the name shown on this person's caret and in the history. */
export function NameDialog({ onDone }: { onDone: (name: string) => void }) {
  const [name, setName] = useState("");
  const input = useFocusOnMount<HTMLInputElement>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onDone(name.trim());
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="name-dialog-title" onSubmit={submit}>
        <h2 id="name-dialog-title">Your name</h2>
        <p>Other note-takers see it next to your cursor. It is remembered on this device.</p>
        <label htmlFor="user-name">Name</label>
        <input id="user-name" ref={input} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>Continue</button>
        </div>
      </form>
    </div>
  );
}
