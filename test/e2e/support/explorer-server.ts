/**
 * Runs the real kamergraaf server in-process — server/main.ts's startServer
 * with the API router and client/dist — against the test Neo4j, and feeds it
 * documents through the real ingestion function (server/graph).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { apiRouter } from "../../../server/api/api-router.ts";
import { loadConfig } from "../../../server/config.ts";
import type { Gateway } from "../../../server/db/gateway.ts";
import { ingestDocuments, type IngestDocumentsResult } from "../../../server/graph/ingest-documents.ts";
import { routerFactories, startServer } from "../../../server/main.ts";

export const ROOT = join(import.meta.dirname, "..", "..", "..");

export interface ExplorerServer {
  url: string;
  stop(): Promise<void>;
}

export { ensureClientBuild } from "../../../client/ensure-build.ts";

export async function startExplorerServer(): Promise<ExplorerServer> {
  // server/main.ts leaves the API to its composition root; mount it only if nobody did.
  if (routerFactories.length === 0) {
    routerFactories.push(({ gateway, config }) =>
      apiRouter({
        gateway,
        config,
        // The browser test makes many quick requests from one client.
        rateLimit: { capacity: 2_000, refillPerSecond: 1_000 },
      }),
    );
  }
  const running = await startServer({ ...loadConfig(), PORT: 0, HOST: "127.0.0.1", LOG_LEVEL: "warn" });
  return { url: running.url, stop: () => running.close() };
}

export function seedDocuments(): { name: string; content: string }[] {
  const dir = join(ROOT, "seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), "utf8") }));
}

/** Ingests through the server's ingestion function; fails loudly on any rejected document. */
export async function ingest(gateway: Gateway, documents: { name: string; content: string }[]): Promise<IngestDocumentsResult> {
  const result = await ingestDocuments(gateway, documents);
  if (result.rejected.length) throw new Error(`ingestion rejected documents: ${JSON.stringify(result.rejected)}`);
  return result;
}
