import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { RapporteurProcess } from "./bench-options.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A server process the load generators drive. */
export interface ServerUnderTest {
  name: string;
  pid: number;
  /** Prepares `count` documents and returns one websocket URL per document. */
  prepareDocuments(count: number): Promise<string[]>;
  stop(): Promise<void>;
}

/** Builds shared/ and server/ (incremental) so Rapporteur runs as `npm start` runs it, from dist/. */
export function buildServer(): void {
  const result = spawnSync("npx", ["tsc", "-b", "shared", "server"], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("tsc -b shared server failed");
}

export function makeTempDir(prefix = "rapporteur-bench-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        resolve({ child, match });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 20_000) output = output.slice(-10_000);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess, graceful = false): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(graceful ? "SIGTERM" : "SIGKILL");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Rapporteur as deployed: built server, SQLite (WAL, synchronous=FULL) in a fresh data folder. */
export async function startRapporteur(extraEnv: Record<string, string> = {}, how: RapporteurProcess = { nodeArgs: [], graceful: false }): Promise<ServerUnderTest> {
  const dataDir = makeTempDir();
  const { child, match } = await startProcess([...how.nodeArgs, "server/dist/main.js"], {
    PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn",
    // Every bench client connects from 127.0.0.1: 2,000 sockets and 400 meetings a minute, as a NAT of many users would.
    RATE_LIMIT_FACTOR: "20",
    TOKEN_SECRET: crypto.randomBytes(32).toString("hex"), ...extraEnv,
  }, /running on http:\/\/localhost:(\d+)/);
  const base = `http://127.0.0.1:${match[1]}`;
  return {
    name: "Rapporteur",
    pid: child.pid!,
    prepareDocuments: async (count) => {
      const urls: string[] = new Array<string>(count);
      let next = 0;
      const create = async () => {
        while (next < count) {
          const index = next++;
          const response = await fetch(`${base}/api/meetings`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ series: "Bench", title: `Bench meeting ${index}`, startsAt: "2026-01-01T10:00:00Z", agenda: [{ title: "Item" }], participants: [] }),
          });
          if (response.status !== 201) throw new Error(`create meeting: HTTP ${response.status} ${await response.text()}`);
          const created = (await response.json()) as { meeting: { id: string }; tokens: { noteTaker: string } };
          urls[index] = `ws://127.0.0.1:${match[1]}/collab/${created.meeting.id}?token=${encodeURIComponent(created.tokens.noteTaker)}`;
        }
      };
      await Promise.all(Array.from({ length: 8 }, create));
      return urls;
    },
    stop: async () => {
      await stopProcess(child, how.graceful);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The stock y-websocket 2.1.0 server (`bin/server.cjs`), in memory, as its README starts it. */
export async function startReference(): Promise<ServerUnderTest> {
  const require = createRequire(import.meta.url);
  const serverScript = path.join(path.dirname(require.resolve("y-websocket-reference/package.json")), "bin/server.cjs");
  const port = await freePort();
  const { child } = await startProcess([serverScript], { HOST: "127.0.0.1", PORT: String(port) }, /running at/);
  return {
    name: "y-websocket 2.1.0 (memory)",
    pid: child.pid!,
    prepareDocuments: (count) => Promise.resolve(Array.from({ length: count }, (_, index) => `ws://127.0.0.1:${port}/bench-${index}`)),
    stop: () => stopProcess(child),
  };
}
