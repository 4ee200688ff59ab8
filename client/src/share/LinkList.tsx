import { ROLE_LABELS, type Role, type SomeMeetingLinks } from "@rapporteur/shared";
import { CopyLink } from "./CopyLink";
import { ROLE_CAN } from "./role-descriptions";

const ORDER: Role[] = ["chair", "noteTaker", "viewer"];

/** The links of one meeting, each with a Copy button and (unless `brief`) what its holder can do. */
export function LinkList({ links, context, brief = false }: { links: SomeMeetingLinks; context?: string; brief?: boolean }) {
  return (
    <ul className="share-links">
      {ORDER.filter((role) => links[role]).map((role) => (
        <li key={role}>
          <div className="share-role">
            <strong>{ROLE_LABELS[role]}</strong>
            {!brief && <span className="muted">{ROLE_CAN[role]}</span>}
          </div>
          <CopyLink link={links[role]!} label={context ? `${context} ${ROLE_LABELS[role].toLowerCase()}` : ROLE_LABELS[role]} />
        </li>
      ))}
    </ul>
  );
}
