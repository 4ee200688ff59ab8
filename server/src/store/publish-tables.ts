import { z } from "zod";
import { ApprovalManifestSchema } from "@rapporteur/shared/publish/approval-manifest";
import { DiffPartSchema } from "@rapporteur/shared/review/diff-part";
import type { Publication } from "./publish-store.js";

/** Column layout shared by the SQLite and Postgres publish logs (types differ per engine). */
export function publishTablesSql(blob: "BLOB" | "BYTEA"): string {
  return `
    CREATE TABLE IF NOT EXISTS installation_keys (
      id TEXT PRIMARY KEY CHECK (id = 'installation'), key_id TEXT NOT NULL, private_key TEXT NOT NULL,
      public_key TEXT NOT NULL, created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS publications (
      meeting_id TEXT NOT NULL, revision INTEGER NOT NULL, series_slug TEXT NOT NULL, slug TEXT NOT NULL,
      approved_at TEXT NOT NULL, content_sha256 TEXT NOT NULL, reference TEXT NOT NULL, data TEXT NOT NULL,
      PRIMARY KEY (meeting_id, revision)
    );
    CREATE INDEX IF NOT EXISTS publications_by_series ON publications (series_slug, approved_at);
    CREATE INDEX IF NOT EXISTS publications_by_content ON publications (content_sha256);
    CREATE INDEX IF NOT EXISTS publications_by_reference ON publications (reference);
    CREATE TABLE IF NOT EXISTS published_files (
      meeting_id TEXT NOT NULL, revision INTEGER NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL,
      bytes ${blob} NOT NULL, PRIMARY KEY (meeting_id, revision, format),
      FOREIGN KEY (meeting_id, revision) REFERENCES publications (meeting_id, revision)
    );
    CREATE INDEX IF NOT EXISTS published_files_by_sha256 ON published_files (sha256);
  `;
}

/** What the `data` column holds: everything of a publication its indexed columns do not. */
export function publicationData(publication: { manifest: unknown; html: string; text: string; diff: unknown }): string {
  return JSON.stringify({ manifest: publication.manifest, html: publication.html, text: publication.text, diff: publication.diff });
}

export interface PublicationRow {
  meeting_id: string;
  revision: number | string;
  series_slug: string;
  slug: string;
  data: string;
}

export function readPublicationRow(row: PublicationRow): Publication {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  return {
    meetingId: row.meeting_id,
    revision: Number(row.revision),
    seriesSlug: row.series_slug,
    slug: row.slug,
    manifest: ApprovalManifestSchema.parse(data.manifest),
    html: String(data.html),
    text: String(data.text),
    diff: data.diff === null ? null : z.array(DiffPartSchema).parse(data.diff),
  };
}

export const PUBLICATION_COLUMNS = "meeting_id, revision, series_slug, slug, data";
