import type { Meeting, ReportTemplate, Series } from "@rapporteur/shared";
import type { Store, StoredDocument } from "@rapporteur/server";

/**
 * Wraps a real store and injects the faults a disk or database shows in production: slow
 * loads, failing loads, failing writes. Everything else goes to the real store.
 */
export class FaultyStore implements Store {
  loadDelayMs = 0;
  failLoads = false;
  failAppends = false;
  loadCount = 0;

  constructor(private readonly inner: Store) {}

  async loadDocument(meetingId: string): Promise<StoredDocument | undefined> {
    this.loadCount += 1;
    if (this.loadDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.loadDelayMs));
    if (this.failLoads) throw new Error("injected: storage unavailable");
    return this.inner.loadDocument(meetingId);
  }

  appendUpdate(meetingId: string, update: Uint8Array) {
    if (this.failAppends) throw new Error("injected: disk full");
    return this.inner.appendUpdate(meetingId, update);
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array) {
    return this.inner.createMeeting(meeting, initialState);
  }
  updateMeeting(meeting: Meeting) {
    return this.inner.updateMeeting(meeting);
  }
  getMeeting(id: string) {
    return this.inner.getMeeting(id);
  }
  listMeetings(query?: { text?: string }) {
    return this.inner.listMeetings(query);
  }
  compactDocument(meetingId: string, snapshot: Uint8Array, uptoSeq: number) {
    return this.inner.compactDocument(meetingId, snapshot, uptoSeq);
  }
  indexSummaryText(meetingId: string, text: string) {
    return this.inner.indexSummaryText(meetingId, text);
  }
  saveTemplate(template: ReportTemplate) {
    return this.inner.saveTemplate(template);
  }
  getTemplate(id: string) {
    return this.inner.getTemplate(id);
  }
  listTemplates() {
    return this.inner.listTemplates();
  }
  saveSeries(series: Series) {
    return this.inner.saveSeries(series);
  }
  getSeries(name: string) {
    return this.inner.getSeries(name);
  }
  listSeries() {
    return this.inner.listSeries();
  }
  close() {
    return this.inner.close();
  }
}
