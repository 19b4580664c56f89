import { existsSync } from "node:fs";
import express, { type Express, type Router } from "express";
import type { Gateway } from "../db/gateway.ts";
import { apiNotFound, errorRenderer } from "./error-renderer.ts";
import { healthRouter, type HealthOptions } from "./health-route.ts";
import { defaultAllowedHosts, hostAllowList } from "./host-allow-list.ts";
import { securityHeaders } from "./security-headers.ts";

/** "true"/"false", a hop count, or Express's names and addresses ("loopback", "10.0.0.0/8"). */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export interface MountedRouter {
  /** Mount path, e.g. "/api". */
  path: string;
  router: Router;
}

export interface AppDeps {
  gateway: Gateway;
  /** Extra routers (the API); mounted after /api/health, before the 404 handler. */
  routers?: MountedRouter[];
  /** Built client (client/dist); served at / when the folder exists. */
  staticDir?: string;
  logError?: (error: unknown) => void;
  /** One-line warnings, e.g. Neo4j unavailable. */
  logWarning?: (message: string) => void;
  /** Host names answered (DNS-rebinding guard); default: the loopback names. */
  allowedHosts?: readonly string[];
  /** Express "trust proxy" (who the client is behind a reverse proxy); default: the socket address. */
  trustProxy?: string;
  /** GET /api/health: its bucket, and the token that unlocks its details. */
  health?: HealthOptions;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.set("trust proxy", parseTrustProxy(deps.trustProxy));
  app.use(hostAllowList(deps.allowedHosts ?? defaultAllowedHosts("127.0.0.1")));
  app.use(securityHeaders());

  app.use("/api", healthRouter(deps.gateway, deps.health));
  for (const { path, router } of deps.routers ?? []) app.use(path, router);
  app.use("/api", apiNotFound);

  if (deps.staticDir && existsSync(deps.staticDir)) {
    app.use(express.static(deps.staticDir, { index: "index.html" }));
  }

  app.use(errorRenderer(deps.logError, deps.logWarning));
  return app;
}
