import { ROLE_LABELS, type MeetingLinks, type Role } from "@rapporteur/shared";

/** The three invitation links, for the secretariat to send to chair, note-takers and viewers. */
export function ShareLinks({ links }: { links: MeetingLinks }) {
  const roles: Role[] = ["chair", "noteTaker", "viewer"];
  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title">Invitation links</h2>
      <p className="muted">Anyone with a link can open the meeting with that role.</p>
      {roles.map((role) => (
        <div className="share-link" key={role}>
          <span>{ROLE_LABELS[role]}</span>
          <button type="button" aria-label={`Copy the ${ROLE_LABELS[role]} link`} onClick={() => void navigator.clipboard?.writeText(links[role])}>
            Copy link
          </button>
        </div>
      ))}
    </section>
  );
}
