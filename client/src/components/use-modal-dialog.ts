import { useEffect, useRef } from "react";

/** A `<dialog>` shown modally while its component is mounted (Esc closes it, focus stays inside). */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
