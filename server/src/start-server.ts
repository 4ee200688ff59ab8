import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { attachCollabServer } from "./collab/collab-server.js";
import { RoomRegistry } from "./collab/room-registry.js";
import type { Config } from "./config.js";
import { createApp } from "./http/create-app.js";
import type { Logger } from "./logger.js";
import { TemplateCatalog } from "./meetings/template-catalog.js";
import { MeetingPlanner } from "./meetings/meeting-planner.js";
import type { Store } from "./store/store.js";
import { SqliteDocumentStore } from "./store/sqlite-document-store.js";

export interface RunningServer {
  port: number;
  url: string;
  store: Store;
  rooms: RoomRegistry;
  /** Stops accepting, closes sockets with 1012, compacts every room, closes the store. */
  close(): Promise<void>;
}

/** Composition root: store → rooms → HTTP app + websocket server → listen. */
export async function startServer(config: Config, logger: Logger, store?: Store): Promise<RunningServer> {
  const documentStore = store ?? new SqliteDocumentStore(path.resolve(config.DATA_DIR));
  const templates = new TemplateCatalog(documentStore);
  const rooms = new RoomRegistry({
    store: documentStore,
    logger,
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    unloadAfterMs: config.UNLOAD_AFTER_MS,
  });
  const planner = new MeetingPlanner(documentStore, templates, rooms);
  const app = createApp({ store: documentStore, rooms, templates, planner, logger, clientDir: config.CLIENT_DIR });
  const httpServer = http.createServer(app);
  const collab = attachCollabServer({ httpServer, rooms, logger, maxMessageBytes: config.MAX_MESSAGE_BYTES });
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
    close: () =>
      (closing ??= (async () => {
        await collab.close();
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await rooms.unloadAll();
        await documentStore.close();
        logger.info("server_stopped", { port });
      })()),
  };
}
