/** documents × clients per document @ ops per second per client. */
export interface LoadProfile {
  docs: number;
  clientsPerDoc: number;
  opsPerSecond: number;
}

/** The loads of issue 12: one busy meeting matches the reference; these are where the tail grew. */
export const DEFAULT_LOADS = "20x5@1,100x5@1,200x5@1,400x5@1,200x10@0.5";

export function parseLoads(text: string): LoadProfile[] {
  return text.split(",").map((part) => {
    const match = /^\s*(\d+)x(\d+)@([\d.]+)\s*$/.exec(part);
    if (!match) throw new Error(`BENCH_LOADS: "${part}" is not docs x clients @ ops/s, e.g. 200x5@1`);
    return { docs: Number(match[1]), clientsPerDoc: Number(match[2]), opsPerSecond: Number(match[3]) };
  });
}

export function loadLabel(load: LoadProfile): string {
  return `${load.docs}×${load.clientsPerDoc}@${load.opsPerSecond}`;
}

export const socketsOf = (load: LoadProfile) => load.docs * load.clientsPerDoc;
