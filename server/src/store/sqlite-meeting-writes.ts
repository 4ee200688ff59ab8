import type Database from "better-sqlite3";
import type { Meeting } from "@rapporteur/shared/meeting/meeting";
import { seriesKey, type Series } from "@rapporteur/shared/meeting/series";
import type { LinkVersions } from "@rapporteur/shared/review/meeting-links";
import type { Role } from "@rapporteur/shared/review/roles";
import type { ReportTemplate } from "@rapporteur/shared/template/report-template";
import type { TemplateDeletion } from "./library-store.js";
import { bumpFlags, bumpLinkVersionsSql, LINK_STATE_COLUMNS, readLinkVersions, type LinkStateRow } from "./meeting-link-columns.js";

/**
 * The SQLite store's writes to meetings, templates and series. They run on whichever connection
 * writes: the event loop's, or (SQLITE_WRITER=thread) the write thread's, so that a hung disk
 * never holds the event loop. Each is one statement or one IMMEDIATE transaction.
 */
export class SqliteMeetingWrites {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertMeeting: db.prepare("INSERT INTO meetings (id, created_at, starts_at, data) VALUES (?, ?, ?, ?)"),
      // The review status is the review log's to change: a details correction keeps the stored one.
      updateMeeting: db.prepare("UPDATE meetings SET starts_at = ?, data = json_set(?, '$.status', json_extract(data, '$.status')) WHERE id = ?"),
      insertDocument: db.prepare("INSERT INTO documents (meeting_id, snapshot_seq, locked) VALUES (?, 0, ?)"),
      insertSnapshot: db.prepare("INSERT INTO document_snapshots (meeting_id, snapshot) VALUES (?, ?)"),
      insertSearch: db.prepare("INSERT INTO meeting_search (meeting_id, title, body) VALUES (?, ?, ?)"),
      bumpLinks: db.prepare(`UPDATE meetings SET ${bumpLinkVersionsSql(["?", "?", "?"])} WHERE id = ? RETURNING ${LINK_STATE_COLUMNS}`),
      updateNextMeeting: db.prepare("UPDATE meetings SET next_meeting_id = ? WHERE id = ?"),
      upsertTemplate: db.prepare("INSERT INTO templates (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data"),
      selectTemplate: db.prepare("SELECT data FROM templates WHERE id = ?").pluck(),
      deleteTemplate: db.prepare("DELETE FROM templates WHERE id = ?"),
      countTemplateUses: db.prepare(
        `SELECT (SELECT COUNT(*) FROM meetings WHERE json_extract(data, '$.templateId') = @id) AS meetings,
                (SELECT COUNT(*) FROM series WHERE json_extract(data, '$.defaultTemplateId') = @id) AS series`,
      ),
      upsertSeries: db.prepare("INSERT INTO series (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data"),
    };
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array): void {
    this.db.transaction(() => {
      this.statements.insertMeeting.run(meeting.id, meeting.createdAt, meeting.startsAt, JSON.stringify(meeting));
      this.statements.insertDocument.run(meeting.id, meeting.status === "approved" ? 1 : 0);
      this.statements.insertSnapshot.run(meeting.id, initialState);
      this.statements.insertSearch.run(meeting.id, `${meeting.series} ${meeting.title}`, "");
    }).immediate();
  }

  updateMeeting(meeting: Meeting): void {
    this.statements.updateMeeting.run(meeting.startsAt, JSON.stringify(meeting), meeting.id);
  }

  replaceLinks(meetingId: string, roles: readonly Role[]): LinkVersions | undefined {
    // One statement in its own transaction: its RETURNING row is read before the commit, so the
    // commit is made explicit (and checked) rather than left to the statement's reset.
    return this.db.transaction(() => {
      const row = this.statements.bumpLinks.get(...bumpFlags(roles), meetingId) as LinkStateRow | undefined;
      return row && readLinkVersions(row);
    }).immediate();
  }

  setNextMeeting(meetingId: string, nextMeetingId: string): void {
    this.statements.updateNextMeeting.run(nextMeetingId, meetingId);
  }

  saveTemplate(template: ReportTemplate): void {
    this.statements.upsertTemplate.run(template.id, JSON.stringify(template));
  }

  deleteUnusedTemplate(id: string): TemplateDeletion {
    // IMMEDIATE: it reads before it writes, and another process may hold the same file (a backup, a second server).
    return this.db.transaction((): TemplateDeletion => {
      // Missing before in use, as the other stores answer for an id that meetings name but no template has.
      if (this.statements.selectTemplate.get(id) === undefined) return { outcome: "missing" };
      const uses = this.statements.countTemplateUses.get({ id }) as { meetings: number; series: number };
      if (uses.meetings > 0 || uses.series > 0) return { outcome: "in_use", ...uses };
      this.statements.deleteTemplate.run(id);
      return { outcome: "deleted" };
    }).immediate();
  }

  saveSeries(series: Series): void {
    this.statements.upsertSeries.run(seriesKey(series.name), JSON.stringify(series));
  }
}
