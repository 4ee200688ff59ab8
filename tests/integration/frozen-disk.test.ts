import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

// A real frozen disk: a small ext4 file system on a loop device, frozen with fsfreeze(8), as a
// hung network mount or a stalled volume behaves. Needs root and util-linux; skipped elsewhere.
const canFreeze = process.getuid?.() === 0 && ["/usr/sbin/fsfreeze", "/usr/sbin/mkfs.ext4"].every((tool) => fs.existsSync(tool));

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: "utf8", timeout: 30_000 });

describe.skipIf(!canFreeze)("a frozen file system under SQLite's default writer, the store thread", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-frozen-"));
  const image = path.join(work, "disk.ext4");
  const mountPoint = path.join(work, "mnt");
  let mounted = false;

  beforeAll(() => {
    fs.mkdirSync(mountPoint);
    fs.writeFileSync(image, "");
    fs.truncateSync(image, 64 * 1024 * 1024);
    mounted = run("/usr/sbin/mkfs.ext4", ["-q", "-F", image]).status === 0 && run("mount", ["-o", "loop", image, mountPoint]).status === 0;
  });

  afterAll(() => {
    if (mounted) {
      run("/usr/sbin/fsfreeze", ["-u", mountPoint]);
      run("umount", [mountPoint]);
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  /**
   * Freezes the disk and returns how to thaw it. The thaw runs in a helper process started
   * before the freeze: while a thread of this process waits on the frozen disk inside a page
   * fault, this process cannot fork, so spawning fsfreeze from here would wait for the thaw
   * itself. The helper also thaws on its own after 45 s, whatever happens to this process.
   */
  const freeze = (): (() => Promise<void>) => {
    const helper = spawn("sh", ["-c", `timeout 45 head -n 1 >/dev/null; /usr/sbin/fsfreeze -u '${mountPoint}'; echo thawed`], { stdio: ["pipe", "pipe", "ignore"] });
    const thawed = new Promise<void>((resolve) => helper.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("thawed") && resolve()));
    expect(run("/usr/sbin/fsfreeze", ["-f", mountPoint]).status).toBe(0);
    return () => {
      helper.stdin.end("thaw\n");
      return thawed;
    };
  };

  it("HOT6: the event loop never waits for the frozen disk: the room that writes closes with 4500, requests answer 503 storage_busy, other meetings' awareness still crosses; after the thaw the text is stored", { timeout: 60_000 }, async (context) => {
    if (!mounted) context.skip();
    const server = await startTestServer({ dataDir: path.join(mountPoint, "data"), env: { SQLITE_WRITER: "thread", STORAGE_TIMEOUT_MS: "1500" } });
    try {
      const typing = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Typing on a frozen disk" }));
      const other = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Only talking" }));
      const [writer, watcher, speaker, listener] = [typing, typing, other, other].map((meeting) => connectClient(server.url, meeting));
      await Promise.all([writer, watcher, speaker, listener].map((client) => client!.synced));
      const closes: number[] = [];
      watcher!.provider.on("connection-close", (event: CloseEvent | null) => event && closes.push(event.code));

      // A commit just before the freeze: the next reader must then update SQLite's shared-memory
      // index, a write to the frozen disk that would hold the event loop if reads ran there.
      writeParagraphInSection(speaker!.doc, "AoB", "Said before the freeze.");
      await waitUntil(() => expect(bodyText(listener!.doc)).toContain("Said before the freeze."));
      const thaw = freeze();
      writeParagraphInSection(writer!.doc, "AoB", "Typed while the disk was frozen.");
      await waitUntil(() => expect(closes).toContain(CloseCode.StorageUnavailable), 10_000);
      const list = await fetch(`${server.url}/api/meetings`);
      expect(list.status).toBe(503);
      expect(((await list.json()) as { error: { code: string } }).error.code).toBe("storage_busy");
      speaker!.provider.awareness.setLocalStateField("name", "still talking");
      await waitUntil(() => expect((listener!.provider.awareness.getStates().get(speaker!.doc.clientID) as { name?: string } | undefined)?.name).toBe("still talking"));

      await thaw();
      await waitUntil(async () => expect(await exportMarkdown(server.url, typing)).toContain("Typed while the disk was frozen."), 30_000);
      await waitUntil(() => expect(bodyText(watcher!.doc)).toContain("Typed while the disk was frozen."), 10_000);
      expect((await fetch(`${server.url}/api/meetings`)).status).toBe(200);
    } finally {
      run("/usr/sbin/fsfreeze", ["-u", mountPoint]);
      await server.close();
    }
  });
});
