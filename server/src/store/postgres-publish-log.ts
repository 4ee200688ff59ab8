import type { Pool, PoolClient } from "pg";
import type { PublishedFormat } from "@rapporteur/shared";
import type { InstallationKeyRecord, Publication, PublishedFile, PublishStore } from "./publish-store.js";
import { PUBLICATION_COLUMNS, publicationData, readPublicationRow, type PublicationRow } from "./publish-tables.js";

/** The publish tables in Postgres (created by applyPostgresSchema); several instances share the key. */
export class PostgresPublishLog implements PublishStore {
  constructor(
    private readonly pool: Pool,
    private readonly inTransaction: <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>,
  ) {}

  async ensureInstallationKey(candidate: InstallationKeyRecord): Promise<InstallationKeyRecord> {
    await this.pool.query(
      "INSERT INTO installation_keys (id, key_id, private_key, public_key, created_at) VALUES ('installation', $1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
      [candidate.keyId, candidate.privateKeyPem, candidate.publicKeyPem, candidate.createdAt],
    );
    const result = await this.pool.query<InstallationKeyRecord>(
      `SELECT key_id AS "keyId", private_key AS "privateKeyPem", public_key AS "publicKeyPem", created_at AS "createdAt" FROM installation_keys`,
    );
    return result.rows[0]!;
  }

  savePublication(publication: Publication, files: PublishedFile[]): Promise<boolean> {
    return this.inTransaction(async (client) => {
      const { statement } = publication.manifest;
      const inserted = await client.query(
        `INSERT INTO publications (meeting_id, revision, series_slug, slug, approved_at, content_sha256, reference, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [publication.meetingId, publication.revision, publication.seriesSlug, publication.slug, statement.approvedAt, statement.contentSha256, statement.reference, publicationData(publication)],
      );
      if (inserted.rowCount === 0) return false;
      for (const file of files) {
        await client.query("INSERT INTO published_files (meeting_id, revision, format, sha256, bytes) VALUES ($1, $2, $3, $4, $5)", [
          publication.meetingId, publication.revision, file.format, file.sha256, Buffer.from(file.bytes),
        ]);
      }
      return true;
    });
  }

  async listSeriesPublications(seriesSlug: string): Promise<Publication[]> {
    const result = await this.pool.query<PublicationRow>(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE series_slug = $1 ORDER BY approved_at DESC, revision DESC`, [seriesSlug]);
    return result.rows.map(readPublicationRow);
  }

  async listMeetingPublications(meetingId: string): Promise<Publication[]> {
    const result = await this.pool.query<PublicationRow>(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE meeting_id = $1 ORDER BY revision`, [meetingId]);
    return result.rows.map(readPublicationRow);
  }

  async getPublishedFile(meetingId: string, revision: number, format: PublishedFormat): Promise<Uint8Array | undefined> {
    const result = await this.pool.query<{ bytes: Buffer }>("SELECT bytes FROM published_files WHERE meeting_id = $1 AND revision = $2 AND format = $3", [meetingId, revision, format]);
    return result.rows[0]?.bytes;
  }

  async findPublications(key: string): Promise<Publication[]> {
    const result = await this.pool.query<PublicationRow>(
      `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE content_sha256 = $1 OR reference = $1
         OR (meeting_id, revision) IN (SELECT meeting_id, revision FROM published_files WHERE sha256 = $1)
       ORDER BY approved_at, revision`,
      [key],
    );
    return result.rows.map(readPublicationRow);
  }
}
