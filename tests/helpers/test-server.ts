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
  // The default writer (the store thread) unless a test sets its own; TEST_SQLITE_WRITER=event-loop
  // runs the whole suite on the other writer.
  const writer = process.env.TEST_SQLITE_WRITER ? { SQLITE_WRITER: process.env.TEST_SQLITE_WRITER } : {};
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
