import { Router } from "express";
import type { Gateway } from "../db/gateway.ts";
import { tokenBucketLimiter, type RateLimitOptions } from "./rate-limit.ts";

export interface HealthOptions {
  /** Its own bucket (default 120 burst, 30/s per client). */
  rateLimit?: RateLimitOptions;
  /** `Authorization: Bearer <token>` adds the Neo4j URI to the answer. */
  token?: string;
  /** One answer serves every caller for this long (default 1 s): health must stay cheap under load. */
  cacheMs?: number;
  /** The embedded Neo4j's supervisor, when this process runs one. */
  embedded?: () => { restarts: number; lastRestartAt: string | null };
}

interface Snapshot {
  neo4j: { version: string; edition: string; uri: string };
  counts: { nodes: number; relationships: number };
}

/**
 * GET /api/health: 200 with Neo4j version and graph size, or 503 with
 * Retry-After (via the error renderer) while Neo4j is unreachable. Answers are
 * shared for a second; after that Neo4j is asked afresh, so health recovers
 * by itself when Neo4j comes back.
 */
export function healthRouter(gateway: Gateway, options: HealthOptions = {}): Router {
  const cacheMs = options.cacheMs ?? 1_000;
  let cached: { at: number; value: Snapshot } | undefined;
  let asking: Promise<Snapshot> | undefined;
  const ask = async (): Promise<Snapshot> => ({ neo4j: await gateway.serverInfo(), counts: await gateway.counts() });
  const snapshot = async (): Promise<Snapshot> => {
    if (cached && Date.now() - cached.at < cacheMs) return cached.value;
    asking ??= ask().finally(() => (asking = undefined));
    const value = await asking;
    cached = { at: Date.now(), value };
    return value;
  };

  const router = Router();
  router.use("/health", tokenBucketLimiter({ ...(options.rateLimit ?? { capacity: 120, refillPerSecond: 30 }), name: "/api/health" }));
  router.get("/health", async (req, res) => {
    const { neo4j, counts } = await snapshot();
    const detailed = options.token !== undefined && req.get("authorization") === `Bearer ${options.token}`;
    res.setHeader("Cache-Control", "no-store");
    res.json({
      status: "ok",
      neo4j: detailed ? neo4j : { version: neo4j.version, edition: neo4j.edition },
      counts,
      ...(options.embedded ? { embeddedNeo4j: options.embedded() } : {}),
    });
  });
  return router;
}
