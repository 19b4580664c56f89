/**
 * API latency on the seed graph (not a test), in the project's own Neo4j:
 *
 *   npm run bench:api [-- --requests 200 --concurrency 1,8]
 *
 * Finds or starts Neo4j like the server does, ingests seeds/ when they are
 * missing, then measures with bench-api-load.ts (the same measurement
 * `npm run bench --parts api` makes on the bench corpus graph in a throw-away
 * Neo4j): p50/p95/p99 over real HTTP next to the bare driver. Probe entities
 * are taken from the seed documents only, so other data in the database
 * (tests') does not change what is measured.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { seedsDir } from "../../common/paths.ts";
import { listDocumentFiles } from "../../server/cli/list-documents.ts";
import { loadConfig } from "../../server/config.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import { createGateway } from "../../server/db/gateway.ts";
import { ingestDocuments } from "../../server/graph/ingest-documents.ts";
import { documentKey } from "../../server/graph/keys.ts";
import { ensureNeo4j } from "../../server/neo4j/ensure-neo4j.ts";
import { benchApiLoad } from "./bench-api-load.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "200" }, concurrency: { type: "string", default: "1" } } });

const ensured = await ensureNeo4j(loadConfig(), { log: (message) => console.error(`[neo4j] ${message}`) });
const gateway = createGateway(ensured);
try {
  await applySchema(gateway);
  // Unchanged seeds are skipped by their hash: a second run costs one read.
  const files = listDocumentFiles([seedsDir]);
  const result = await ingestDocuments(gateway, files.map((file) => ({ name: basename(file), content: readFileSync(file) })));
  console.error(`[seed] ingested ${result.ingested.length}, unchanged ${result.skippedUnchanged.length}, rejected ${result.rejected.length}`);
  const { rows, probe } = await benchApiLoad(ensured, {
    requests: Number(values.requests),
    concurrency: values.concurrency!.split(",").map(Number),
    documentKeys: files.map((file) => documentKey(basename(file))),
  });
  console.log(`kamergraaf API latency on the seed graph, Neo4j at ${ensured.uri}; ${probe}`);
  console.log();
  console.log("| query | via | concurrency | requests | p50 ms | p95 ms | p99 ms | req/s |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${r.via} | ${r.concurrency} | ${r.requests} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.perSecond.toFixed(0)} |`);
} finally {
  await gateway.close();
  await ensured.stop();
}
