import { useId, useState } from "react";
import { LIMITS, type Transcript } from "@rapporteur/shared";
import { formatUtc } from "../review/format-utc";
import { transcriptApi } from "./transcript-api";

const FORMAT_NAMES = { vtt: "WebVTT", srt: "SRT", text: "timestamped text" } as const;

/** Upload (or replace) the call's transcript file, remove it, and set when the recording started. */
export function TranscriptFileControls({ meetingId, transcript, onChanged }: { meetingId: string; transcript: Transcript; onChanged(): void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ text: await work(), error: false });
      onChanged();
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };
  const upload = (file: File | undefined) => {
    if (!file) return;
    if (file.size > LIMITS.maxTranscriptChars * 2) return setMessage({ text: `${file.name} is too large for a transcript.`, error: true });
    void run(async () => {
      const result = await transcriptApi.upload(meetingId, await file.text(), file.name);
      return `${file.name}: ${result.segments} segments read (${FORMAT_NAMES[result.format as keyof typeof FORMAT_NAMES] ?? result.format}).`;
    });
  };
  const { file } = transcript;
  return (
    <div className="transcript-file">
      {file ? (
        <p className="muted">
          {file.fileName} · {FORMAT_NAMES[file.format]} · uploaded by {file.uploadedBy}, {formatUtc(file.uploadedAt)}
        </p>
      ) : (
        <p className="muted">{transcript.count > 0 ? "Live captions so far." : "Upload the call’s transcript or caption file: WebVTT (Zoom, Teams, Meet), SRT, or text with “[00:12:31] Name: text” lines."}</p>
      )}
      <div className="transcript-actions">
        <label className="button" htmlFor={inputId}>{file ? "Replace file…" : "Upload transcript…"}</label>
        <input id={inputId} className="visually-hidden" type="file" accept=".vtt,.srt,.txt,text/vtt,text/plain" disabled={busy}
          onChange={(event) => { upload(event.target.files?.[0]); event.target.value = ""; }} />
        {transcript.count > 0 && (
          <button type="button" disabled={busy} onClick={() => window.confirm("Remove the transcript for everyone? The report keeps what was inserted.") && void run(async () => {
            await transcriptApi.remove(meetingId);
            return "The transcript was removed.";
          })}>Remove</button>
        )}
      </div>
      {transcript.count > 0 && <OffsetField meetingId={meetingId} transcript={transcript} onSaved={onChanged} />}
      {message && <p role={message.error ? "alert" : "status"} className={message.error ? "error" : "muted"}>{message.text}</p>}
    </div>
  );
}

/** "The recording started n minutes after the meeting": moves the recorded item times onto the transcript. */
function OffsetField({ meetingId, transcript, onSaved }: { meetingId: string; transcript: Transcript; onSaved(): void }) {
  const [minutes, setMinutes] = useState(String(transcript.settings.offsetMs / 60_000));
  const id = useId();
  const save = async () => {
    const value = Math.round(Number(minutes) * 60_000);
    if (!Number.isFinite(value)) return;
    await transcriptApi.saveSettings(meetingId, { ...transcript.settings, offsetMs: value });
    onSaved();
  };
  return (
    <form className="transcript-offset" onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <label htmlFor={id}>Recording started (minutes after the meeting’s start)</label>
      <input id={id} type="number" step="0.25" value={minutes} onChange={(event) => setMinutes(event.target.value)} />
      <button type="submit">Apply</button>
    </form>
  );
}
