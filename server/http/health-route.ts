import { Router } from "express";
import type { Gateway } from "../db/gateway.ts";

/**
 * GET /api/health: 200 with Neo4j version and graph size, or 503 with
 * Retry-After (via the error renderer) while Neo4j is unreachable. Each call
 * asks Neo4j afresh, so it recovers by itself when Neo4j comes back.
 */
export function healthRouter(gateway: Gateway): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const neo4j = await gateway.serverInfo();
    const counts = await gateway.counts();
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok", neo4j, counts });
  });
  return router;
}
