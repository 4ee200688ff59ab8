import { useState } from "react";
import type { VersionInfo } from "@rapporteur/shared";
import { describeVersionReason } from "./describe-version";
import { formatUtc } from "./format-utc";

interface VersionListProps {
  versions: VersionInfo[];
  /** Restore is offered (a note-taker or the chair, and the summary not approved). */
  canRestore: boolean;
  busy: boolean;
  onView: (version: number) => void;
  onRestore: (version: number) => void;
}

/** Every kept version, newest first, each with View and (for note-takers) Restore behind a confirm step. */
export function VersionList({ versions, canRestore, busy, onView, onRestore }: VersionListProps) {
  const [confirming, setConfirming] = useState<number>();
  return (
    <ol className="version-list" aria-label="Versions" reversed>
      {[...versions].reverse().map((info) => (
        <li key={info.version} data-version={info.version}>
          <div className="version-title">
            <strong>v{info.version}</strong> {info.name}
            {info.reason === "named" && <span className="version-reason"> · {describeVersionReason(info.reason)}</span>}
          </div>
          <div className="version-meta">{info.createdBy} · {formatUtc(info.createdAt)}</div>
          {confirming === info.version ? (
            <div className="review-step confirm" role="group" aria-label={`Confirm restoring version ${info.version}`}>
              <p>Make the document say what version {info.version} says? This is a new change for everyone; no version is deleted.</p>
              <div className="review-buttons">
                <button type="button" className="primary" disabled={busy} onClick={() => { setConfirming(undefined); onRestore(info.version); }}>Restore version {info.version}</button>
                <button type="button" onClick={() => setConfirming(undefined)}>Cancel</button>
              </div>
            </div>
          ) : (
            <div className="version-buttons">
              <button type="button" aria-label={`View version ${info.version}`} onClick={() => onView(info.version)}>View</button>
              {canRestore && (
                <button type="button" aria-label={`Restore version ${info.version}…`} disabled={busy} onClick={() => setConfirming(info.version)}>Restore…</button>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
