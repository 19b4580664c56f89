import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { ingestDocuments, type RawDocument } from "../../server/graph/ingest-documents.ts";
import { removeDocuments } from "../../server/graph/ingest.ts";
import { documentKey } from "../../server/graph/keys.ts";
import { testGateway, testNeo4j } from "../support/test-neo4j.ts";

// Issue 10, defect 10: a directory with a byte-identical copy under another
// name, a document edited and then reverted, and an ingest killed with
// SIGKILL halfway and run again must end in exactly the graph one clean
// ingest gives: every node, relationship and property the documents reach.

const goldReal = join(import.meta.dirname, "../fixtures/gold-real");
const marker = `ig${Math.random().toString(36).slice(2, 8)}`;
let gateway: Gateway;
let dir: string;
let names: string[];

beforeAll(() => {
  gateway = testGateway();
  dir = mkdtempSync(join(tmpdir(), "kamergraaf-ingest-"));
  // Real documents (the hand-annotated ones), under names of this run so their keys are ours alone.
  const sources = readdirSync(goldReal).filter((f) => f.endsWith(".txt")).sort().slice(0, 10);
  names = sources.map((source, i) => `${marker}-${String(i).padStart(2, "0")}.txt`);
  sources.forEach((source, i) => copyFileSync(join(goldReal, source), join(dir, names[i]!)));
});

afterAll(async () => {
  await removeDocuments(gateway, [...names, `${marker}-copy.txt`].map(documentKey)).catch(() => {});
  await gateway?.close();
  rmSync(dir, { recursive: true, force: true });
});

const read = (): RawDocument[] => readdirSync(dir).sort().map((name) => ({ name, content: readFileSync(join(dir, name)) }));

/** Everything our documents reach, with every property except the ingestion time; element ids left out. */
async function dump() {
  const docKeys = names.map(documentKey);
  const [row] = await gateway.read(
    `MATCH (d:Document) WHERE d.key IN $docKeys
     OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
     WITH collect(DISTINCT d) AS docs, collect(DISTINCT e) AS entities
     CALL (docs) {
       UNWIND docs AS d
       OPTIONAL MATCH (x)-[]-(d) WHERE NOT x:Entity
       RETURN collect(DISTINCT x) AS parts
     }
     WITH docs, entities, parts, docs + entities + parts AS nodes
     CALL (nodes) {
       UNWIND nodes AS a
       MATCH (a)-[r]->(b) WHERE b IN nodes
       RETURN collect(DISTINCT {type: type(r), from: a.key, to: b.key, props: properties(r)}) AS rels
     }
     RETURN [n IN nodes | {labels: labels(n), props: properties(n)}] AS nodes, rels`,
    { docKeys },
  );
  const clean = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => k !== "ingestedAt").sort(([a], [b]) => a.localeCompare(b)));
  const nodes = (row!.nodes as Array<{ labels: string[]; props: Record<string, unknown> }>).map((n) => JSON.stringify({ labels: [...n.labels].sort(), props: clean(n.props) })).sort();
  const rels = (row!.rels as Array<{ props: Record<string, unknown> }>).map((r) => JSON.stringify({ ...r, props: clean(r.props) })).sort();
  return { nodes, rels };
}

/** `kamergraaf ingest` in its own process, one document per transaction; killed with SIGKILL after `killAfter` documents. */
function cli(killAfter?: number): Promise<{ killed: boolean; ingested: number }> {
  const neo4j = testNeo4j();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/cli/kamergraaf.ts", "ingest", dir, "--tx-rows", "1"], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let ingested = 0;
    let killed = false;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      ingested += (chunk.match(/\] ingested /g) ?? []).length;
      if (killAfter !== undefined && !killed && ingested >= killAfter) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    child.once("error", reject);
    child.once("exit", () => resolve({ killed, ingested }));
  });
}

describe("ingestion ends in the clean graph whatever happened on the way", () => {
  let cleanDump: Awaited<ReturnType<typeof dump>>;

  it("a clean ingest of the directory", async () => {
    const result = await ingestDocuments(gateway, read());
    expect(result.rejected).toEqual([]);
    expect(result.ingested).toHaveLength(names.length);
    cleanDump = await dump();
    expect(cleanDump.nodes.length).toBeGreaterThan(100);
    await removeDocuments(gateway, names.map(documentKey));
    expect((await dump()).nodes).toEqual([]);
  });

  it("an ingest killed with SIGKILL halfway, then run again", async () => {
    const first = await cli(4);
    expect(first.killed).toBe(true);
    const partial = await dump();
    expect(partial.nodes.length).toBeLessThan(cleanDump.nodes.length);
    await cli();
    expect(await dump()).toEqual(cleanDump);
  }, 180_000);

  it("a byte-identical copy under another name is reported as a duplicate and not stored", async () => {
    copyFileSync(join(dir, names[0]!), join(dir, `${marker}-copy.txt`));
    const result = await ingestDocuments(gateway, read());
    expect(result.rejected).toEqual([{ name: `${marker}-copy.txt`, code: "duplicate", reason: expect.stringContaining(names[0]!) }]);
    expect(result.ingested).toEqual([]);
    expect((await gateway.read("MATCH (d:Document {key: $key}) RETURN d", { key: documentKey(`${marker}-copy.txt`) })).length).toBe(0);
    rmSync(join(dir, `${marker}-copy.txt`));
  });

  it("an edit that adds an alias, then its revert, leaves nothing behind", async () => {
    const file = join(dir, names[1]!);
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from("\n\nHet Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (Ministerie BZK-test) en de Algemene Rekenkamer (ARK-test) spraken af.\n")]));
    const edited = await ingestDocuments(gateway, read());
    expect(edited.ingested).toEqual([documentKey(names[1]!)]);
    expect(await dump()).not.toEqual(cleanDump);
    writeFileSync(file, original);
    const reverted = await ingestDocuments(gateway, read());
    expect(reverted.ingested).toEqual([documentKey(names[1]!)]);
    expect(await dump()).toEqual(cleanDump);
  });
});
