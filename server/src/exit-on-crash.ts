import type { Logger } from "./logger.js";

/** How long closing the store may take before the process exits anyway. */
const CLOSE_DEADLINE_MS = 5_000;

/**
 * After an uncaught exception (or unhandled rejection) the process is in an unknown state:
 * log it, close the store cleanly (no compaction from a state we no longer trust; every
 * acknowledged update is already in the log), and exit non-zero for the supervisor to restart.
 */
export function exitOnCrash(store: { close(): unknown }, logger: Logger): void {
  let crashing = false;
  const crash = (event: string) => (error: unknown) => {
    logger.error(event, { error: String((error as Error | undefined)?.stack ?? error) });
    if (crashing) return;
    crashing = true;
    setTimeout(() => process.exit(1), CLOSE_DEADLINE_MS).unref();
    Promise.resolve()
      .then(() => store.close())
      .then(
        () => process.exit(1),
        (closeError: unknown) => {
          logger.error("store_close_failed", { error: String(closeError) });
          process.exit(1);
        },
      );
  };
  process.on("uncaughtException", crash("uncaught_exception"));
  process.on("unhandledRejection", crash("unhandled_rejection"));
}
