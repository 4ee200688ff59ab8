import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CaptionerTokens } from "./access/captioner-tokens.js";
import { InvitationTokens } from "./access/invitation-tokens.js";
import { MeetingAccessGuard } from "./access/meeting-access.js";
import { resolveTokenSecret } from "./access/resolve-token-secret.js";
import { attachCollabServer } from "./collab/collab-server.js";
import { RoomRegistry } from "./collab/room-registry.js";
import type { Config } from "./config.js";
import { ExportRenderer } from "./export/export-renderer.js";
import { createApp } from "./http/create-app.js";
import type { Logger } from "./logger.js";
import { TemplateCatalog } from "./meetings/template-catalog.js";
import { MeetingPlanner } from "./meetings/meeting-planner.js";
import { MeetingDetails } from "./meetings/meeting-details.js";
import { MeetingTranscripts } from "./meetings/meeting-transcripts.js";
import { ReviewWorkflow } from "./meetings/review-workflow.js";
import { InstallationKey } from "./publish/installation-key.js";
import { PublicArchive } from "./publish/public-archive.js";
import { Publisher } from "./publish/publisher.js";
import type { Store } from "./store/store.js";
import { SqliteDocumentStore } from "./store/sqlite-document-store.js";
import { withStorageTimeout } from "./store/with-storage-timeout.js";

export interface RunningServer {
  port: number;
  url: string;
  store: Store;
  rooms: RoomRegistry;
  tokens: InvitationTokens;
  /** Renders PDF and Word in worker threads. */
  exportRenderer: ExportRenderer;
  /** Stops accepting, closes sockets with 1012, compacts every room, closes the store. */
  close(): Promise<void>;
}

/** Composition root: store → rooms → HTTP app + websocket server → listen. */
export async function startServer(config: Config, logger: Logger, store?: Store): Promise<RunningServer> {
  const documentStore = withStorageTimeout(store ?? (await openConfiguredStore(config, logger)), config.STORAGE_TIMEOUT_MS);
  const templates = new TemplateCatalog(documentStore);
  const rooms = new RoomRegistry({
    store: documentStore,
    logger,
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    unloadAfterMs: config.UNLOAD_AFTER_MS,
    autoVersionMs: config.AUTO_VERSION_MS,
    // Bound late: the workflow needs the registry, and the registry reports activity to it.
    onActivity: (room) => void workflow.recordAutoVersion(room),
  });
  const workflow = new ReviewWorkflow(documentStore, rooms, logger);
  const tokenSecret = resolveTokenSecret(config.TOKEN_SECRET, path.resolve(config.DATA_DIR));
  const tokens = new InvitationTokens(tokenSecret, config.TOKEN_TTL_DAYS);
  const captionerTokens = new CaptionerTokens(tokenSecret);
  const transcripts = new MeetingTranscripts(documentStore, rooms, captionerTokens);
  const guard = new MeetingAccessGuard(tokens, documentStore, config.ADMIN_TOKEN);
  const planner = new MeetingPlanner(documentStore, templates, rooms);
  const details = new MeetingDetails(documentStore, rooms, logger);
  const exportRenderer = new ExportRenderer({ threads: config.EXPORT_THREADS, timeoutMs: config.EXPORT_TIMEOUT_MS, maxChars: config.EXPORT_MAX_CHARS });
  const publisher = new Publisher(documentStore, templates, workflow, exportRenderer, await InstallationKey.load(documentStore.publish), logger);
  const archive = new PublicArchive(documentStore, publisher);
  const app = createApp({
    store: documentStore, rooms, templates, planner, details, workflow, publisher, archive, guard, tokens, transcripts, captionerTokens, logger, exportRenderer,
    publicUrl: config.PUBLIC_URL, clientDir: config.CLIENT_DIR,
  });
  const httpServer = http.createServer(app);
  const collab = attachCollabServer({ httpServer, rooms, store: documentStore, tokens, logger, maxMessageBytes: config.MAX_MESSAGE_BYTES });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  logger.info("server_started", { port, dataDir: config.DATA_DIR });
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://localhost:${port}`,
    store: documentStore,
    rooms,
    tokens,
    exportRenderer,
    close: () =>
      (closing ??= (async () => {
        await collab.close();
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await rooms.unloadAll();
        await documentStore.close();
        await exportRenderer.close();
        logger.info("server_stopped", { port });
      })()),
  };
}

/** SQLite under DATA_DIR by default; Postgres when DATABASE_URL is set. */
function openConfiguredStore(config: Config, logger: Logger): Promise<Store> | Store {
  if (config.DATABASE_URL) return openPostgresStore(config.DATABASE_URL, config.DATABASE_SCHEMA, logger);
  return new SqliteDocumentStore(path.resolve(config.DATA_DIR));
}

/** `pg` is loaded only when Postgres is configured: the embedded default never needs it. */
async function openPostgresStore(url: string, schema: string | undefined, logger: Logger): Promise<Store> {
  const { PostgresStore } = await import("./store/postgres-store.js");
  return PostgresStore.open(url, { schema, onPoolError: (error) => logger.error("postgres_pool_error", { error: String(error) }) });
}
