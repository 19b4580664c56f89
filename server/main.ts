import type { Server } from "node:http";
import { pathToFileURL } from "node:url";
import { apiRouter } from "./api/api-router.ts";
import { loadConfig, type Config } from "./config.ts";
import { seedIngestStep } from "./graph/seed-step.ts";
import { applySchema } from "./db/apply-schema.ts";
import { createGateway, type Gateway } from "./db/gateway.ts";
import { DatabaseUnavailableError, KamergraafError } from "./errors.ts";
import { createApp, type MountedRouter } from "./http/app.ts";
import { defaultAllowedHosts } from "./http/host-allow-list.ts";
import { createLogger, type Logger } from "./http/logger.ts";
import { ensureNeo4j, type EnsuredNeo4j } from "./neo4j/ensure-neo4j.ts";
import type { StartupContext, StartupStep } from "./startup-step.ts";

export type { StartupContext, StartupStep };
import { clientDistDir } from "../common/paths.ts";

/** Run in order after the schema is applied, before serving (e.g. seed ingestion). */
export const startupSteps: StartupStep[] = [];

/** Routers to mount next to /api/health (the API). */
export const routerFactories: Array<(context: StartupContext) => MountedRouter> = [];

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Waits for a just-resolved Neo4j (a remote one may still be booting). */
async function waitForNeo4j(gateway: Gateway, timeoutMs: number, log: Logger): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await gateway.verifyConnectivity();
      return;
    } catch (error) {
      // Wrong credentials or database name do not heal by waiting: say so at once.
      const code = String((error as DatabaseUnavailableError).details && ((error as DatabaseUnavailableError).details as { neo4jCode?: string }).neo4jCode);
      const permanent = code.startsWith("Neo.ClientError.Security") || code === "Neo.ClientError.Database.DatabaseNotFound";
      if (!(error instanceof DatabaseUnavailableError) || permanent || Date.now() > deadline) throw error;
      log.warn(`Neo4j at ${gateway.uri} not reachable yet, retrying...`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const neo4j: EnsuredNeo4j = await ensureNeo4j(config, { log: (message) => log.info(message) });
  const gateway = createGateway({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database });
  let server: Server | undefined;
  const close = async () => {
    if (server) {
      const closing = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeAllConnections();
      await closing;
    }
    await gateway.close();
    await neo4j.stop(); // no-op unless we started the embedded Neo4j
  };
  try {
    await waitForNeo4j(gateway, 60_000, log);
    const schema = await applySchema(gateway);
    log.info(`Schema applied (${schema.statements} statements).`);
    const context: StartupContext = { config, gateway, log };
    for (const step of startupSteps) {
      const stepStart = Date.now();
      await step.run(context);
      log.info(`Startup step "${step.name}" done in ${Date.now() - stepStart} ms.`);
    }
    const app = createApp({
      gateway,
      routers: routerFactories.map((factory) => factory(context)),
      staticDir: clientDistDir,
      logError: (error) => log.error("request failed", error),
      logWarning: (message) => log.warn(message),
      allowedHosts: config.ALLOWED_HOSTS ?? defaultAllowedHosts(config.HOST),
      trustProxy: config.TRUST_PROXY,
      health: {
        token: config.HEALTH_TOKEN,
        rateLimit: { capacity: config.RATE_LIMIT_BURST, refillPerSecond: config.RATE_LIMIT_PER_SECOND },
        embedded: neo4j.supervisor,
      },
    });
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
      listening.once("error", reject);
    });
    // Slow or stalled clients must not hold sockets: headers and whole requests have deadlines.
    server.headersTimeout = config.HEADERS_TIMEOUT_MS;
    server.requestTimeout = config.REQUEST_TIMEOUT_MS;
    server.keepAliveTimeout = 5_000;
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    const url = `http://${config.HOST}:${port}`;
    log.info(`kamergraaf ready on ${url} (Neo4j ${neo4j.uri}${neo4j.started ? ", embedded" : ""}) in ${Date.now() - started} ms.`);
    return { url, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/**
 * The product as `npm start` runs it: the API next to /api/health, and the
 * seed documents ingested before serving (unchanged documents are skipped by
 * their hash, so a restart is quick). Tests compose their own servers.
 */
export function composeProduct(): void {
  routerFactories.push(({ gateway, config }) => apiRouter({ gateway, config }));
  startupSteps.push(seedIngestStep);
}

async function main(): Promise<void> {
  let running: RunningServer;
  try {
    composeProduct();
    running = await startServer();
  } catch (error) {
    console.error(error instanceof KamergraafError ? `error: ${error.message}` : error);
    if (error instanceof KamergraafError && error.details) console.error(JSON.stringify(error.details, null, 2));
    process.exit(1);
  }
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.error(`${signal}: shutting down...`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
