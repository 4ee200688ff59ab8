import { useState } from "react";
import type { DiffPart, VersionInfo } from "@rapporteur/shared";
import { useMutation } from "@tanstack/react-query";
import { meetingsApi } from "../api/meetings-api";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { DiffView } from "./DiffView";
import { VersionDialog } from "./VersionDialog";

/** Choose two versions and see what changed from one to the other. */
export function VersionCompare({ meetingId, versions }: { meetingId: string; versions: VersionInfo[] }) {
  const newest = versions.at(-1)?.version;
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const [shown, setShown] = useState<{ from: number; to: number; parts: DiffPart[] }>();
  const comparison = useMutation({
    mutationFn: async (pair: { from: number; to: number }) => ({ ...pair, parts: (await meetingsApi.diff(meetingId, pair.from, pair.to)).parts }),
    onSuccess: setShown,
  });
  const { isPending: busy, error } = comparison;
  if (versions.length < 2 || newest === undefined) return <p className="muted">Two versions are needed to compare.</p>;
  const chosenFrom = from ?? versions.at(-2)!.version;
  const chosenTo = to ?? newest;
  const compare = () => comparison.mutate({ from: chosenFrom, to: chosenTo });
  const options = [...versions].reverse().map((info) => <option key={info.version} value={info.version}>v{info.version} {info.name}</option>);
  return (
    <div className="version-compare">
      <div className="compare-fields">
        <label>From <select aria-label="Compare from version" value={chosenFrom} onChange={(event) => setFrom(Number(event.target.value))}>{options}</select></label>
        <label>To <select aria-label="Compare to version" value={chosenTo} onChange={(event) => setTo(Number(event.target.value))}>{options}</select></label>
      </div>
      <button type="button" disabled={busy || chosenFrom === chosenTo} onClick={compare}>Compare</button>
      <ApiErrorAlert error={error} />
      {shown && (
        <VersionDialog title={`Changes from version ${shown.from} to version ${shown.to}`} onClose={() => setShown(undefined)}>
          <DiffView parts={shown.parts} />
        </VersionDialog>
      )}
    </div>
  );
}
