import fs from "node:fs";

/** Linux reports CPU time in clock ticks of 1/100 s (CLK_TCK) on every platform Node supports. */
const TICKS_PER_SECOND = 100;

function readCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function readRssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Peak resident memory and CPU share of another process, sampled from /proc while a run lasts. */
export class ProcessMeter {
  private timer: NodeJS.Timeout | undefined;
  private peakRss = 0;
  private cpuAtStart = 0;
  private startedAt = 0;

  constructor(private readonly pid: number) {}

  start(): void {
    this.peakRss = readRssBytes(this.pid);
    this.cpuAtStart = readCpuSeconds(this.pid);
    this.startedAt = performance.now();
    this.timer = setInterval(() => {
      try {
        this.peakRss = Math.max(this.peakRss, readRssBytes(this.pid));
      } catch {
        // The process ended; the last sample stands.
      }
    }, 200);
  }

  /** Peak RSS in bytes and CPU in % of one core since start(). */
  stop(): { peakRssBytes: number; cpuPercent: number } {
    clearInterval(this.timer);
    try {
      this.peakRss = Math.max(this.peakRss, readRssBytes(this.pid));
      const cpuSeconds = readCpuSeconds(this.pid) - this.cpuAtStart;
      return { peakRssBytes: this.peakRss, cpuPercent: (cpuSeconds / ((performance.now() - this.startedAt) / 1000)) * 100 };
    } catch {
      return { peakRssBytes: this.peakRss, cpuPercent: Number.NaN };
    }
  }
}

export function rssBytes(pid: number): number {
  return readRssBytes(pid);
}
