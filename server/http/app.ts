import { existsSync } from "node:fs";
import express, { type Express, type Router } from "express";
import type { Gateway } from "../db/gateway.ts";
import { apiNotFound, errorRenderer } from "./error-renderer.ts";
import { healthRouter } from "./health-route.ts";

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
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.use(express.json({ limit: "5mb" }));

  app.use("/api", healthRouter(deps.gateway));
  for (const { path, router } of deps.routers ?? []) app.use(path, router);
  app.use("/api", apiNotFound);

  if (deps.staticDir && existsSync(deps.staticDir)) {
    app.use(express.static(deps.staticDir, { index: "index.html" }));
  }

  app.use(errorRenderer(deps.logError, deps.logWarning));
  return app;
}
