import { useState, type FormEvent } from "react";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingMutation } from "../api/use-meeting-mutation";
import { ApiErrorAlert } from "./ApiErrorAlert";

/** Keeps the current text as a version with a name people will recognise later. */
export function NameVersionForm({ meetingId }: { meetingId: string }) {
  const [name, setName] = useState("");
  const naming = useMeetingMutation(meetingId, (chosen: string) => meetingsApi.nameVersion(meetingId, chosen));
  const { isPending: busy, error } = naming;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    naming.mutate(name.trim(), { onSuccess: () => setName("") });
  };
  return (
    <form className="name-version" onSubmit={submit}>
      <label htmlFor="version-name">Name this version</label>
      <div className="row">
        <input id="version-name" value={name} maxLength={200} placeholder="e.g. Sent to the WG list" onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={busy || !name.trim()}>Save</button>
      </div>
      <ApiErrorAlert error={error} />
    </form>
  );
}
