import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chooseSqliteWriter, writerForFileSystem } from "@rapporteur/server";

describe("SQLITE_WRITER=auto", () => {
  it("HOT7: a data folder on a local file system is used from the event loop; on NFS, CIFS/SMB, FUSE, Ceph or 9p from the store thread", () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-writer-")), "not yet made");
    expect(chooseSqliteWriter(dataDir).writer).toBe("event-loop");
    expect(fs.existsSync(dataDir)).toBe(true);
    for (const local of [0xef53 /* ext4 */, 0x58465342 /* xfs */, 0x9123683e /* btrfs */, 0x01021994 /* tmpfs */, 0x794c7630 /* overlay */]) {
      expect(writerForFileSystem(local).writer).toBe("event-loop");
    }
    for (const [type, name] of [[0x6969, "nfs"], [0xff534d42, "cifs"], [0xfe534d42, "smb2"], [0x65735546, "fuse"], [0x00c36400, "ceph"], [0x01021997, "9p"]] as const) {
      const choice = writerForFileSystem(type);
      expect(choice.writer).toBe("thread");
      expect(choice.reason).toContain(name);
    }
    // statfs may report a magic number with the sign bit set as a negative number.
    expect(writerForFileSystem(0xff534d42 | 0).writer).toBe("thread");
  });
});
