import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { generateHTML } from "@tiptap/core";
import { minutesExtensions, type JsonNode, type LiveParticipant, type VersionInfo } from "@rapporteur/shared";
import { meetingKeys } from "../api/meeting-queries";
import { meetingsApi } from "../api/meetings-api";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { formatUtc } from "./format-utc";
import { VersionDialog } from "./VersionDialog";

interface LoadedVersion {
  version: VersionInfo;
  body: JsonNode;
  participants: LiveParticipant[];
}

/** One version, read-only, rendered with the same schema as the editor. */
export function VersionViewer({ meetingId, version, onClose }: { meetingId: string; version: number; onClose: () => void }) {
  const { data: loaded, error } = useQuery({
    queryKey: meetingKeys.version(meetingId, version),
    queryFn: (): Promise<LoadedVersion> => meetingsApi.version(meetingId, version),
    // A kept version never changes.
    staleTime: Infinity,
  });
  // The HTML comes from ProseMirror's serializer over the shared schema: text is escaped and links are filtered by it.
  const html = useMemo(() => (loaded ? generateHTML(loaded.body, minutesExtensions) : ""), [loaded]);
  const title = loaded ? `Version ${version}: ${loaded.version.name} (read-only)` : `Version ${version} (read-only)`;
  return (
    <VersionDialog title={title} onClose={onClose}>
      <ApiErrorAlert error={error} />
      {!loaded && !error && <p className="muted">Loading…</p>}
      {loaded && (
        <>
          <p className="muted">Kept by {loaded.version.createdBy}, {formatUtc(loaded.version.createdAt)} · SHA-256 {loaded.version.sha256.slice(0, 12)}</p>
          <div className="report version-text" aria-label={`Text of version ${version}`} dangerouslySetInnerHTML={{ __html: html }} />
          <h3>Participants</h3>
          <ul className="version-participants">
            {loaded.participants.map((person) => <li key={person.id}>{person.name}{person.affiliation ? `, ${person.affiliation}` : ""}</li>)}
          </ul>
        </>
      )}
    </VersionDialog>
  );
}
