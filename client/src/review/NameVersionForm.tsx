import { useState, type FormEvent } from "react";
import { meetingsApi } from "../api/meetings-api";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { useApiAction } from "./use-api-action";

/** Keeps the current text as a version with a name people will recognise later. */
export function NameVersionForm({ meetingId, onNamed }: { meetingId: string; onNamed: () => void }) {
  const [name, setName] = useState("");
  const { busy, error, run } = useApiAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    if (await run(() => meetingsApi.nameVersion(meetingId, name.trim()))) {
      setName("");
      onNamed();
    }
  };
  return (
    <form className="name-version" onSubmit={(event) => void submit(event)}>
      <label htmlFor="version-name">Name this version</label>
      <div className="row">
        <input id="version-name" value={name} maxLength={200} placeholder="e.g. Sent to the WG list" onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={busy || !name.trim()}>Save</button>
      </div>
      <ApiErrorAlert error={error} />
    </form>
  );
}
