import {
  buildSummaryDocument,
  type JsonNode,
  type CreateMeetingRequest,
  type Meeting,
  type ReportTemplate,
  type SummaryDocumentExtras,
} from "@rapporteur/shared";
import type { DocumentStore } from "../store/document-store.js";
import { encodeSeedDocument } from "./encode-seed-document.js";
import { newId } from "./new-id.js";

/** Gives every agenda item, sub-item and participant its stable id. */
export function buildMeeting(request: CreateMeetingRequest, templateId: string, now: Date): Meeting {
  return {
    id: newId(),
    series: request.series,
    title: request.title,
    ...(request.number === undefined ? {} : { number: request.number }),
    startsAt: request.startsAt,
    hosts: request.hosts ?? [],
    moderators: request.moderators ?? [],
    agenda: (request.agenda ?? []).map((item) => ({
      id: newId(),
      title: item.title,
      ...(item.href ? { href: item.href } : {}),
      children: (item.children ?? []).map((child) => ({ id: newId(), title: child.title, ...(child.href ? { href: child.href } : {}) })),
    })),
    participants: (request.participants ?? []).map((participant) => ({
      id: newId(),
      name: participant.name,
      ...(participant.affiliation ? { affiliation: participant.affiliation } : {}),
      ...(participant.role ? { role: participant.role } : {}),
    })),
    templateId,
    createdAt: now.toISOString(),
    status: "drafting",
  };
}

/** Creates the meeting and seeds its document from the template, atomically and exactly once. */
export async function createMeeting(
  store: DocumentStore,
  request: CreateMeetingRequest,
  template: ReportTemplate,
  extras: SummaryDocumentExtras = {},
  buildBody: (meeting: Meeting) => JsonNode = (meeting) => buildSummaryDocument(meeting, template, extras),
): Promise<Meeting> {
  const meeting = buildMeeting(request, template.id, new Date());
  const body = buildBody(meeting);
  await store.createMeeting(meeting, encodeSeedDocument(body, meeting.participants));
  return meeting;
}
