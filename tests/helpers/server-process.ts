import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const children = new Set<ChildProcess>();

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Kills the process without letting it flush anything (a crash). */
  kill(): Promise<void>;
  /** Sends SIGTERM (a rolling restart) and resolves with the exit code once it has drained. */
  terminate(): Promise<number | null>;
}

/** The real server as its own process (`server/src/main.ts`), for crash tests; `preload` modules load first. */
export async function startServerProcess(env: Record<string, string>, preload: string[] = []): Promise<ServerProcess> {
  const modules = preload.flatMap((module) => ["--import", module]);
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", ...modules, "server/src/main.ts"], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://localhost:${port}`,
    port,
    child,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
        children.delete(child);
      }),
    terminate: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => {
          children.delete(child);
          resolve(code);
        });
        child.kill("SIGTERM");
      }),
  };
}
