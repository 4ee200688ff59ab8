import { useEffect, useRef } from "react";

/**
 * Calls `tick` every `intervalMs` while the component is mounted. The server sends no live
 * notice when a meeting is submitted or changes are requested, so open panels ask.
 */
export function usePolling(tick: () => void, intervalMs: number): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    const timer = window.setInterval(() => latest.current(), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
}
