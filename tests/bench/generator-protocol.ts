/** The messages between the bench runner and its load generator processes. */
export interface GeneratorSetup {
  kind: "setup";
  /** One websocket URL per document this generator drives. */
  urls: string[];
  clientsPerDoc: number;
  opsPerSecond: number;
  durationMs: number;
  /** How long to wait after the last op for the last deliveries. */
  drainMs: number;
}

export type GeneratorRequest = GeneratorSetup | { kind: "start" } | { kind: "stop" };

export interface GeneratorResult {
  kind: "result";
  opsSent: number;
  expected: number;
  /** One entry per delivery of an op to another client, in ms. */
  latencies: number[];
  /** The generator's own CPU over the run, in % of one core. */
  cpuPercent: number;
  loopDelayP99Ms: number;
  /** Close code and reason of every socket the server closed during the run. */
  closedEarly: string[];
}

export type GeneratorReply = { kind: "ready"; connectMs: number } | { kind: "failed"; error: string } | GeneratorResult;
