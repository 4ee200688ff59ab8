import { Router, type RequestHandler } from "express";
import type { CollabMetrics } from "../collab/collab-metrics.js";

export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

/**
 * `/readyz`: 200 only while every dependency answers and the server is not draining, so a load
 * balancer sends nobody to an instance that cannot store. `/metrics`: Prometheus text.
 */
export function createOperationsRouter(options: { checks: ReadinessCheck[]; metrics: CollabMetrics; requireAdmin: RequestHandler }): Router {
  const router = Router();
  router.get("/readyz", async (_request, response) => {
    const results = await Promise.all(options.checks.map(async ({ name, check }) => [name, await check().catch(() => false)] as const));
    const ok = results.every(([, passed]) => passed);
    response.status(ok ? 200 : 503).json({ ok, checks: Object.fromEntries(results) });
  });
  router.get("/metrics", options.requireAdmin, async (_request, response) => {
    response.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  return router;
}
