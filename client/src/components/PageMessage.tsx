import type { ReactNode } from "react";

/** A whole page that only says why there is nothing to show, with a way back. */
export function PageMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="narrow">
      <h1>{title}</h1>
      <p>{children}</p>
      <p><a href="/">Back to the meetings</a></p>
    </main>
  );
}
