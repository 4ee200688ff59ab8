import type { Store, StoredDocument } from "@rapporteur/server";

export interface FaultControls {
  loadDelayMs: number;
  failLoads: boolean;
  failAppends: boolean;
  loadCount: number;
}

/**
 * Wraps a real store and injects the faults a disk or database shows in production: slow
 * loads, failing loads, failing writes. Every other call goes to the real store unchanged.
 */
export function createFaultyStore(inner: Store): Store & FaultControls {
  const controls: FaultControls = { loadDelayMs: 0, failLoads: false, failAppends: false, loadCount: 0 };
  const overrides = {
    async loadDocument(meetingId: string): Promise<StoredDocument | undefined> {
      controls.loadCount += 1;
      if (controls.loadDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, controls.loadDelayMs));
      if (controls.failLoads) throw new Error("injected: storage unavailable");
      return inner.loadDocument(meetingId);
    },
    appendUpdate(meetingId: string, update: Uint8Array) {
      if (controls.failAppends) throw new Error("injected: disk full");
      return inner.appendUpdate(meetingId, update);
    },
  };
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof typeof overrides];
      if (property in controls) return controls[property as keyof FaultControls];
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
    set(_target, property, value) {
      if (!(property in controls)) return false;
      (controls as unknown as Record<string | symbol, unknown>)[property] = value;
      return true;
    },
  }) as Store & FaultControls;
}
