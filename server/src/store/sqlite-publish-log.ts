import type Database from "better-sqlite3";
import type { PublishedFormat } from "@rapporteur/shared/publish/approval-manifest";
import type { InstallationKeyRecord, Publication, PublishedFile, PublishStore } from "./publish-store.js";
import { PUBLICATION_COLUMNS, publicationData, publishTablesSql, readPublicationRow, type PublicationRow } from "./publish-tables.js";

/** The publish tables of the SQLite store; shares the store's connection. */
export class SqlitePublishLog implements PublishStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec(publishTablesSql("BLOB"));
    this.statements = {
      insertKey: db.prepare(
        "INSERT INTO installation_keys (id, key_id, private_key, public_key, created_at) VALUES ('installation', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
      ),
      selectKey: db.prepare("SELECT key_id AS keyId, private_key AS privateKeyPem, public_key AS publicKeyPem, created_at AS createdAt FROM installation_keys"),
      insertPublication: db.prepare(
        `INSERT INTO publications (meeting_id, revision, series_slug, slug, approved_at, content_sha256, reference, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      insertFile: db.prepare("INSERT INTO published_files (meeting_id, revision, format, sha256, bytes) VALUES (?, ?, ?, ?, ?)"),
      bySeries: db.prepare(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE series_slug = ? ORDER BY approved_at DESC, revision DESC`),
      byMeeting: db.prepare(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE meeting_id = ? ORDER BY revision`),
      file: db.prepare("SELECT bytes FROM published_files WHERE meeting_id = ? AND revision = ? AND format = ?").pluck(),
      find: db.prepare(
        `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE content_sha256 = @key OR reference = @key
           OR (meeting_id, revision) IN (SELECT meeting_id, revision FROM published_files WHERE sha256 = @key)
         ORDER BY approved_at, revision`,
      ),
    };
  }

  ensureInstallationKey(candidate: InstallationKeyRecord): InstallationKeyRecord {
    this.statements.insertKey.run(candidate.keyId, candidate.privateKeyPem, candidate.publicKeyPem, candidate.createdAt);
    return this.statements.selectKey.get() as InstallationKeyRecord;
  }

  savePublication(publication: Publication, files: PublishedFile[]): boolean {
    return this.db.transaction(() => {
      const { statement } = publication.manifest;
      const inserted = this.statements.insertPublication.run(
        publication.meetingId, publication.revision, publication.seriesSlug, publication.slug,
        statement.approvedAt, statement.contentSha256, statement.reference, publicationData(publication),
      );
      if (inserted.changes === 0) return false;
      for (const file of files) this.statements.insertFile.run(publication.meetingId, publication.revision, file.format, file.sha256, file.bytes);
      return true;
    })();
  }

  listSeriesPublications(seriesSlug: string): Publication[] {
    return (this.statements.bySeries.all(seriesSlug) as PublicationRow[]).map(readPublicationRow);
  }

  listMeetingPublications(meetingId: string): Publication[] {
    return (this.statements.byMeeting.all(meetingId) as PublicationRow[]).map(readPublicationRow);
  }

  getPublishedFile(meetingId: string, revision: number, format: PublishedFormat): Uint8Array | undefined {
    return this.statements.file.get(meetingId, revision, format) as Buffer | undefined;
  }

  findPublications(key: string): Publication[] {
    return (this.statements.find.all({ key }) as PublicationRow[]).map(readPublicationRow);
  }
}
