import type { ReactNode } from "react";
import { useModalDialog } from "../components/use-modal-dialog";

/** A wide modal dialog for reading a version or a comparison; Esc or Close ends it. */
export function VersionDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="version-dialog" aria-labelledby="version-dialog-title" onClose={onClose}>
      <div className="version-dialog-head">
        <h2 id="version-dialog-title">{title}</h2>
        <button type="button" aria-label="Close" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div className="version-dialog-body">{children}</div>
    </dialog>
  );
}
