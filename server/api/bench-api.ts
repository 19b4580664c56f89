/**
 * Latency benchmark of the API (not a test): p50/p95 of search, neighbourhood
 * (depth 2) and shortest paths on the seed graph, over real HTTP, next to the
 * bare neo4j-driver running the same Cypher in the same run as the baseline.
 *
 *   npm run bench:api [-- --iterations 200 --warmup 20]
 *
 * Finds or starts Neo4j like the server does, ingests seeds/ when they are
 * missing, serves the app on a random port, prints a table.
 */
import { readdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { loadConfig } from "../config.ts";
import { applySchema } from "../db/apply-schema.ts";
import { createGateway } from "../db/gateway.ts";
import { recordToPlain } from "../db/to-plain.ts";
import { ingestDocuments } from "../graph/ingest-documents.ts";
import { documentKey } from "../graph/keys.ts";
import { createApp } from "../http/app.ts";
import { ensureNeo4j } from "../neo4j/ensure-neo4j.ts";
import { projectRoot } from "../neo4j/paths.ts";
import { apiRouter } from "./api-router.ts";
import { cypherParams } from "./api-database.ts";
import { apiCypher } from "./cypher-files.ts";
import { allFilters, growSubgraph } from "./graph/subgraph.ts";
import { searchQuery } from "./lucene.ts";
import { relationTypeNames } from "../../extract/model/graph-model.ts";
import { NODE_TYPE_NAMES } from "./schemas/common.ts";

const { values: args } = parseArgs({
  options: { iterations: { type: "string", default: "200" }, warmup: { type: "string", default: "20" } },
});
const iterations = Number(args.iterations);
const warmup = Number(args.warmup);

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; mean: number }> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const ensured = await ensureNeo4j(config, { log: (message) => console.error(`[neo4j] ${message}`) });
  const gateway = createGateway(ensured);
  const driver = neo4j.driver(ensured.uri, neo4j.auth.basic(ensured.user, ensured.password));
  const server = createApp({ gateway, routers: [apiRouter({ gateway, config, rateLimit: { capacity: 1e9, refillPerSecond: 1e9 } })] }).listen(0, "127.0.0.1");
  try {
    await applySchema(gateway);
    // The seed graph: ingest seeds/ unless every seed document is already there.
    const seedDir = join(projectRoot, "seeds");
    const files = (await readdir(seedDir)).filter((f) => f.endsWith(".txt")).sort();
    const [present] = await gateway.read("MATCH (d:Document) WHERE d.key IN $keys RETURN count(d) AS n", { keys: files.map(documentKey) });
    if (Number(present?.n) < files.length) {
      const documents = await Promise.all(files.map(async (name) => ({ name, content: await readFile(join(seedDir, name)) })));
      const result = await ingestDocuments(gateway, documents);
      console.error(`[seed] ingested ${result.ingested.length}, rejected ${result.rejected.length}`);
    }
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // Bare driver: same named Cypher, same parameters, no HTTP, no gateway.
    const bareRead = async (cypher: string, params: Record<string, unknown>) =>
      (await driver.executeQuery(cypher, params, { database: ensured.database, routing: neo4j.routing.READ })).records.map(recordToPlain);
    // The BFS runs in one read transaction, as the API does.
    const bareBfs = async () => {
      const session = driver.session({ database: ensured.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead((tx) =>
          growSubgraph(
            async (name, params) => (await tx.run(apiCypher(name), cypherParams(params))).records.map(recordToPlain),
            [String(hub!.key)],
            { depth: 2, limit: 200, filters: allFilters },
          ),
        );
      } finally {
        await session.close();
      }
    };

    // Probe entities: the best-connected organisation and the farthest entity reachable from it.
    const [hub] = await bareRead(
      // Only entities of the seed documents: other data (e.g. tests') may come and go.
      `MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.key IN $seedKeys
       WITH DISTINCT e
       RETURN e.key AS key, e.name AS name, COUNT { (e)-[r]-() WHERE type(r) IN $types } AS degree ORDER BY degree DESC, key LIMIT 1`,
      { types: relationTypeNames, seedKeys: files.map(documentKey) },
    );
    if (!hub) throw new Error("The graph is empty: cannot benchmark.");
    const [far] = await bareRead(
      `MATCH (d:Document)-[:MENTIONS]->(b:Entity) WHERE d.key IN $seedKeys AND b.key <> $key
       WITH DISTINCT b
       MATCH (a:Entity {key: $key})
       MATCH p = shortestPath((a)-[*..4]-(b)) WHERE all(r IN relationships(p) WHERE type(r) IN $types)
       RETURN b.key AS key, length(p) AS length ORDER BY length DESC, key LIMIT 1`,
      { key: hub.key, types: relationTypeNames, seedKeys: files.map(documentKey) },
    );
    if (!far) throw new Error(`No path out of ${hub.key}.`);
    const searchText = String(hub.name).split(/\s+/)[0]!.slice(0, 4);
    console.error(`[probe] hub ${hub.key} (degree ${hub.degree}), path target ${far.key} (length ${far.length}), search "${searchText}"`);

    const fetchJson = async (path: string) => {
      const response = await fetch(base + path);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const enc = encodeURIComponent;
    const cases = [
      {
        name: `search "${searchText}"`,
        http: () => fetchJson(`/api/search?q=${enc(searchText)}&limit=10`),
        bare: () => bareRead(apiCypher("search-entities"), cypherParams({ lucene: searchQuery(searchText), exact: searchText.trim().toLowerCase(), type: null, fetch: 50, limit: 10 })),
      },
      {
        name: `neighbourhood depth 2 (${hub.key})`,
        http: () => fetchJson(`/api/entities/${enc(String(hub.key))}/neighbourhood?depth=2&limit=200`),
        bare: bareBfs,
      },
      {
        name: `shortest paths (${hub.key} → ${far.key})`,
        http: () => fetchJson(`/api/paths?from=${enc(String(hub.key))}&to=${enc(String(far.key))}&maxLength=4&limit=3`),
        bare: () =>
          bareRead(
            apiCypher("shortest-paths"),
            cypherParams({ from: hub.key, to: far.key, maxLength: 4, relTypes: [...relationTypeNames], nodeTypes: [...NODE_TYPE_NAMES], limit: 3 }),
          ),
      },
    ];
    const rows: string[][] = [];
    for (const c of cases) {
      const http = await measure(c.http);
      const baseline = await measure(c.bare);
      rows.push([c.name, http.p50.toFixed(2), http.p95.toFixed(2), baseline.p50.toFixed(2), baseline.p95.toFixed(2), (http.p50 - baseline.p50).toFixed(2)]);
    }
    const header = ["case", "HTTP p50 ms", "HTTP p95 ms", "driver p50 ms", "driver p95 ms", "overhead p50 ms"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ");
    console.log(`kamergraaf API latency, ${iterations} iterations after ${warmup} warm-up, sequential, Neo4j at ${ensured.uri}`);
    console.log(line(header));
    console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
    for (const row of rows) console.log(line(row));
    console.log("(baselines: the same named Cypher with the bare driver; neighbourhood = the same BFS in one read transaction; paths baseline = the path query only)");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await driver.close();
    await gateway.close();
    await ensured.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
