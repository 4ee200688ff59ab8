import { ROLE_LABELS, shareableRoles, type MeetingLinksResponse, type Role } from "@rapporteur/shared";
import { createMeetingLinks, createSomeMeetingLinks } from "../access/meeting-links.js";
import type { InvitationTokens } from "../access/invitation-tokens.js";
import type { MeetingAccess } from "../access/meeting-access.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { notFound } from "../errors.js";
import type { Store } from "../store/store.js";

/**
 * The invitation links of a meeting, for whoever may pass them on: listed at their current
 * version, replaced (old links stop at once, open sockets included), and the next meeting's.
 */
export class MeetingInvitations {
  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly tokens: InvitationTokens,
  ) {}

  /** The links `role` may share; the chair also gets every link of the meeting scheduled from this one. */
  async list(meetingId: string, role: Role, baseUrl: string): Promise<MeetingLinksResponse> {
    const state = await this.store.getLinkState(meetingId);
    if (!state) throw notFound("meeting");
    const own = await createSomeMeetingLinks(this.tokens, meetingId, baseUrl, shareableRoles(role), state.versions);
    const next = role === "chair" && state.nextMeetingId ? await this.nextMeeting(state.nextMeetingId, baseUrl) : undefined;
    return { ...own, ...(next ? { next } : {}) };
  }

  /**
   * Bumps the versions of `roles`, closes the sockets that used the old links (here and on
   * every instance), records who did it in the audit log, and answers with the chair's list of
   * current links.
   */
  async replace(meetingId: string, roles: readonly Role[], access: MeetingAccess, baseUrl: string): Promise<MeetingLinksResponse> {
    const versions = await this.store.replaceLinks(meetingId, roles);
    if (!versions) throw notFound("meeting");
    this.rooms.closeReplacedLinks(meetingId, versions);
    const detail = roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(", ");
    await this.store.review.recordReview({
      meetingId,
      audit: { at: new Date().toISOString(), actor: access.actor, role: access.role, action: "replace_links", detail },
    });
    return this.list(meetingId, "chair", baseUrl);
  }

  /** A meeting just scheduled from another: the caller's own role only, never a bigger one. */
  async forScheduledMeeting(meetingId: string, callerRole: Role, baseUrl: string): Promise<Pick<MeetingLinksResponse, "links" | "tokens">> {
    const state = await this.store.getLinkState(meetingId);
    if (!state) throw notFound("meeting");
    return createSomeMeetingLinks(this.tokens, meetingId, baseUrl, [callerRole], state.versions);
  }

  private async nextMeeting(nextMeetingId: string, baseUrl: string): Promise<MeetingLinksResponse["next"]> {
    const [meeting, state] = await Promise.all([this.store.getMeeting(nextMeetingId), this.store.getLinkState(nextMeetingId)]);
    if (!meeting || !state) return undefined;
    const { links } = await createMeetingLinks(this.tokens, nextMeetingId, baseUrl, state.versions);
    return { meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt }, links };
  }
}
