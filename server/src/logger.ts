import type { Config } from "./config.js";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type Logger = Record<Level, (event: string, fields?: Record<string, unknown>) => void>;

/** One JSON line per event; document content is never logged, only ids, sizes and reasons. */
export function createLogger(level: Config["LOG_LEVEL"]): Logger {
  const write = (at: Level) => (event: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, event, ...fields });
    (at === "error" || at === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
