import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startServerProcess } from "../helpers/server-process.js";
import { makeTempDir } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const preload = fileURLToPath(new URL("../helpers/throw-on-sigusr2.ts", import.meta.url));

describe("an uncaught exception", () => {
  it("HARD-CRASH1: is logged, the store is closed cleanly and the process exits non-zero for its supervisor", async () => {
    const dataDir = makeTempDir();
    const server = await startServerProcess({ PORT: "0", DATA_DIR: dataDir }, [preload]);
    await createMeetingViaApi(server.url, sampleMeetingRequest());
    let stderr = "";
    server.child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
    const wal = fs.readdirSync(dataDir).find((name) => name.endsWith("-wal"));
    expect(wal).toBeDefined();

    server.child.kill("SIGUSR2");
    expect(await exited).toBe(1);
    await waitUntil(() => expect(stderr).toContain('"event":"uncaught_exception"'));
    expect(stderr).toContain("injected: a bug nobody caught");
    // better-sqlite3 checkpoints and removes the write-ahead log when the last connection closes cleanly.
    expect(fs.existsSync(path.join(dataDir, wal!))).toBe(false);
  });
});
