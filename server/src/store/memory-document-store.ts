import { FIRST_LINK_VERSIONS, seriesKey, type LinkVersions, type Meeting, type ReportTemplate, type Role, type Series } from "@rapporteur/shared";
import * as Y from "yjs";
import { DocumentLockedError, StaleDocumentError, type LinkState, type MeetingQuery, type StoredDocument, type StoredTail } from "./document-store.js";
import type { ReviewChange } from "./review-store.js";
import type { Store } from "./store.js";
import { MemoryReviewLog } from "./memory-review-log.js";
import { MemoryTranscriptLog } from "./memory-transcript-log.js";
import { MemoryPublishLog } from "./memory-publish-log.js";
import { parseSearchTerms } from "./fts-query.js";
import type { TemplateDeletion } from "./library-store.js";

interface MemoryDocument {
  snapshot: Uint8Array;
  snapshotSeq: number;
  lastSeq: number;
  locked: boolean;
  updates: Array<{ seq: number; data: Uint8Array }>;
}

/** Keeps everything in maps: for tests of the room and for throwaway demos. */
export class MemoryDocumentStore implements Store {
  private readonly meetings = new Map<string, Meeting>();
  private readonly documents = new Map<string, MemoryDocument>();
  private readonly searchText = new Map<string, string>();
  private readonly linkStates = new Map<string, LinkState>();
  private readonly templates = new Map<string, ReportTemplate>();
  private readonly series = new Map<string, Series>();
  readonly review = new MemoryReviewLog((change) => this.applyReviewChange(change));
  readonly transcripts = new MemoryTranscriptLog((meetingId) => this.meetings.has(meetingId));
  readonly publish = new MemoryPublishLog();

  createMeeting(meeting: Meeting, initialState: Uint8Array): void {
    if (this.meetings.has(meeting.id)) throw new Error(`meeting ${meeting.id} exists`);
    this.meetings.set(meeting.id, structuredClone(meeting));
    this.linkStates.set(meeting.id, { versions: { ...FIRST_LINK_VERSIONS }, nextMeetingId: null });
    this.documents.set(meeting.id, { snapshot: initialState.slice(), snapshotSeq: 0, lastSeq: 0, locked: meeting.status === "approved", updates: [] });
  }

  updateMeeting(meeting: Meeting): void {
    const current = this.meetings.get(meeting.id);
    if (!current) throw new Error(`no meeting ${meeting.id}`);
    this.meetings.set(meeting.id, { ...structuredClone(meeting), status: current.status });
  }

  /** The review log's meeting write: checks the expected log end, then sets status and gate together. */
  private applyReviewChange(change: ReviewChange): void {
    const document = this.requireDocument(change.meetingId);
    if (change.expectedSeq !== undefined && change.expectedSeq !== document.lastSeq) {
      throw new StaleDocumentError(change.meetingId, change.expectedSeq, document.lastSeq);
    }
    if (!change.meeting) return;
    this.meetings.set(change.meetingId, structuredClone(change.meeting));
    document.locked = change.meeting.status === "approved";
  }

  private requireDocument(meetingId: string): MemoryDocument {
    const document = this.documents.get(meetingId);
    if (!document) throw new Error(`no document ${meetingId}`);
    return document;
  }

  getMeeting(id: string): Meeting | undefined {
    const meeting = this.meetings.get(id);
    return meeting && structuredClone(meeting);
  }

  getLinkState(meetingId: string): LinkState | undefined {
    const state = this.linkStates.get(meetingId);
    return state && structuredClone(state);
  }

  replaceLinks(meetingId: string, roles: readonly Role[]): LinkVersions | undefined {
    const state = this.linkStates.get(meetingId);
    if (!state) return undefined;
    for (const role of new Set(roles)) state.versions[role] += 1;
    return { ...state.versions };
  }

  setNextMeeting(meetingId: string, nextMeetingId: string): void {
    const state = this.linkStates.get(meetingId);
    if (state) state.nextMeetingId = nextMeetingId;
  }

  listMeetings(query: MeetingQuery = {}): Meeting[] {
    const terms = parseSearchTerms(query.text ?? "");
    const matches = (meeting: Meeting) => {
      const text = `${meeting.series} ${meeting.title} ${this.searchText.get(meeting.id) ?? ""}`.toLowerCase();
      const haystack = ` ${(text.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
      return terms.every((words) => haystack.includes(` ${words.join(" ")} `));
    };
    return [...this.meetings.values()]
      .filter(matches)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt) || b.createdAt.localeCompare(a.createdAt))
      .slice(0, query.limit ?? 500)
      .map((meeting) => structuredClone(meeting));
  }

  loadDocument(meetingId: string): StoredDocument | undefined {
    const document = this.documents.get(meetingId);
    if (!document) return undefined;
    return { snapshot: document.snapshot, updates: document.updates.map((update) => update.data), lastSeq: document.lastSeq, locked: document.locked };
  }

  readUpdatesSince(meetingId: string, afterSeq: number): StoredTail | undefined {
    const document = this.documents.get(meetingId);
    if (!document) return undefined;
    return {
      snapshot: afterSeq < document.snapshotSeq ? document.snapshot : undefined,
      updates: document.updates.filter((update) => update.seq > afterSeq).map((update) => update.data),
      lastSeq: document.lastSeq,
    };
  }

  appendUpdate(meetingId: string, update: Uint8Array): number {
    const document = this.requireDocument(meetingId);
    if (document.locked) throw new DocumentLockedError(meetingId);
    document.lastSeq += 1;
    document.updates.push({ seq: document.lastSeq, data: update.slice() });
    return document.lastSeq;
  }

  compactDocument(meetingId: string, uptoSeq: number): number {
    const document = this.requireDocument(meetingId);
    const folded = document.updates.filter((update) => update.seq <= uptoSeq);
    if (folded.length === 0) return 0;
    document.snapshot = Y.mergeUpdates([document.snapshot, ...folded.map((update) => update.data)]);
    document.snapshotSeq = folded[folded.length - 1]!.seq;
    document.updates = document.updates.slice(folded.length);
    return folded.length;
  }

  indexSummaryText(meetingId: string, text: string): void {
    this.searchText.set(meetingId, text);
  }

  saveTemplate(template: ReportTemplate): void {
    this.templates.set(template.id, structuredClone(template));
  }

  getTemplate(id: string): ReportTemplate | undefined {
    const template = this.templates.get(id);
    return template && structuredClone(template);
  }

  listTemplates(): ReportTemplate[] {
    return [...this.templates.values()].map((template) => structuredClone(template));
  }

  deleteUnusedTemplate(id: string): TemplateDeletion {
    if (!this.templates.has(id)) return { outcome: "missing" };
    const meetings = [...this.meetings.values()].filter((meeting) => meeting.templateId === id).length;
    const series = [...this.series.values()].filter((entry) => entry.defaultTemplateId === id).length;
    if (meetings > 0 || series > 0) return { outcome: "in_use", meetings, series };
    this.templates.delete(id);
    return { outcome: "deleted" };
  }

  saveSeries(series: Series): void {
    this.series.set(seriesKey(series.name), structuredClone(series));
  }

  getSeries(name: string): Series | undefined {
    const series = this.series.get(seriesKey(name));
    return series && structuredClone(series);
  }

  listSeries(): Series[] {
    return [...this.series.values()].map((series) => structuredClone(series));
  }

  close(): void {}
}
