import { createHash } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import {
  exportFileName,
  ExportOptionsSchema,
  meetingSlug,
  PUBLISHED_FORMATS,
  slugify,
  type Approval,
  type ApprovalStatement,
  type Meeting,
  type PublishedFormat,
  type SummaryExportInput,
} from "@rapporteur/shared";
import { diffTexts } from "../meetings/diff-texts.js";
import { buildExportBlocks } from "../export/build-export-blocks.js";
import { readSummaryExport } from "../export/read-summary-export.js";
import { ExportRefused, type ExportRenderer } from "../export/export-renderer.js";
import { summaryPlainText } from "../export/summary-plain-text.js";
import type { Logger } from "../logger.js";
import { KeyedQueue } from "../collab/keyed-queue.js";
import type { ReviewWorkflow } from "../meetings/review-workflow.js";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { Publication, PublishedFile } from "../store/publish-store.js";
import type { Store } from "../store/store.js";
import { sealFile, unsealedRecord } from "./file-seal.js";
import type { InstallationKey } from "./installation-key.js";
import { renderHtmlBlocks } from "./render-html-blocks.js";
import { signManifest } from "./sign-manifest.js";

const BUSY_ATTEMPTS = 4;

/**
 * Turns each approval into a fixed public record: the files rendered once from the approved
 * snapshot, sealed and stored (served byte-identical afterwards), the HTML of the same export
 * blocks, and a signed manifest. Idempotent: a revision already recorded is kept as it is.
 */
export class Publisher {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: Store,
    private readonly templates: TemplateCatalog,
    private readonly workflow: ReviewWorkflow,
    private readonly renderer: ExportRenderer,
    readonly key: InstallationKey,
    private readonly logger: Logger,
  ) {}

  /**
   * Records every approval of the meeting that has no publication yet; never throws. A full
   * export pool is waited out a few times; what still fails is logged, and the series page
   * publishes it later (PublicArchive.listPublications).
   */
  async publishApprovals(meetingId: string, origin: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.queue.run(meetingId, () => this.publishMissing(meetingId, origin));
      } catch (error) {
        if (error instanceof ExportRefused && error.reason === "busy" && attempt < BUSY_ATTEMPTS) {
          await delay(attempt * 1000);
          continue;
        }
        this.logger.error("publish_failed", { meetingId, error: String(error) });
        return;
      }
    }
  }

  private async publishMissing(meetingId: string, origin: string): Promise<void> {
    const meeting = await this.store.getMeeting(meetingId);
    if (!meeting) return;
    const approvals = await this.store.review.listApprovals(meetingId);
    const published = await this.store.publish.listMeetingPublications(meetingId);
    for (let revision = published.length + 1; revision <= approvals.length; revision++) {
      const previous = published[published.length - 1];
      const publication = await this.publishRevision(meeting, approvals[revision - 1]!, revision, previous, origin);
      published.push(publication);
    }
  }

  private async publishRevision(meeting: Meeting, approval: Approval, revision: number, previous: Publication | undefined, origin: string): Promise<Publication> {
    const doc = await this.workflow.readVersion(meeting.id, approval.version);
    const statement = this.statementOf(meeting, approval, revision);
    const record = { reference: statement.reference, verifyUrl: `${origin.replace(/\/$/, "")}/verify`, record: unsealedRecord(statement) };
    const template = await this.templates.get(meeting.templateId);
    const input = readSummaryExport(doc, meeting, template, ExportOptionsSchema.parse({ frontMatter: true }), { ...approval, record });
    const files = await Promise.all(PUBLISHED_FORMATS.map((format) => this.renderFile(format, input)));
    const fileEntry = (format: PublishedFormat) => {
      const file = files.find((entry) => entry.format === format)!;
      return { name: exportFileName(meeting, format, revision > 1 ? ` revision ${revision}` : ""), sha256: file.sha256, bytes: file.bytes.length };
    };
    const manifest = signManifest(
      { type: "rapporteur-approval-manifest", v: 1, keyId: this.key.keyId, statement, files: { pdf: fileEntry("pdf"), docx: fileEntry("docx"), md: fileEntry("md") } },
      this.key.privateKey,
    );
    const text = summaryPlainText(doc);
    const publication: Publication = {
      meetingId: meeting.id,
      revision,
      seriesSlug: slugify(meeting.series),
      slug: previous?.slug ?? (await this.freeSlug(meeting)),
      manifest,
      html: renderHtmlBlocks(buildExportBlocks(input)).value,
      text,
      diff: previous ? diffTexts(previous.text, text) : null,
    };
    // Another instance may have recorded this revision first: theirs stands, and is equally signed.
    await this.store.publish.savePublication(publication, files);
    this.logger.info("report_published", { meetingId: meeting.id, revision, version: approval.version });
    return (await this.store.publish.listMeetingPublications(meeting.id)).find((entry) => entry.revision === revision) ?? publication;
  }

  private statementOf(meeting: Meeting, approval: Approval, revision: number): ApprovalStatement {
    return {
      type: "rapporteur-approval",
      v: 1,
      keyId: this.key.keyId,
      meetingId: meeting.id,
      series: meeting.series,
      title: meeting.title,
      startsAt: meeting.startsAt,
      version: approval.version,
      revision,
      approvedBy: approval.approvedBy,
      approvedAt: approval.approvedAt,
      contentSha256: approval.sha256,
      reference: `${approval.sha256.slice(0, 12)}-r${revision}`,
    };
  }

  private async renderFile(format: PublishedFormat, input: SummaryExportInput): Promise<PublishedFile> {
    // The export worker pool: PDF and Word render off the event loop, within the export limits.
    const rendered = await this.renderer.render(format, input);
    const raw = typeof rendered.body === "string" ? Buffer.from(rendered.body, "utf8") : rendered.body;
    // Word files are zip archives: the record cannot be sealed into their bytes; the manifest's hash covers them.
    const bytes = format === "docx" ? raw : sealFile(raw, this.key.privateKey);
    return { format, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
  }

  /** The date-and-title slug, with the meeting id's start added when another meeting of the series has it. */
  private async freeSlug(meeting: Meeting): Promise<string> {
    const slug = meetingSlug(meeting);
    const taken = (await this.store.publish.listSeriesPublications(slugify(meeting.series))).some((entry) => entry.slug === slug && entry.meetingId !== meeting.id);
    return taken ? `${slug}-${meeting.id.slice(0, 6).toLowerCase()}` : slug;
  }
}
