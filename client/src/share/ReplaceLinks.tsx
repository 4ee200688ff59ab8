import { useEffect, useId, useRef, useState } from "react";
import { ROLE_LABELS, type Role } from "@rapporteur/shared";

const ROLES: Role[] = ["noteTaker", "viewer", "chair"];

/** "the note-taker and viewer links" */
function describeRoles(roles: Role[]): string {
  const names = roles.map((role) => ROLE_LABELS[role].toLowerCase());
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return `the ${list} ${roles.length > 1 ? "links" : "link"}`;
}

/**
 * The chair's way to take back links that reached the wrong people: choose the roles, then
 * confirm, having been told that the old links stop working for everyone who holds them.
 */
export function ReplaceLinks({ busy, error, onReplace }: { busy: boolean; error: string | undefined; onReplace(roles: Role[]): void }) {
  const [roles, setRoles] = useState<Role[]>(["noteTaker", "viewer"]);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const warningId = useId();
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const toggle = (role: Role, on: boolean) => setRoles((current) => ROLES.filter((each) => (each === role ? on : current.includes(each))));

  return (
    <section className="share-replace" aria-labelledby={`${warningId}-title`}>
      <h3 id={`${warningId}-title`}>Replace links</h3>
      <p className="muted">If a link reached someone it should not have, replace it: the old link stops working at once.</p>
      <fieldset className="share-roles" disabled={confirming || busy}>
        <legend>Links to replace</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input type="checkbox" checked={roles.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
            {ROLE_LABELS[role]}{role === "chair" ? " (your own link: this browser keeps the new one)" : ""}
          </label>
        ))}
      </fieldset>
      {!confirming ? (
        <button type="button" disabled={roles.length === 0 || busy} onClick={() => setConfirming(true)}>Replace links…</button>
      ) : (
        <div className="share-confirm" role="group" aria-labelledby={warningId}>
          <p id={warningId}>
            <strong>Replace {describeRoles(roles)}?</strong> The old {roles.length > 1 ? "links stop" : "link stops"} working immediately: anyone who opened
            {roles.length > 1 ? " them" : " it"} is disconnected and needs the new link from you.
          </p>
          <div className="share-confirm-actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>Cancel</button>
            <button ref={confirmButton} type="button" className="danger" disabled={busy} onClick={() => { onReplace(roles); setConfirming(false); }}>
              Replace {roles.length > 1 ? "links" : "link"}
            </button>
          </div>
        </div>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
}
