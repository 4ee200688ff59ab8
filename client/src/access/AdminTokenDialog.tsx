import { useEffect, useState, type FormEvent } from "react";
import { useModalDialog } from "../components/use-modal-dialog";
import { forgetAdminToken, onAdminTokenRequired, readAdminToken, saveAdminToken } from "./admin-token";

/**
 * When the server has an ADMIN_TOKEN, creating meetings, importing and managing templates and
 * series need it: the secretariat enters it once per browser, here, when a request is refused.
 */
export function AdminTokenDialog() {
  const [open, setOpen] = useState(false);
  const [refused, setRefused] = useState(false);

  useEffect(() => onAdminTokenRequired(() => {
    // A stored token that was refused is wrong (or the server's changed): forget it and say so.
    // Several requests may be refused at once: the first one already forgot the token.
    const held = readAdminToken() !== undefined;
    setRefused((already) => already || held);
    forgetAdminToken();
    setOpen(true);
  }), []);

  return open ? <TokenForm refused={refused} onClose={() => setOpen(false)} /> : null;
}

function TokenForm({ refused, onClose }: { refused: boolean; onClose: () => void }) {
  const dialog = useModalDialog();
  const [token, setToken] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveAdminToken(token.trim());
    window.location.reload();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="admin-token-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="admin-token-title">Administrator token</h2>
        <p>This server lets only its secretariat create meetings, import past summaries and manage templates and series. Enter the administrator token it was given.</p>
        {refused && <p className="field-error" role="alert">The token this browser held was not accepted.</p>}
        <label>Administrator token<input type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} autoFocus /></label>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>Cancel</button>
          <button type="submit" className="primary" disabled={!token.trim()}>Use this token</button>
        </div>
      </form>
    </dialog>
  );
}
