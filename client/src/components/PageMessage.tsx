import type { ReactNode } from "react";
import { Link } from "wouter";

/** A whole page that only says why there is nothing to show, with a way back. */
export function PageMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="narrow">
      <h1>{title}</h1>
      <p>{children}</p>
      <p><Link href="/">Back to the meetings</Link></p>
    </main>
  );
}
