import {
  collectMinuteBlocks,
  formatMeetingDate,
  formatMeetingTime,
  formatWeekday,
  fromRoman,
  LIMITS,
  nextMeetingNumber,
  readLiveParticipants,
  toRoman,
  YDOC,
  type CreateMeetingRequest,
  type ReportTemplate,
  type Meeting,
  type MeetingNumber,
  type ScheduleNextMeetingRequest,
  type SummaryDocumentExtras,
} from "@rapporteur/shared";
import type { RoomRegistry } from "../collab/room-registry.js";
import { readBody } from "../export/read-summary-export.js";
import { HttpError, notFound } from "../errors.js";
import type { Store } from "../store/store.js";
import { createMeeting } from "./create-meeting.js";
import type { SeededDocument } from "./seed-imported-document.js";
import { fillNextMeetingSection } from "./fill-next-meeting-section.js";
import type { TemplateCatalog } from "./template-catalog.js";

const TWO_WEEKS_MS = 14 * 24 * 3600 * 1000;

/** Creates meetings within their series: the series' template, numbering and usual people. */
export class MeetingPlanner {
  constructor(
    private readonly store: Store,
    private readonly templates: TemplateCatalog,
    private readonly rooms: RoomRegistry,
  ) {}

  /** `buildSeed` replaces the template's first draft (an imported summary brings its own text). */
  async createMeeting(
    request: CreateMeetingRequest,
    extras: SummaryDocumentExtras = {},
    buildSeed?: (meeting: Meeting, template: ReportTemplate) => Promise<SeededDocument>,
  ): Promise<Meeting> {
    const series = await this.store.getSeries(request.series);
    const template = await this.templates.get(request.templateId ?? series?.defaultTemplateId);
    if (!template) {
      throw new HttpError(400, "invalid_request", `unknown template ${request.templateId}`, [
        { path: "templateId", message: "no template with this id" },
      ]);
    }
    const meeting = await createMeeting(this.store, request, template, extras, buildSeed && ((created) => buildSeed(created, template)));
    if (!series) {
      await this.store.saveSeries({
        name: meeting.series,
        defaultTemplateId: template.id,
        numberStyle: typeof meeting.number === "string" && fromRoman(meeting.number) !== undefined ? "roman" : "arabic",
        usualParticipants: request.participants ?? [],
        publish: false,
        updatedAt: meeting.createdAt,
      });
    }
    return meeting;
  }

  /**
   * Meeting n+1: next number in the series' style, the series template, the previous live
   * participant list as expected attendees, and open action items carried into "Follow-up".
   */
  async scheduleNextMeeting(previousId: string, request: ScheduleNextMeetingRequest): Promise<Meeting> {
    const previous = await this.store.getMeeting(previousId);
    const doc = previous && (await this.rooms.readDocument(previousId));
    if (!previous || !doc) throw notFound("meeting");
    const series = await this.store.getSeries(previous.series);
    const number = styledNumber(nextMeetingNumber(previous.number), series?.numberStyle);
    const carriedActions = collectMinuteBlocks(readBody(doc)).actions.filter((action) => action.status === "open");
    // The live list has no cap of its own (anyone may add late joiners): the new meeting keeps what fits.
    const participants = readLiveParticipants(doc.getArray(YDOC.participants)).slice(0, LIMITS.maxParticipants).map(({ name, affiliation, role }) => ({
      name,
      ...(affiliation ? { affiliation } : {}),
      ...(role ? { role } : {}),
    }));
    const next = await this.createMeeting(
      {
        series: previous.series,
        title: request.title ?? nextTitle(previous.title, previous.number, number),
        number,
        startsAt: request.startsAt ?? new Date(Date.parse(previous.startsAt) + TWO_WEEKS_MS).toISOString(),
        hosts: previous.hosts,
        moderators: previous.moderators,
        agenda: request.agenda ?? [],
        participants,
        templateId: series?.defaultTemplateId ?? previous.templateId,
      },
      { carriedActions: carriedActions.map((action, index) => ({ ...action, id: action.id ?? `carried-${index}` })) },
    );
    // The chair of this meeting holds the next one's chair link (its Share dialog lists it).
    await this.store.setNextMeeting(previous.id, next.id);
    await this.announceNextMeeting(previous, next);
    return next;
  }

  /** The previous report's empty "Next meeting" section gets the date (an approved one stays as approved). */
  private async announceNextMeeting(previous: Meeting, next: Meeting): Promise<void> {
    if (previous.status === "approved") return;
    await this.rooms.withWriteGate(previous.id, async (room) => {
      if (room.locked) return;
      const when = `${formatWeekday(next.startsAt)}, ${formatMeetingDate(next.startsAt)} at ${formatMeetingTime(next.startsAt)} UTC`;
      if (fillNextMeetingSection(room.doc, `The next meeting will take place on ${when}.`)) await room.whenStored();
    });
  }
}

function styledNumber(number: MeetingNumber, style: "arabic" | "roman" | undefined): MeetingNumber {
  return style === "roman" && typeof number === "number" ? toRoman(number) : number;
}

/** "Online Meeting 51" → "Online Meeting 52"; a title without the number is kept. */
export function nextTitle(title: string, previous: MeetingNumber | undefined, next: MeetingNumber): string {
  if (previous === undefined) return title;
  const label = String(previous);
  const at = title.lastIndexOf(label);
  if (at < 0) return title;
  return `${title.slice(0, at)}${String(next)}${title.slice(at + label.length)}`;
}
