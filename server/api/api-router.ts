import { Router } from "express";
import type { MountedRouter } from "../http/app.ts";
import type { ApiDeps } from "./deps.ts";
import { openApiRoute } from "./openapi-route.ts";
import { mountRoutes, type AnyRouteSpec } from "./route-registry.ts";
import { commitmentRoutes } from "./routes/commitment-routes.ts";
import { cypherRoutes } from "./routes/cypher-routes.ts";
import { documentRoutes } from "./routes/document-routes.ts";
import { entityRoutes } from "./routes/entity-routes.ts";
import { hubRoutes } from "./routes/hub-routes.ts";
import { exportRoutes } from "./routes/export-routes.ts";
import { findingRoutes } from "./routes/finding-routes.ts";
import { ingestRoutes } from "./routes/ingest-routes.ts";
import { pathRoutes } from "./routes/path-routes.ts";
import { relationRoutes } from "./routes/relation-routes.ts";
import { schemaRoutes } from "./routes/schema-routes.ts";
import { searchRoutes } from "./routes/search-routes.ts";
import { viewRoutes } from "./routes/view-routes.ts";
import { corsFor, jsonBody, noStore, tokenBucketLimiter } from "./security.ts";

export type { ApiDeps } from "./deps.ts";

/** Every API endpoint, in the order the OpenAPI document lists them. */
export function apiRouteSpecs(deps: ApiDeps): AnyRouteSpec[] {
  const routes = [
    ...schemaRoutes(),
    ...searchRoutes(deps),
    ...entityRoutes(deps),
    ...hubRoutes(deps),
    ...pathRoutes(deps),
    ...viewRoutes(deps),
    ...relationRoutes(deps),
    ...documentRoutes(deps),
    ...commitmentRoutes(deps),
    ...findingRoutes(deps),
    ...exportRoutes(deps),
    ...cypherRoutes(deps),
    ...ingestRoutes(deps),
  ];
  return [...routes, openApiRoute(routes, { title: "kamergraaf API", version: "1.0.0" })];
}

/**
 * The API as one router for createApp({ routers: [apiRouter(deps)] }). Routes
 * carry their full /api/... paths, so it is mounted at "/"; its middleware
 * only runs for /api requests.
 */
export function apiRouter(deps: ApiDeps): MountedRouter {
  const { config } = deps;
  const rate = deps.rateLimit ?? { capacity: config.RATE_LIMIT_BURST ?? 120, refillPerSecond: config.RATE_LIMIT_PER_SECOND ?? 30 };
  const strict = deps.rateLimit
    ? { capacity: Math.max(1, Math.ceil(rate.capacity / 10)), refillPerSecond: rate.refillPerSecond / 10 }
    : { capacity: config.RATE_LIMIT_STRICT_BURST ?? 12, refillPerSecond: config.RATE_LIMIT_STRICT_PER_SECOND ?? 3 };
  const router = Router();
  router.use("/api", corsFor(deps.corsOrigins), noStore, tokenBucketLimiter({ ...rate, name: "the API" }));
  // Costly endpoints get their own, tighter bucket on top.
  router.use("/api/cypher", tokenBucketLimiter({ ...strict, name: "/api/cypher" }));
  router.use("/api/ingest", tokenBucketLimiter({ ...strict, name: "/api/ingest" }));
  // Limits count the bytes read, after any Content-Encoding: chunked and gzip bodies cannot slip past.
  const ingestBody = jsonBody(config.INGEST_BODY_LIMIT ?? "5mb");
  const otherBody = jsonBody(config.BODY_LIMIT ?? "1mb");
  router.use("/api", (req, res, next) => (req.path === "/ingest" ? ingestBody : otherBody)(req, res, next));
  mountRoutes(router, apiRouteSpecs(deps));
  return { path: "/", router };
}
