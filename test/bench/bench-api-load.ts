/**
 * API latency under load (not a test): p50/p95/p99 of search, neighbourhood
 * (depth 2) and shortest paths at concurrency 1 and 32, over real HTTP
 * against the app, next to the baseline in the same run: the same named
 * Cypher through the bare neo4j-driver (the BFS in one read transaction, as
 * the API runs it). Used by run-bench.ts (the bench corpus graph) and by
 * bench-api.ts (the seed graph in the project's Neo4j).
 */
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { loadConfig } from "../../server/config.ts";
import { createGateway } from "../../server/db/gateway.ts";
import { recordToPlain } from "../../server/db/to-plain.ts";
import { createApp } from "../../server/http/app.ts";
import { apiRouter } from "../../server/api/api-router.ts";
import { apiCypher, cypherParams } from "../../server/api/api-database.ts";
import { allFilters, edgesAmong, growSubgraph, nodesById } from "../../server/api/graph/subgraph.ts";
import { searchQuery } from "../../server/api/lucene.ts";
import { NODE_TYPE_NAMES } from "../../server/api/schemas/common.ts";
import { relationTypeNames } from "../../extract/model/graph-model.ts";

export interface LatencyRow {
  name: string;
  via: "HTTP API" | "bare driver";
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function measure(run: () => Promise<unknown>, concurrency: number, requests: number, warmup: number): Promise<Omit<LatencyRow, "name" | "via">> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      next++;
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { concurrency, requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), perSecond: times.length / seconds };
}

export interface ApiLoadOptions {
  requests: number;
  concurrency: number[];
  /** Probe entities only among those these documents mention (a shared database holds other data too). */
  documentKeys?: string[];
}

export async function benchApiLoad(db: { uri: string; user: string; password: string; database: string }, options: ApiLoadOptions): Promise<{ rows: LatencyRow[]; probe: string }> {
  const config = loadConfig();
  const gateway = createGateway(db);
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { maxConnectionPoolSize: 100 });
  const server = createApp({ gateway, routers: [apiRouter({ gateway, config, rateLimit: { capacity: 1e9, refillPerSecond: 1e9 } })] }).listen(0, "127.0.0.1");
  try {
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bareRead = async (cypher: string, params: Record<string, unknown>) =>
      (await driver.executeQuery(cypher, params, { database: db.database, routing: neo4j.routing.READ })).records.map(recordToPlain);

    // probes: the best-connected organisation and an entity 2–4 hops from it
    const scope = options.documentKeys ?? null;
    const inScope = `($docKeys IS NULL OR EXISTS { MATCH (d:Document)-[:MENTIONS]->(e) WHERE d.key IN $docKeys })`;
    const [hub] = await bareRead(
      `MATCH (e:Entity) WHERE ${inScope}
       RETURN e.key AS key, e.name AS name, COUNT { (e)-[r]-() WHERE type(r) IN $types } AS degree ORDER BY degree DESC, key LIMIT 1`,
      { types: relationTypeNames, docKeys: scope },
    );
    if (!hub) throw new Error("The bench graph is empty.");
    const [far] = await bareRead(
      `MATCH (a:Entity {key: $key}) MATCH p = shortestPath((a)-[*..4]-(e:Entity)) WHERE e <> a AND ${inScope} AND all(r IN relationships(p) WHERE type(r) IN $types)
       WITH e, length(p) AS length ORDER BY length DESC, e.key LIMIT 1 RETURN e.key AS key, length`,
      { key: hub.key, types: relationTypeNames, docKeys: scope },
    );
    if (!far) throw new Error(`No path out of ${hub.key}.`);
    const searchText = String(hub.name).split(/\s+/)[0]!.slice(0, 4);
    const probe = `hub ${hub.key} (degree ${hub.degree}), path target ${far.key} (length ${far.length}), search "${searchText}"`;

    const fetchJson = async (path: string) => {
      const response = await fetch(base + path);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const enc = encodeURIComponent;
    /** the named statements a route runs, in one read transaction of the bare driver */
    type Reader = (name: string, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;
    const inBareReadTx = async <T>(work: (read: Reader) => Promise<T>): Promise<T> => {
      const session = driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead((tx) => work(async (name, params) => (await tx.run(apiCypher(name), cypherParams(params))).records.map(recordToPlain)));
      } finally {
        await session.close();
      }
    };
    const bareBfs = () => inBareReadTx((read) => growSubgraph(read, [String(hub.key)], { depth: 2, limit: 200, filters: allFilters }));
    // what server/api/routes/path-routes.ts runs: existence check, the path query, then the paths' nodes and edges
    const barePaths = () =>
      inBareReadTx(async (read) => {
        await read("entities-exist", { keys: [hub.key, far.key] });
        const rows = await read("shortest-paths", { from: hub.key, to: far.key, maxLength: 4, relTypes: [...relationTypeNames], nodeTypes: [...NODE_TYPE_NAMES], limit: 3 });
        const nodeIds = new Set(rows.flatMap((row) => row.nodeIds as string[]));
        if (nodeIds.size === 0) return [];
        return [await nodesById(read, nodeIds), await edgesAmong(read, nodeIds, allFilters, 10_000)];
      });
    // the same parameters the routes pass (server/api/routes/search-routes.ts: fetch = max(limit × 5, 50))
    const cases = [
      { name: "search", http: () => fetchJson(`/api/search?q=${enc(searchText)}&limit=10`), bare: () => bareRead(apiCypher("search-entities"), cypherParams({ lucene: searchQuery(searchText), exact: searchText.toLowerCase(), type: null, fetch: 50, limit: 10 })) },
      { name: "neighbourhood depth 2", http: () => fetchJson(`/api/entities/${enc(String(hub.key))}/neighbourhood?depth=2&limit=200`), bare: bareBfs },
      {
        name: "shortest paths",
        http: () => fetchJson(`/api/paths?from=${enc(String(hub.key))}&to=${enc(String(far.key))}&maxLength=4&limit=3`),
        bare: barePaths,
      },
    ];
    const rows: LatencyRow[] = [];
    for (const c of cases) {
      for (const concurrency of options.concurrency) {
        const requests = Math.max(options.requests, concurrency * 10);
        rows.push({ name: c.name, via: "bare driver", ...(await measure(c.bare, concurrency, requests, 10)) });
        rows.push({ name: c.name, via: "HTTP API", ...(await measure(c.http, concurrency, requests, 10)) });
      }
    }
    return { rows, probe };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await driver.close();
    await gateway.close();
  }
}
