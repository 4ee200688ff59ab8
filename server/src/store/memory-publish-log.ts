import type { PublishedFormat } from "@rapporteur/shared";
import type { InstallationKeyRecord, Publication, PublishedFile, PublishStore } from "./publish-store.js";

/** The publish log in maps, with the same ordering and conflict rules as the databases. */
export class MemoryPublishLog implements PublishStore {
  private key: InstallationKeyRecord | undefined;
  private readonly publications = new Map<string, Publication>();
  private readonly files = new Map<string, PublishedFile>();

  ensureInstallationKey(candidate: InstallationKeyRecord): InstallationKeyRecord {
    this.key ??= structuredClone(candidate);
    return structuredClone(this.key);
  }

  savePublication(publication: Publication, files: PublishedFile[]): boolean {
    const id = `${publication.meetingId}/${publication.revision}`;
    if (this.publications.has(id)) return false;
    this.publications.set(id, structuredClone(publication));
    for (const file of files) this.files.set(`${id}/${file.format}`, { ...file, bytes: file.bytes.slice() });
    return true;
  }

  listSeriesPublications(seriesSlug: string): Publication[] {
    return this.sorted((publication) => publication.seriesSlug === seriesSlug).reverse();
  }

  listMeetingPublications(meetingId: string): Publication[] {
    return this.sorted((publication) => publication.meetingId === meetingId);
  }

  getPublishedFile(meetingId: string, revision: number, format: PublishedFormat): Uint8Array | undefined {
    return this.files.get(`${meetingId}/${revision}/${format}`)?.bytes.slice();
  }

  findPublications(key: string): Publication[] {
    const byFile = new Set([...this.files.entries()].filter(([, file]) => file.sha256 === key).map(([id]) => id.slice(0, id.lastIndexOf("/"))));
    return this.sorted((publication) => {
      const { statement } = publication.manifest;
      return statement.contentSha256 === key || statement.reference === key || byFile.has(`${publication.meetingId}/${publication.revision}`);
    });
  }

  /** Oldest approval first, as the databases order them. */
  private sorted(keep: (publication: Publication) => boolean): Publication[] {
    return [...this.publications.values()]
      .filter(keep)
      .sort((a, b) => a.manifest.statement.approvedAt.localeCompare(b.manifest.statement.approvedAt) || a.revision - b.revision)
      .map((publication) => structuredClone(publication));
  }
}
