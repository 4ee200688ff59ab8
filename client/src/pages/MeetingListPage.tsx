import { useEffect, useMemo, useState } from "react";
import { Link } from "wouter";
import { formatMeetingDate, formatMeetingTime, type Meeting } from "@rapporteur/shared";
import { requestAdminToken } from "../access/admin-token";
import { listHeldMeetings } from "../access/meeting-access";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { describeStatus } from "../review/describe-status";
import "../setup/setup.css";

/** Meetings grouped by series, newest first, with full-text search across summaries. */
export function MeetingListPage() {
  const [meetings, setMeetings] = useState<Meeting[]>();
  const [query, setQuery] = useState("");
  const [restricted, setRestricted] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const held = useMemo(() => listHeldMeetings(), []);

  useEffect(() => {
    const timer = setTimeout(() => {
      meetingsApi.list(query).then(
        ({ meetings: found }) => {
          setLoadError(undefined);
          setMeetings(found);
        },
        (error: unknown) => {
          // With an admin token configured the full list is closed: show the meetings this browser holds links for.
          if (error instanceof ApiError && error.status === 401) setRestricted(true);
          else setLoadError(error instanceof Error ? error.message : String(error));
          setMeetings([]);
        },
      );
    }, query ? 250 : 0);
    return () => clearTimeout(timer);
  }, [query]);

  const groups = useMemo(() => groupBySeries(meetings ?? []), [meetings]);

  return (
    <main className="narrow">
      <header className="list-header">
        <h1>Rapporteur</h1>
        <nav className="list-actions" aria-label="Set up">
          <Link href="/series">Series</Link>
          <Link href="/templates">Report templates</Link>
          <Link href="/import">Import a past summary</Link>
          <Link href="/new" className="button primary">New meeting</Link>
        </nav>
      </header>
      <input type="search" className="search" aria-label="Search all summaries" placeholder="Search titles and summaries…" value={query} onChange={(event) => setQuery(event.target.value)} />
      {restricted && (
        <p className="muted">
          This server lists only the meetings you hold links for.{" "}
          <button type="button" className="link-button" onClick={requestAdminToken}>Secretariat: enter the administrator token</button>
        </p>
      )}
      {restricted && Object.entries(held).map(([id, entry]) => (
        <p key={id}><Link href={`/m/${id}`}>{entry.title ?? id}</Link></p>
      ))}
      {loadError && <p className="field-error" role="alert">The meetings could not be loaded: {loadError}</p>}
      {meetings?.length === 0 && !restricted && !loadError && (
        <p className="muted">
          {query ? "No meeting matches." : <>No meetings yet. <Link href="/new">Create the first one from its agenda</Link>, or <Link href="/import">import a past summary</Link> to continue a series.</>}
        </p>
      )}
      {groups.map(([series, list]) => (
        <section key={series} className="series-group" aria-label={series}>
          <h2>{series}</h2>
          <ul className="meeting-list">
            {list.map((meeting) => (
              <li key={meeting.id}>
                <Link href={`/m/${meeting.id}`} className="meeting-row">
                  <span><span className="title">{meeting.title}</span><span className={`pill status-${meeting.status}`}>{describeStatus(meeting.status).label}</span></span>
                  <span className="muted">{formatMeetingDate(meeting.startsAt)}, {formatMeetingTime(meeting.startsAt)} UTC</span>
                  <span className="muted no-link">{held[meeting.id] ? "" : "no link on this device"}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

function groupBySeries(meetings: Meeting[]): Array<[string, Meeting[]]> {
  const groups = new Map<string, Meeting[]>();
  for (const meeting of meetings) groups.set(meeting.series, [...(groups.get(meeting.series) ?? []), meeting]);
  return [...groups.entries()];
}
