/**
 * kamergraaf ingest <file|dir>… [--json] [--force] [--max-bytes N] [--batch-rows N] [--tx-rows N]
 *
 * Reads documents (UTF-8 text, PDF, DOCX: the format is read from the
 * content, see extract/input), rejects bad ones with a reason, extracts the rest
 * and writes them to Neo4j (found or started like `npm start`, schema
 * applied). Exit code 1 when any document was rejected.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { ValidationError } from "../errors.ts";
import { ingestDocuments, type IngestDocumentsResult } from "../graph/ingest-documents.ts";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../graph/validate-document.ts";
import { connectGraph } from "./connect-graph.ts";
import { listDocumentFiles } from "./list-documents.ts";
import { createProgress } from "./progress.ts";

export interface IngestSummary {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  commitments: number;
  skippedUnchanged: number;
  rejected: Array<{ name: string; code: string; reason: string }>;
  dropped: number;
  deletedRelationships: number;
  deletedEntities: number;
  graph: { nodes: number; relationships: number };
  ms: number;
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      "max-bytes": { type: "string" },
      "batch-rows": { type: "string" },
      "tx-rows": { type: "string" },
    },
  });
  if (positionals.length === 0) throw new ValidationError("usage: kamergraaf ingest <file|dir>… [--json] [--force] [--max-bytes N]");
  const positive = (name: string, raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new ValidationError(`--${name} must be a positive integer, not "${raw}"`);
    return value;
  };
  const maxBytes = positive("max-bytes", values["max-bytes"]) ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const files = listDocumentFiles(positionals);
  const progress = createProgress(values.json ? "silent" : process.stderr.isTTY ? "tty" : "plain");

  const connection = await connectGraph({ log: (m) => progress.log(m) });
  try {
    const documents = files.map((file) => ({ name: basename(file), content: readFileSync(file) }));
    progress.log(`Ingesting ${documents.length} document(s) into ${connection.gateway.uri}...`);
    const result = await ingestDocuments(connection.gateway, documents, {
      maxBytes,
      force: values.force,
      batchRows: positive("batch-rows", values["batch-rows"]),
      txRows: positive("tx-rows", values["tx-rows"]),
      onExtracted: ({ name, ok, done, total }) => progress.update(done, total, `read ${name}${ok ? "" : " (rejected)"}`),
      onProgress: ({ done, total, docKey, status }) => progress.update(done, total, `${status} ${docKey}`),
    });
    progress.done();
    const summary = summarise(result, await connection.gateway.counts());
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else process.stdout.write(`${renderSummary(summary)}\n`);
    return summary.rejected.length > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}

export function summarise(result: IngestDocumentsResult, graph: { nodes: number; relationships: number }): IngestSummary {
  return {
    documents: result.ingested.length,
    entities: result.written.entities,
    relations: result.written.relations,
    evidence: result.written.evidence,
    commitments: result.written.commitments,
    skippedUnchanged: result.skippedUnchanged.length,
    rejected: result.rejected,
    dropped: result.dropped.length,
    deletedRelationships: result.deletedRelationships,
    deletedEntities: result.deletedEntities,
    graph,
    ms: result.ms,
  };
}

export function renderSummary(s: IngestSummary): string {
  const lines = [
    `Ingested ${s.documents} document(s) in ${(s.ms / 1000).toFixed(1)} s: ${s.entities} entities, ${s.relations} relations (${s.evidence} evidence), ${s.commitments} commitments.`,
    `Skipped (unchanged): ${s.skippedUnchanged}. Rejected: ${s.rejected.length}.`,
  ];
  if (s.dropped > 0) lines.push(`Facts dropped by the row builder (dangling ids, negations): ${s.dropped}.`);
  if (s.deletedRelationships + s.deletedEntities > 0) {
    lines.push(`Removed stale: ${s.deletedRelationships} relationship(s), ${s.deletedEntities} entit(y/ies).`);
  }
  for (const r of s.rejected) lines.push(`  rejected ${r.name} [${r.code}]: ${r.reason}`);
  lines.push(`Graph now: ${s.graph.nodes} nodes, ${s.graph.relationships} relationships.`);
  return lines.join("\n");
}
