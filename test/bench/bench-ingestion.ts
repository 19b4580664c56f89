/**
 * Ingestion throughput (not a test): relationships per second written by the
 * project's idempotent ingestion (server/graph/ingest.ts) into an empty
 * database, and, as the baseline in the same run, the very same graph
 * (same nodes, same relationships) written by bare `UNWIND … CREATE`
 * statements into an empty database. Runs against the bench's own Neo4j and
 * clears it before each measurement.
 */
import { ingestExtractions, type IngestInput } from "../../server/graph/ingest.ts";
import type { BenchNeo4j } from "./bench-neo4j.ts";

export interface IngestionRow {
  label: string;
  documents: number;
  nodes: number;
  relationships: number;
  seconds: number;
  relPerSecond: number;
}

const BATCH = 5_000;

async function graphSize(db: BenchNeo4j): Promise<{ nodes: number; relationships: number }> {
  const [n] = await db.gateway.read("MATCH (n) RETURN count(n) AS c");
  const [r] = await db.gateway.read("MATCH ()-[r]->() RETURN count(r) AS c");
  return { nodes: Number(n?.c ?? 0), relationships: Number(r?.c ?? 0) };
}

export async function benchIngestion(db: BenchNeo4j, inputs: IngestInput[], log: (m: string) => void = () => {}): Promise<IngestionRow[]> {
  const rows: IngestionRow[] = [];

  // warm-up: a cold JVM runs its first transactions interpreted; neither side should pay for that
  const warm = inputs.slice(0, Math.max(5, Math.ceil(inputs.length / 20)));
  await db.clear();
  await ingestExtractions(db.gateway, warm);
  await db.gateway.write("UNWIND range(1, 20000) AS i CREATE (:BenchWarm {i: i})");

  // 1. the project's ingestion, empty database
  await db.clear();
  const t0 = performance.now();
  const result = await ingestExtractions(db.gateway, inputs);
  const ingestSeconds = (performance.now() - t0) / 1000;
  if (result.failed.length > 0) log(`ingestion: ${result.failed.length} documents failed, first: ${result.failed[0]!.reason}`);
  const size = await graphSize(db);
  rows.push({ label: "kamergraaf ingestExtractions (idempotent MERGE)", documents: result.ingested.length, ...size, seconds: ingestSeconds, relPerSecond: size.relationships / ingestSeconds });

  // 1b. the same documents again: unchanged texts are skipped (the idempotent path's re-run cost)
  const t1 = performance.now();
  const again = await ingestExtractions(db.gateway, inputs);
  const againSeconds = (performance.now() - t1) / 1000;
  rows.push({ label: "same documents again (unchanged, skipped)", documents: again.skippedUnchanged.length, nodes: 0, relationships: 0, seconds: againSeconds, relPerSecond: 0 });

  // 2. baseline: export exactly that graph, clear, write it back with bare UNWIND … CREATE
  const nodes = await db.gateway.read("MATCH (n) RETURN elementId(n) AS id, labels(n)[0] AS label, n.key AS key, n.name AS name");
  const rels = await db.gateway.read("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type");
  await db.clear();
  const ids = new Map(nodes.map((n, i) => [String(n.id), i]));
  const byType = new Map<string, Array<{ a: number; b: number }>>();
  for (const r of rels) {
    const list = byType.get(String(r.type)) ?? [];
    list.push({ a: ids.get(String(r.a))!, b: ids.get(String(r.b))! });
    byType.set(String(r.type), list);
  }
  const byLabel = new Map<string, Array<{ i: number; key: unknown; name: unknown }>>();
  nodes.forEach((n, i) => {
    const list = byLabel.get(String(n.label)) ?? [];
    list.push({ i, key: n.key ?? null, name: n.name ?? null });
    byLabel.set(String(n.label), list);
  });
  // the one index any bulk loader needs to connect relationships to nodes
  await db.gateway.write("CREATE INDEX bench_baseline_i IF NOT EXISTS FOR (n:BenchBaseline) ON (n.i)");
  await db.gateway.write("CALL db.awaitIndexes(300)");
  const t2 = performance.now();
  for (const [label, list] of byLabel) {
    for (let k = 0; k < list.length; k += BATCH) {
      // labels cannot be parameters; they come from the database's own labels, quoted
      await db.gateway.write(`UNWIND $rows AS row CREATE (n:BenchBaseline:\`${label.replaceAll("`", "")}\` {i: row.i, key: row.key, name: row.name})`, { rows: list.slice(k, k + BATCH) });
    }
  }
  for (const [type, list] of byType) {
    for (let k = 0; k < list.length; k += BATCH) {
      await db.gateway.write(
        `UNWIND $rows AS row MATCH (a:BenchBaseline {i: row.a}) MATCH (b:BenchBaseline {i: row.b}) CREATE (a)-[:\`${type.replaceAll("`", "")}\`]->(b)`,
        { rows: list.slice(k, k + BATCH) },
      );
    }
  }
  const baseSeconds = (performance.now() - t2) / 1000;
  const baseSize = await graphSize(db);
  rows.unshift({ label: "baseline: bare UNWIND … CREATE, same graph", documents: result.ingested.length, ...baseSize, seconds: baseSeconds, relPerSecond: baseSize.relationships / baseSeconds });
  await db.clear();
  await db.gateway.write("DROP INDEX bench_baseline_i IF EXISTS");
  return rows;
}
