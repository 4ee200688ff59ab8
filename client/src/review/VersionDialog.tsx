import { useEffect, useRef, type ReactNode } from "react";

/** A wide modal dialog for reading a version or a comparison; Esc or Close ends it. */
export function VersionDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
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
