import { useEffect, useRef, useState } from "react";

/** How long "Copied" stays before the button reads "Copy" again. */
const CONFIRMATION_MS = 4000;

type CopyState = "idle" | "copied" | "manual";

/**
 * Copies one invitation link. The link itself is not shown (a screenshot would hand out the
 * role); when the clipboard is refused it is shown selected, to copy by hand.
 */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<number | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (state === "manual") field.current?.select();
  }, [state]);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(link);
      setState("copied");
      timer.current = window.setTimeout(() => setState("idle"), CONFIRMATION_MS);
    } catch {
      setState("manual");
    }
  };

  return (
    <div className="share-copy">
      <button type="button" className={state === "copied" ? "share-copied" : undefined} aria-label={`Copy the ${label} link`} onClick={() => void copy()}>
        {state === "copied" ? "✓ Copied" : "Copy"}
      </button>
      <span className="share-copy-status" role="status" aria-live="polite">
        {state === "copied" ? `${label} link copied` : ""}
      </span>
      {state === "manual" && (
        <label className="share-manual">
          The browser did not allow copying; press Ctrl+C (⌘C) to copy the {label} link
          <input ref={field} readOnly value={link} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
