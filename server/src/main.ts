import { ConfigError, loadConfig } from "./config.js";
import { exitOnCrash } from "./exit-on-crash.js";
import { createLogger } from "./logger.js";
import { startServer } from "./start-server.js";

// The only place that reads process.env: everything else receives the parsed Config.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let server;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    // A deployment problem found at start (another instance it could not hear): say why, exit.
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  process.stdout.write(`Rapporteur is running on http://localhost:${server.port}\n`);
  const stop = (signal: string) => {
    logger.info("shutdown", { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("shutdown_failed", { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  exitOnCrash(server.store, logger);
}

void main();
