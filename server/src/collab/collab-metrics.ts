import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { RoomMetrics } from "./room.js";

/** What /metrics reports, in Prometheus format (prom-client); one registry per server. */
export class CollabMetrics implements RoomMetrics {
  readonly registry = new Registry();
  private readonly stored: Counter;
  private readonly storeLatency: Histogram;
  private readonly refused: Counter;
  private readonly lag: Histogram;

  constructor(sample: { connections(): number; rooms(): number }) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: "rapporteur_process_" });
    new Gauge({ name: "rapporteur_connections", help: "Open collaboration sockets", registers, collect() { this.set(sample.connections()); } });
    new Gauge({ name: "rapporteur_rooms_loaded", help: "Meetings loaded in memory", registers, collect() { this.set(sample.rooms()); } });
    this.stored = new Counter({ name: "rapporteur_updates_stored_total", help: "Updates stored (rate() gives updates per second)", registers });
    this.storeLatency = new Histogram({
      name: "rapporteur_store_append_seconds",
      help: "Time from applying an update to its durable store",
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.refused = new Counter({ name: "rapporteur_writes_refused_total", help: "Appends the store failed or refused (room closed with 4500 or 4423)", registers });
    this.lag = new Histogram({
      name: "rapporteur_relay_lag_seconds",
      help: "Redis publish to apply on another instance",
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 2],
      registers,
    });
  }

  updateStored(seconds: number): void {
    this.stored.inc();
    this.storeLatency.observe(seconds);
  }

  writeRefused(): void {
    this.refused.inc();
  }

  relayLag(seconds: number): void {
    this.lag.observe(seconds);
  }
}
