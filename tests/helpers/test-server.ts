import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createLogger, loadConfig, startServer, type RunningServer, type Store } from "@rapporteur/server";

export interface TestServer extends RunningServer {
  dataDir: string;
}

export interface TestServerOptions {
  /** Reuse a data directory (a restart); a fresh temporary one by default. */
  dataDir?: string;
  env?: Record<string, string>;
  store?: Store;
}

const running = new Set<TestServer>();
const tempDirs = new Set<string>();

afterAll(async () => {
  await Promise.all([...running].map((server) => server.close()));
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

export function makeTempDir(prefix = "rapporteur-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** The real server, in this process, on a free port, with SQLite in a temporary directory. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? makeTempDir();
  // TEST_CLIENT_DIR lets a developer test a client build kept apart from client/dist.
  const clientDir = process.env.TEST_CLIENT_DIR ? { CLIENT_DIR: process.env.TEST_CLIENT_DIR } : {};
  // In-process test servers use the event-loop writer unless a test sets its own or TEST_SQLITE_WRITER
  // says otherwise: a store thread's start (about 0.25 s) in each of several hundred servers would
  // take the suite past CI's time. The default, the thread, runs in every server process the tests
  // start and in the tests about storage (HOT1, HOT5–7, BATCH, the store contracts); the whole suite
  // passes with TEST_SQLITE_WRITER=thread.
  const writer = { SQLITE_WRITER: process.env.TEST_SQLITE_WRITER || "event-loop" };
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...clientDir, ...writer, ...options.env });
  const server = await startServer(config, createLogger(config.LOG_LEVEL), options.store);
  const testServer: TestServer = {
    ...server,
    dataDir,
    close: async () => {
      running.delete(testServer);
      await server.close();
    },
  };
  running.add(testServer);
  return testServer;
}
