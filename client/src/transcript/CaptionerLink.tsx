import { useState } from "react";
import { transcriptApi } from "./transcript-api";

/**
 * The chair's captioner access: a token that can only post live cues to this meeting (it reads
 * nothing). Shown once when issued, never put in a link; issuing again replaces it.
 */
export function CaptionerLink({ meetingId, active, onChanged }: { meetingId: string; active: boolean; onChanged(): void }) {
  const [issued, setIssued] = useState<{ token: string; endpoint: string }>();
  const [error, setError] = useState<string>();
  const act = (work: () => Promise<void>) => work().then(onChanged, (failure: Error) => setError(failure.message));
  const endpoint = issued && `${window.location.origin}${issued.endpoint}`;
  return (
    <details className="transcript-captioner">
      <summary>Live captions {active ? "(captioner connected)" : ""}</summary>
      <p className="muted">A captioning service or a script posts cues during the call; they appear here for every note-taker.</p>
      <div className="transcript-actions">
        <button type="button" onClick={() => act(async () => setIssued(await transcriptApi.issueCaptioner(meetingId)))}>{active ? "New captioner token" : "Captioner token"}</button>
        {active && <button type="button" onClick={() => act(async () => { await transcriptApi.revokeCaptioner(meetingId); setIssued(undefined); })}>Revoke</button>}
      </div>
      {issued && (
        <div className="transcript-token">
          <label>Endpoint <input readOnly value={endpoint} onFocus={(event) => event.target.select()} /></label>
          <label>Token (send as <code>Authorization: Bearer …</code>) <input readOnly value={issued.token} onFocus={(event) => event.target.select()} /></label>
          <p className="muted">Body: <code>{`{"cues":[{"speaker":"Name","text":"…"}]}`}</code>. The token can post cues only; issuing a new one stops this one.</p>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </details>
  );
}
