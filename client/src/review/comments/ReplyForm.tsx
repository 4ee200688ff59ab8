import { useState } from "react";

/** A one-field form under a comment; clears itself after sending. */
export function ReplyForm({ label, onReply }: { label: string; onReply: (text: string) => void }) {
  const [text, setText] = useState("");
  return (
    <form
      className="reply-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        onReply(text.trim());
        setText("");
      }}
    >
      <textarea aria-label={label} rows={1} value={text} placeholder="Reply…" onChange={(event) => setText(event.target.value)} />
      <button type="submit" disabled={!text.trim()}>Reply</button>
    </form>
  );
}
