import {
  buildSummaryDocument,
  LIMITS,
  NewMeetingSchema,
  type CreateMeetingRequest,
  type Meeting,
  type ReportTemplate,
  type SummaryDocumentExtras,
} from "@rapporteur/shared";
import * as Y from "yjs";
import { summaryPlainText } from "../export/summary-plain-text.js";
import { badRequest, HttpError } from "../errors.js";
import type { DocumentStore } from "../store/document-store.js";
import { encodeSeedDocument } from "./encode-seed-document.js";
import type { SeededDocument } from "./seed-imported-document.js";
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

/**
 * Every way in (form, pasted lists, import, next meeting) ends here, so this is where a meeting
 * that would break the limits is refused, naming the field, before anything is stored.
 */
function withinLimits(meeting: Meeting): Meeting {
  const result = NewMeetingSchema.safeParse(meeting);
  if (result.success) return meeting;
  const fields = result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  throw badRequest(`the meeting would break a limit: ${fields.map((field) => `${field.path}: ${field.message}`).join("; ")}`, fields);
}

/** Creates the meeting and seeds its document from the template, atomically and exactly once. */
export async function createMeeting(
  store: DocumentStore,
  request: CreateMeetingRequest,
  template: ReportTemplate,
  extras: SummaryDocumentExtras = {},
  buildSeed?: (meeting: Meeting) => Promise<SeededDocument>,
): Promise<Meeting> {
  const meeting = withinLimits(buildMeeting(request, template.id, new Date()));
  const seeded = buildSeed
    ? await buildSeed(meeting)
    : { seed: encodeSeedDocument(buildSummaryDocument(meeting, template, extras), meeting.participants, template.speakerName ?? "first") };
  const { seed } = seeded;
  if (seed.length > LIMITS.maxDocumentBytes) {
    throw new HttpError(413, "document_too_large", `the first draft would be ${seed.length} bytes; a meeting's document may have at most ${LIMITS.maxDocumentBytes}`);
  }
  await store.createMeeting(meeting, seed);
  await indexSeedText(store, meeting.id, seeded);
  return meeting;
}

/**
 * An imported summary is searchable at once, not only after its first editing session; a failed
 * index write never undoes the meeting (the next compaction indexes it again).
 */
async function indexSeedText(store: DocumentStore, meetingId: string, { seed, plainText }: { seed: Uint8Array; plainText?: string }): Promise<void> {
  const doc = new Y.Doc();
  try {
    // An import's text comes with it (read off the event loop); a template's draft is small.
    if (plainText === undefined) Y.applyUpdate(doc, seed);
    await store.indexSummaryText(meetingId, plainText ?? summaryPlainText(doc));
  } catch {
    // Search lags; the meeting itself is stored.
  } finally {
    doc.destroy();
  }
}
