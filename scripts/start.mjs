// `npm start`: build what is missing or stale, then run the server on SQLite under ./data.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** Newest modification time under a folder (0 when it does not exist). */
function newestMtime(folder) {
  if (!fs.existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

// tsc -b is incremental: it rebuilds shared/ and server/ only when their sources changed.
run("npx", ["tsc", "-b", "shared", "server"]);
const clientIndex = path.join(root, "client/dist/index.html");
const clientBuilt = fs.existsSync(clientIndex) ? fs.statSync(clientIndex).mtimeMs : 0;
const sources = Math.max(newestMtime(path.join(root, "client/src")), newestMtime(path.join(root, "shared/src")));
if (clientBuilt < sources) run("npm", ["run", "build", "-w", "client"]);

const server = spawnSync(process.execPath, ["server/dist/main.js"], { cwd: root, stdio: "inherit" });
process.exit(server.status ?? 0);
