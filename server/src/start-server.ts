import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CaptionerTokens } from "./access/captioner-tokens.js";
import { CloseCode } from "@rapporteur/shared";
import { AddressRateLimits } from "./access/address-rate-limits.js";
import { InvitationTokens } from "./access/invitation-tokens.js";
import { MeetingAccessGuard } from "./access/meeting-access.js";
import { resolveTokenSecret } from "./access/resolve-token-secret.js";
import { CollabMetrics } from "./collab/collab-metrics.js";
import { attachCollabServer } from "./collab/collab-server.js";
import { RoomRegistry } from "./collab/room-registry.js";
import type { Config } from "./config.js";
import { ExportRenderer } from "./export/export-renderer.js";
import { ImportReader } from "./meetings/import-reader.js";
import { compileProxyTrust } from "./access/client-address.js";
import { createApp } from "./http/create-app.js";
import type { Logger } from "./logger.js";
import { TemplateCatalog } from "./meetings/template-catalog.js";
import { MeetingInvitations } from "./meetings/meeting-invitations.js";
import { MeetingPlanner } from "./meetings/meeting-planner.js";
import { MeetingDetails } from "./meetings/meeting-details.js";
import { MeetingTranscripts } from "./meetings/meeting-transcripts.js";
import { ReviewWorkflow } from "./meetings/review-workflow.js";
import { InstallationKey } from "./publish/installation-key.js";
import { PublicArchive } from "./publish/public-archive.js";
import { Publisher } from "./publish/publisher.js";
import { openDeployment, type Deployment } from "./open-deployment.js";
import type { Store } from "./store/store.js";
import { withStorageTimeout } from "./store/with-storage-timeout.js";

export interface RunningServer {
  port: number;
  url: string;
  store: Store;
  rooms: RoomRegistry;
  tokens: InvitationTokens;
  /** Renders PDF and Word in worker threads. */
  exportRenderer: ExportRenderer;
  /** Reads large imports in a worker thread. */
  importReader: ImportReader;
  /** This process among the instances sharing a database. */
  instanceId: string;
  /** Drains: refuses new work, closes sockets with 1012, finishes pending writes, closes the store. */
  close(): Promise<void>;
}

/** Composition root: store (+ relay) → rooms → HTTP app + websocket server → listen. */
export async function startServer(config: Config, logger: Logger, store?: Store): Promise<RunningServer> {
  const deployment = await openDeployment(config, logger, store);
  const { bus, instanceId } = deployment;
  const documentStore = withStorageTimeout(deployment.store, config.STORAGE_TIMEOUT_MS);
  let draining = false;
  const metrics: CollabMetrics = new CollabMetrics({ connections: (): number => countSockets(rooms), rooms: (): number => rooms.loadedCount });
  const templates = new TemplateCatalog(documentStore);
  const rooms: RoomRegistry = new RoomRegistry({
    store: documentStore,
    logger,
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    unloadAfterMs: config.UNLOAD_AFTER_MS,
    autoVersionMs: config.AUTO_VERSION_MS,
    // Bound late: the workflow needs the registry, and the registry reports activity to it.
    onActivity: (room) => void workflow.recordAutoVersion(room),
    bus,
    instanceId,
    metrics,
  });
  const workflow = new ReviewWorkflow(documentStore, rooms, logger, config.AUTO_VERSION_MS);
  const secret = await tokenSecret(config, deployment);
  const tokens = new InvitationTokens(secret, config.TOKEN_TTL_DAYS);
  const captionerTokens = new CaptionerTokens(secret);
  const transcripts = new MeetingTranscripts(documentStore, rooms, captionerTokens);
  const guard = new MeetingAccessGuard(tokens, documentStore, config.ADMIN_TOKEN);
  const planner = new MeetingPlanner(documentStore, templates, rooms);
  const invitations = new MeetingInvitations(documentStore, rooms, tokens);
  const details = new MeetingDetails(documentStore, rooms, logger);
  const exportRenderer = new ExportRenderer({ threads: config.EXPORT_THREADS, timeoutMs: config.EXPORT_TIMEOUT_MS, maxChars: config.EXPORT_MAX_CHARS });
  const importReader = new ImportReader(config.IMPORT_TIMEOUT_MS);
  const publisher = new Publisher(documentStore, templates, workflow, exportRenderer, await InstallationKey.load(documentStore.publish), logger);
  const archive = new PublicArchive(documentStore, publisher);
  const checks = [
    { name: "accepting", check: async () => !draining },
    { name: "database", check: () => deployment.pingStore() },
    ...(bus ? [{ name: "redis", check: () => bus.isReady() }] : []),
  ];
  const rateLimits = new AddressRateLimits(config.RATE_LIMIT_FACTOR, compileProxyTrust(config.TRUST_PROXY));
  const app = createApp({
    store: documentStore, rooms, templates, planner, invitations, details, workflow, publisher, archive, guard, tokens, transcripts, captionerTokens, logger, exportRenderer, importReader, rateLimits,
    publicUrl: config.PUBLIC_URL, clientDir: config.CLIENT_DIR, operations: { checks, metrics },
  });
  const httpServer = http.createServer(app);
  const collab = attachCollabServer({ httpServer, rooms, store: documentStore, tokens, logger, maxMessageBytes: config.MAX_MESSAGE_BYTES, rateLimits });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  logger.info("server_started", { port, dataDir: config.DATA_DIR, instanceId, relay: Boolean(bus) });
  const stop = async () => {
    draining = true;
    // Stop accepting first, then let stock providers reconnect (to another instance behind the balancer).
    httpServer.close();
    for (const room of rooms.loadedRooms) room.closeConnections(CloseCode.ServerRestarting, "server restarting");
    await collab.close();
    httpServer.closeAllConnections();
    await withTimeout(rooms.unloadAll(), config.DRAIN_TIMEOUT_MS, () => logger.warn("drain_timeout", { ms: config.DRAIN_TIMEOUT_MS }));
    await deployment.close();
    await Promise.all([exportRenderer.close(), importReader.close()]);
    logger.info("server_stopped", { port });
  };
  let closing: Promise<void> | undefined;
  return { port, url: `http://localhost:${port}`, store: documentStore, rooms, tokens, exportRenderer, importReader, instanceId, close: () => (closing ??= stop()) };
}

function countSockets(rooms: RoomRegistry): number {
  return rooms.loadedRooms.reduce((sum, room) => sum + room.connectionCount, 0);
}

/** TOKEN_SECRET; else on Postgres one secret in the database for every instance; else a file in DATA_DIR. */
async function tokenSecret(config: Config, deployment: Deployment): Promise<Uint8Array> {
  if (config.TOKEN_SECRET || !deployment.sharedSecret) return resolveTokenSecret(config.TOKEN_SECRET, path.resolve(config.DATA_DIR));
  return new TextEncoder().encode(await deployment.sharedSecret(() => randomBytes(48).toString("base64url")));
}

async function withTimeout(work: Promise<unknown>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(() => (onTimeout(), resolve()), ms)));
  await Promise.race([work, timeout]);
  clearTimeout(timer);
}
