// A load generator process: forked by race-servers.ts, it connects its share of the clients,
// types on the parent's signal, and reports latencies and its own CPU over IPC.
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { BenchClient } from "./bench-client.js";
import type { GeneratorReply, GeneratorRequest, GeneratorSetup } from "./generator-protocol.js";
import { OpTracker } from "./op-tracker.js";

const CONNECT_CONCURRENCY = 50;
const LETTERS = "abcdefghijklmnopqrstuvwxyz ";

const tracker = new OpTracker();
const clients: BenchClient[][] = [];
const timers: NodeJS.Timeout[] = [];
let setup: GeneratorSetup | undefined;

const reply = (message: GeneratorReply) => process.send!(message);

async function connectAll(request: GeneratorSetup): Promise<void> {
  const pending: Array<() => Promise<void>> = [];
  for (const [docIndex, url] of request.urls.entries()) {
    const group: BenchClient[] = [];
    clients.push(group);
    for (let i = 0; i < request.clientsPerDoc; i++) {
      pending.push(async () => {
        const client = new BenchClient(url, `writer ${docIndex}.${i}`, (receiver, update) => tracker.recordReceived(receiver, receiver.doc.clientID, update));
        group.push(client);
        await client.synced;
      });
    }
  }
  let next = 0;
  const worker = async () => {
    while (next < pending.length) await pending[next++]!();
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
}

/** Each client types at its rate from a random phase, on absolute deadlines so a late tick does not drift. */
function startTyping(request: GeneratorSetup, endAt: number): void {
  const interval = 1000 / request.opsPerSecond;
  const start = performance.now();
  for (const client of clients.flat()) {
    let due = start + Math.random() * interval;
    let typed = 0;
    const tick = () => {
      if (performance.now() >= endAt) return;
      const update = client.type(LETTERS[typed++ % LETTERS.length]!);
      if (update) tracker.recordSent(client.doc.clientID, update, performance.now());
      due += interval;
      timers.push(setTimeout(tick, Math.max(0, due - performance.now())));
    };
    timers.push(setTimeout(tick, due - start));
  }
}

async function run(request: GeneratorSetup): Promise<void> {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const endAt = startedAt + request.durationMs;
  tracker.recording = true;
  loopDelay.enable();
  startTyping(request, endAt);
  await new Promise((resolve) => setTimeout(resolve, request.durationMs));
  const expected = () => tracker.opsSent * (request.clientsPerDoc - 1);
  const drainUntil = performance.now() + request.drainMs;
  while (tracker.latencies.length < expected() && performance.now() < drainUntil) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const elapsedMs = performance.now() - startedAt;
  reply({
    kind: "result",
    opsSent: tracker.opsSent,
    expected: expected(),
    latencies: tracker.latencies,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / elapsedMs) * 100,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    closedEarly: clients.flat().filter((client) => client.closedEarly).map((client) => `${client.closedEarly!.code} ${client.closedEarly!.reason}`),
  });
}

function stop(): void {
  for (const timer of timers) clearTimeout(timer);
  for (const client of clients.flat()) client.destroy();
  process.disconnect();
}

process.on("message", (message: GeneratorRequest) => {
  if (message.kind === "setup") {
    setup = message;
    const started = performance.now();
    connectAll(message).then(
      () => reply({ kind: "ready", connectMs: performance.now() - started }),
      (error: unknown) => reply({ kind: "failed", error: String(error) }),
    );
  } else if (message.kind === "start" && setup) {
    void run(setup);
  } else if (message.kind === "stop") {
    stop();
  }
});
