import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type Express } from "express";
import { LIMITS } from "@rapporteur/shared";
import type { AddressRateLimits } from "../access/address-rate-limits.js";
import type { CaptionerTokens } from "../access/captioner-tokens.js";
import type { InvitationTokens } from "../access/invitation-tokens.js";
import type { MeetingAccessGuard } from "../access/meeting-access.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import type { ExportRenderer } from "../export/export-renderer.js";
import type { ImportReader } from "../meetings/import-reader.js";
import type { Logger } from "../logger.js";
import type { MeetingInvitations } from "../meetings/meeting-invitations.js";
import type { MeetingPlanner } from "../meetings/meeting-planner.js";
import type { MeetingDetails } from "../meetings/meeting-details.js";
import type { MeetingTranscripts } from "../meetings/meeting-transcripts.js";
import type { ReviewWorkflow } from "../meetings/review-workflow.js";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { PublicArchive } from "../publish/public-archive.js";
import type { Publisher } from "../publish/publisher.js";
import type { Store } from "../store/store.js";
import { createExportRouter } from "./export-router.js";
import { HttpError } from "../errors.js";
import { createErrorHandler } from "./error-handler.js";
import { createMeetingsRouter, validateMeetingId } from "./meetings-router.js";
import { createPublicRouter } from "./public-router.js";
import { createReviewRouter } from "./review-router.js";
import { securityHeaders } from "./security-headers.js";
import { createSeriesRouter } from "./series-router.js";
import { createTemplatesRouter } from "./templates-router.js";
import { createCaptionsRouter, createTranscriptRouter } from "./transcript-router.js";
import { createVerifyRouter } from "./verify-router.js";
import { createOperationsRouter, type ReadinessCheck } from "./operations-router.js";
import type { CollabMetrics } from "../collab/collab-metrics.js";

export interface AppOptions {
  store: Store;
  rooms: RoomRegistry;
  templates: TemplateCatalog;
  planner: MeetingPlanner;
  invitations: MeetingInvitations;
  details: MeetingDetails;
  workflow: ReviewWorkflow;
  publisher: Publisher;
  archive: PublicArchive;
  guard: MeetingAccessGuard;
  tokens: InvitationTokens;
  transcripts: MeetingTranscripts;
  captionerTokens: CaptionerTokens;
  exportRenderer: ExportRenderer;
  importReader: ImportReader;
  publicUrl: string | undefined;
  logger: Logger;
  rateLimits: AddressRateLimits;
  /** Folder of the built client; served with an SPA fallback when it exists. */
  clientDir: string;
  /** `/readyz` and `/metrics`; left out by embedders that do not need them. */
  operations?: { checks: ReadinessCheck[]; metrics: CollabMetrics };
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // request.ip follows the same TRUST_PROXY rule as the rate limits and websocket upgrades.
  app.set("trust proxy", options.rateLimits.trustProxy);
  // The client bundle is text: compressed it is a fraction of the first load. zlib runs on the
  // thread pool, and compressible() leaves PDF and Word (already compressed) alone.
  app.use(compression());
  app.use(securityHeaders());
  app.use(express.json({ limit: LIMITS.maxRequestBodyBytes }));
  limitRates(app, options.rateLimits);

  app.get("/healthz", (_request, response) => {
    response.json({ ok: true, rooms: options.rooms.loadedCount });
  });
  app.use(createVerifyRouter({ archive: options.archive, publish: options.store.publish }));
  app.use("/p", createPublicRouter({ archive: options.archive, publish: options.store.publish, publicUrl: options.publicUrl }));
  if (options.operations) app.use(createOperationsRouter({ ...options.operations, requireAdmin: options.guard.requireAdmin() }));
  app.use("/api/meetings/:id/export", validateMeetingId, createExportRouter(options));
  app.use("/api/meetings/:id/transcript", validateMeetingId, createTranscriptRouter(options));
  app.use("/api/meetings/:id/captions", validateMeetingId, createCaptionsRouter(options));
  app.use("/api/meetings", createMeetingsRouter(options));
  app.use("/api/meetings/:id", validateMeetingId, createReviewRouter(options));
  app.use("/api/templates", options.guard.requireAdmin(), createTemplatesRouter(options));
  app.use("/api/series", options.guard.requireAdmin(), createSeriesRouter(options));
  app.use("/api", () => {
    throw new HttpError(404, "not_found", "no such API endpoint");
  });
  serveClient(app, options.clientDir);
  app.use(createErrorHandler(options.logger));
  return app;
}

/** Per-address allowances on what costs the server (creating, importing, exporting) or guesses tokens. */
function limitRates(app: Express, limits: AddressRateLimits): void {
  app.use("/api", limits.guardTokenFailures());
  app.post("/api/meetings", limits.limit("createMeeting"));
  app.post("/api/meetings/import", limits.limit("importSummary"));
  app.post("/api/meetings/:id/next", limits.limit("createMeeting"));
  app.get(["/api/meetings/:id/export", "/api/meetings/:id/versions/:v/export"], limits.limit("exports"));
}

function serveClient(app: Express, clientDir: string): void {
  const index = path.join(clientDir, "index.html");
  // Vite names every built asset after its content hash: a changed file is a new URL.
  const hashedAssets = path.join(path.resolve(clientDir), "assets") + path.sep;
  app.use(express.static(clientDir, {
    index: false,
    maxAge: "1h",
    // Hashed assets never change under their name: browsers keep them a year without asking again.
    // The rest (the service worker, the asset list) is checked within the hour.
    setHeaders: (response, file) => {
      if (path.resolve(file).startsWith(hashedAssets)) response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      else if (path.basename(file) === "sw.js") response.setHeader("Cache-Control", "no-cache");
    },
  }));
  app.get(/^\/(?!api\/|collab\/).*/, (_request, response, next) => {
    if (!fs.existsSync(index)) return next();
    response.setHeader("Cache-Control", "no-cache");
    response.sendFile(index);
  });
}
