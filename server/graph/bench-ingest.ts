/**
 * Ingest throughput benchmark (not a test):
 *
 *   npx tsx server/graph/bench-ingest.ts [--copies 200] [--batch-rows 2000] [--tx-rows 40000] [--source gold|extract]
 *
 * Ingests the seeds' extractions once, then the same extractions replicated
 * `--copies` times under renamed document keys (entities shared, so every
 * fact collects one Evidence node per copy), and prints relationships per
 * second. Everything is written under the key prefix `bench:` and deleted
 * afterwards; nothing else in the database is touched.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { goldFixtures } from "../../test/fixtures/gold-to-extraction.ts";
import { renameKeys } from "../../test/fixtures/rename-keys.ts";
import { deleteScope, scopeCounts } from "../../test/fixtures/graph-scope.ts";
import { connectGraph } from "../cli/connect-graph.ts";
import { projectRoot } from "../neo4j/paths.ts";
import { defaultExtract } from "./ingest-documents.ts";
import { ingestExtractions, type IngestInput } from "./ingest.ts";

const prefix = "bench:";

async function seedInputs(source: string): Promise<Array<Omit<IngestInput, "file"> & { file: string }>> {
  if (source === "gold") return goldFixtures();
  const extract = await defaultExtract();
  const dir = join(projectRoot, "seeds");
  const inputs = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(join(dir, file), "utf8");
    inputs.push({ file, text, extraction: await extract(file, text) });
  }
  return inputs;
}

function relationshipTotal(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

async function main() {
  const { values } = parseArgs({
    options: {
      copies: { type: "string", default: "200" },
      "batch-rows": { type: "string", default: "2000" },
      "tx-rows": { type: "string", default: "40000" },
      source: { type: "string", default: "gold" },
    },
  });
  const copies = Number(values.copies);
  const batchRows = Number(values["batch-rows"]);
  const txRows = Number(values["tx-rows"]);
  const seeds = await seedInputs(values.source!);
  const connection = await connectGraph({ log: (m) => console.error(m) });
  const { gateway } = connection;
  try {
    await deleteScope(gateway, prefix);
    const run = async (label: string, inputs: IngestInput[]) => {
      const result = await ingestExtractions(gateway, inputs, { batchRows, txRows });
      const counts = await scopeCounts(gateway, prefix);
      const relationships = relationshipTotal(counts.relationships);
      const nodes = relationshipTotal(counts.nodes);
      const seconds = result.ms / 1000;
      console.log(
        `${label}: ${result.ingested.length} documents, ${result.written.relations} fact rows, ${result.written.evidence} evidence rows in ${seconds.toFixed(2)} s; ` +
          `graph scope now ${nodes} node labels / ${relationships} relationships → ${(relationships / seconds).toFixed(0)} relationships/s, ${(result.ingested.length / seconds).toFixed(1)} documents/s`,
      );
      return result;
    };

    const once = seeds.map((s) => ({ ...s, file: prefix + s.file, extraction: renameKeys(s.extraction, { filePrefix: prefix, entityPrefix: prefix }) }));
    await run(`seeds (${values.source})`, once);
    const again = await ingestExtractions(gateway, once, { batchRows, txRows });
    console.log(`seeds again (unchanged, skipped): ${again.skippedUnchanged.length} skipped in ${again.ms} ms`);
    await deleteScope(gateway, prefix);

    const replicated: IngestInput[] = [];
    for (let copy = 0; copy < copies; copy++) {
      const filePrefix = `${prefix}c${copy}:`;
      for (const s of seeds) replicated.push({ file: filePrefix + s.file, text: s.text, extraction: renameKeys(s.extraction, { filePrefix, entityPrefix: prefix }) });
    }
    await run(`seeds ×${copies} (${replicated.length} documents, UNWIND ${batchRows} rows, tx ${txRows} rows)`, replicated);
  } finally {
    await deleteScope(gateway, prefix);
    await connection.close();
  }
}

await main();
