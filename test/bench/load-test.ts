/**
 * npm run load -- [--clients 100] [--seconds 30]
 * A bounded load test (loopback only): the real app with the default
 * configuration (rate limits included) against the local Neo4j, N clients
 * each sending requests back to back over a mix of routes for S seconds.
 * Prints statuses (2xx, 429, other 4xx, 5xx, transport errors) and the
 * latency percentiles. Exits 1 on any 5xx or transport error.
 */
import type { AddressInfo } from "node:net";
import { apiRouter } from "../../server/api/api-router.ts";
import { loadConfig } from "../../server/config.ts";
import { createGateway } from "../../server/db/gateway.ts";
import { createApp } from "../../server/http/app.ts";
import { ensureNeo4j } from "../../server/neo4j/ensure-neo4j.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const clients = arg("clients", 100);
const seconds = arg("seconds", 30);
const config = loadConfig({ ...process.env, LOG_LEVEL: "silent" });
const neo4j = await ensureNeo4j(config);
const gateway = createGateway({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database });
const app = createApp({ gateway, routers: [apiRouter({ gateway, config })], health: { rateLimit: { capacity: config.RATE_LIMIT_BURST, refillPerSecond: config.RATE_LIMIT_PER_SECOND } } });
const server = app.listen(0, "127.0.0.1");
await new Promise<void>((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const requests: Array<() => Promise<Response>> = [
  () => fetch(`${base}/api/health`),
  () => fetch(`${base}/api/search?q=minister`),
  () => fetch(`${base}/api/documents?limit=20`),
  () => fetch(`${base}/api/commitments`),
  () => fetch(`${base}/api/cypher`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "MATCH (e:Entity) RETURN e.key AS key LIMIT 10" }) }),
];

const counts = { "2xx": 0, "429": 0, "4xx": 0, "5xx": 0, errors: 0 };
const latencies: number[] = [];
const until = Date.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    for (let i = client; Date.now() < until; i++) {
      const started = performance.now();
      try {
        const response = await requests[i % requests.length]!();
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        const s = response.status;
        if (s < 300) counts["2xx"]++;
        else if (s === 429) counts["429"]++;
        else if (s < 500) counts["4xx"]++;
        else counts["5xx"]++;
      } catch {
        counts.errors++;
      }
    }
  }),
);
server.closeAllConnections();
server.close();
await gateway.close();
await neo4j.stop();

latencies.sort((a, b) => a - b);
const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]?.toFixed(1);
const total = latencies.length + counts.errors;
console.log(`${clients} clients, ${seconds} s, default limits: ${total} requests (${(total / seconds).toFixed(0)}/s)`);
console.log(`status: 2xx ${counts["2xx"]}, 429 ${counts["429"]}, other 4xx ${counts["4xx"]}, 5xx ${counts["5xx"]}, transport errors ${counts.errors}`);
console.log(`latency ms (all answers): p50 ${p(0.5)}, p95 ${p(0.95)}, p99 ${p(0.99)}, max ${latencies.at(-1)?.toFixed(1)}`);
process.exit(counts["5xx"] + counts.errors > 0 ? 1 : 0);
