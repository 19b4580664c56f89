/**
 * Idempotent, batched ingestion of extraction results into Neo4j.
 *
 * Per document: an unchanged text (same sha256) is skipped, so `npm start`
 * re-ingesting the seeds costs one read. A new or changed document is
 * replaced in a write transaction: its Mentions/Evidence/Commitments/
 * Questions are deleted, the new rows MERGEd on stable keys, the fact
 * relationships it touched (before or after) recounted from their Evidence
 * (and deleted when none is left), and entities no document mentions any
 * more deleted. Several documents share a transaction up to `txRows` rows
 * (UNWIND batches of `batchRows`), for throughput; if such a group fails, its documents are retried one
 * by one so one bad document cannot sink the others.
 */
import { loadCypher, splitCypherStatements } from "../db/load-cypher.ts";
import type { Extraction } from "../../extract/model/extraction.ts";
import type { Gateway, GatewayTx } from "../db/gateway.ts";
import { DatabaseUnavailableError } from "../errors.ts";
import { buildRows, sha256, type GraphRows } from "./rows.ts";
import { documentKey } from "./keys.ts";
import { mergeEntitiesStatement, mergeRelationsStatement } from "./typed-statements.ts";

export interface IngestInput {
  /** File name; its stem is the document key. */
  file: string;
  /** The original text the extraction's offsets point into. */
  text: string;
  extraction: Extraction;
}

export interface IngestOptions {
  /** Rows per UNWIND statement. */
  batchRows?: number;
  /** Rows (roughly) per write transaction: several documents share one. */
  txRows?: number;
  /** Upper bound of documents sharing one transaction. */
  maxDocsPerTx?: number;
  /** Re-write documents even when their text is unchanged (e.g. after an extractor change). */
  force?: boolean;
  /**
   * The stored text hash per document key, when the caller has read them
   * already (ingestDocuments does, to skip unchanged files before extracting
   * them): the graph is asked once per ingest, not twice.
   */
  storedHashes?: ReadonlyMap<string, string>;
  onProgress?: (event: IngestProgress) => void;
}

export interface IngestProgress {
  done: number;
  total: number;
  docKey: string;
  status: "ingested" | "unchanged" | "failed";
}

export interface IngestTotals {
  documents: number;
  questions: number;
  entities: number;
  mentions: number;
  relations: number;
  evidence: number;
  commitments: number;
}

export interface IngestResult {
  ingested: string[];
  skippedUnchanged: string[];
  failed: Array<{ docKey: string; reason: string }>;
  /** Rows written (entities/relations counted per document, so shared ones count more than once). */
  written: IngestTotals;
  /** Facts of the extractions that could not become graph rows. */
  dropped: Array<{ docKey: string; what: string; reason: string }>;
  deletedRelationships: number;
  deletedEntities: number;
  ms: number;
}

export const DEFAULT_BATCH_ROWS = 2_000;
export const DEFAULT_TX_ROWS = 40_000;
const DEFAULT_MAX_DOCS_PER_TX = 500;

export async function ingestExtractions(gateway: Gateway, inputs: IngestInput[], options: IngestOptions = {}): Promise<IngestResult> {
  const started = performance.now();
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const txRows = options.txRows ?? DEFAULT_TX_ROWS;
  const maxDocsPerTx = options.maxDocsPerTx ?? DEFAULT_MAX_DOCS_PER_TX;
  const result: IngestResult = {
    ingested: [],
    skippedUnchanged: [],
    failed: [],
    written: { documents: 0, questions: 0, entities: 0, mentions: 0, relations: 0, evidence: 0, commitments: 0 },
    dropped: [],
    deletedRelationships: 0,
    deletedEntities: 0,
    ms: 0,
  };
  const total = inputs.length;
  let done = 0;
  const report = (docKey: string, status: IngestProgress["status"]) => options.onProgress?.({ done: ++done, total, docKey, status });

  const stored = options.force ? new Map<string, string>() : (options.storedHashes ?? (await storedHashes(gateway, inputs.map((i) => documentKey(i.file)))));
  let group: GraphRows[] = [];
  let groupRows = 0;

  const flush = async () => {
    if (group.length === 0) return;
    const current = group;
    group = [];
    groupRows = 0;
    await writeGroupOrEachAlone(gateway, current, batchRows, result, report);
  };

  for (const input of inputs) {
    const docKey = documentKey(input.file);
    if (!options.force && stored.get(docKey) === sha256(input.text)) {
      result.skippedUnchanged.push(docKey);
      report(docKey, "unchanged");
      continue;
    }
    const rows = buildRows(input.extraction, input.text, input.file);
    for (const d of rows.dropped) result.dropped.push({ docKey, ...d });
    group.push(rows);
    groupRows += rowCount(rows);
    if (groupRows >= txRows || group.length >= maxDocsPerTx) await flush();
  }
  await flush();
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** sha256 of the stored text per document key (documents not in the graph are absent). */
export async function storedHashes(gateway: Gateway, keys: string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const chunk of chunks(keys, 5_000)) {
    const rows = await gateway.read(loadCypher("ingest/document-hashes"), { keys: chunk });
    for (const row of rows) if (typeof row.sha256 === "string") hashes.set(String(row.key), row.sha256);
  }
  return hashes;
}

async function writeGroupOrEachAlone(
  gateway: Gateway,
  group: GraphRows[],
  batchRows: number,
  result: IngestResult,
  report: (docKey: string, status: IngestProgress["status"]) => void,
): Promise<void> {
  try {
    const outcome = await gateway.writeTx((tx) => writeDocuments(tx, group, batchRows));
    record(result, group, outcome, report);
    return;
  } catch (error) {
    // A database outage is not the document's fault: stop instead of failing every document.
    if (error instanceof DatabaseUnavailableError) throw error;
    if (group.length === 1) {
      const docKey = group[0]!.document.key;
      result.failed.push({ docKey, reason: errorMessage(error) });
      report(docKey, "failed");
      return;
    }
  }
  for (const rows of group) await writeGroupOrEachAlone(gateway, [rows], batchRows, result, report);
}

function record(
  result: IngestResult,
  group: GraphRows[],
  outcome: { deletedRelationships: number; deletedEntities: number },
  report: (docKey: string, status: IngestProgress["status"]) => void,
) {
  for (const rows of group) {
    result.ingested.push(rows.document.key);
    result.written.documents += 1;
    result.written.questions += rows.questions.length;
    result.written.entities += rows.entities.length;
    result.written.mentions += rows.mentions.length;
    result.written.relations += rows.relations.length;
    result.written.evidence += rows.evidence.length;
    result.written.commitments += rows.commitments.length;
    report(rows.document.key, "ingested");
  }
  result.deletedRelationships += outcome.deletedRelationships;
  result.deletedEntities += outcome.deletedEntities;
}

/**
 * The body of one write transaction. Safe to repeat (the driver retries
 * transient failures): every write is a DELETE of this group's facts or a
 * MERGE on a stable key.
 */
export async function writeDocuments(
  tx: GatewayTx,
  group: GraphRows[],
  batchRows: number,
): Promise<{ deletedRelationships: number; deletedEntities: number }> {
  const docKeys = group.map((g) => g.document.key);
  tx = profiled(tx);
  const unwind = async (statement: string, rows: unknown[]) => {
    for (const chunk of chunks(rows, batchRows)) await tx.run(statement, { rows: chunk });
  };

  // Forget what the old versions wrote, write the new ones, then recount
  // every relationship touched before or now and drop orphaned entities.
  const footprint = await forgetDocuments(tx, docKeys);

  await unwind(loadCypher("ingest/merge-documents"), group.map((g) => g.document));
  const entitiesByType = groupBy(group.flatMap((g) => g.entities), (e) => e.type);
  for (const [type, rows] of entitiesByType) await unwind(mergeEntitiesStatement(type), rows);
  await unwind(loadCypher("ingest/merge-questions"), group.flatMap((g) => g.questions));
  await unwind(loadCypher("ingest/merge-mentions"), group.flatMap((g) => g.mentions));
  await unwind(loadCypher("ingest/merge-document-mentions"), group.flatMap((g) => g.documentMentions));
  await unwind(loadCypher("ingest/merge-question-mentions"), group.flatMap((g) => g.questionMentions));
  const relations = group.flatMap((g) => g.relations);
  for (const [type, rows] of groupBy(relations, (r) => r.type)) await unwind(mergeRelationsStatement(type), rows);
  await unwind(loadCypher("ingest/merge-evidence"), group.flatMap((g) => g.evidence));
  await unwind(loadCypher("ingest/merge-commitments"), group.flatMap((g) => g.commitments));

  for (const r of relations) footprint.relations.set(r.key, { key: r.key, sourceKey: r.sourceKey });
  for (const e of group.flatMap((g) => g.entities)) footprint.entityKeys.add(e.key);
  return cleanUp(tx, footprint, batchRows);
}

interface Footprint {
  relations: Map<string, { key: string; sourceKey: string }>;
  entityKeys: Set<string>;
}

/** What the old versions contributed (for the clean-up), then delete it; the Document node and shared entities stay. */
async function forgetDocuments(tx: GatewayTx, docKeys: string[]): Promise<Footprint> {
  const footprint: Footprint = { relations: new Map(), entityKeys: new Set() };
  for (const row of await tx.run(loadCypher("ingest/document-footprint"), { docKeys })) {
    for (const rel of row.relations as Array<{ key: string; sourceKey: string }>) footprint.relations.set(rel.key, rel);
    for (const key of row.entityKeys as string[]) footprint.entityKeys.add(key);
  }
  for (const statement of splitCypherStatements(loadCypher("ingest/delete-document-facts"))) await tx.run(statement, { docKeys });
  return footprint;
}

/** Recount every touched relationship (deleting the unsupported), then delete entities no document mentions. */
async function cleanUp(tx: GatewayTx, footprint: Footprint, batchRows: number): Promise<{ deletedRelationships: number; deletedEntities: number }> {
  let deletedRelationships = 0;
  const [recount, deleteEmpty] = splitCypherStatements(loadCypher("ingest/recount-relations")) as [string, string];
  for (const chunk of chunks([...footprint.relations.values()], batchRows)) {
    await tx.run(recount, { relations: chunk });
    const rows = await tx.run(deleteEmpty, { relations: chunk });
    deletedRelationships += Number(rows[0]?.deleted ?? 0);
  }
  let deletedEntities = 0;
  for (const chunk of chunks([...footprint.entityKeys], batchRows)) {
    const rows = await tx.run(loadCypher("ingest/delete-orphan-entities"), { entityKeys: chunk });
    deletedEntities += Number(rows[0]?.deleted ?? 0);
  }
  // What is left of the touched entities is recomputed from the documents as they are now.
  for (const chunk of chunks([...footprint.entityKeys], batchRows)) {
    await tx.run(loadCypher("ingest/recompute-entities"), { entityKeys: chunk });
  }
  return { deletedRelationships, deletedEntities };
}

/**
 * Removes documents from the graph (e.g. a file withdrawn from the corpus):
 * everything they contributed goes; facts and entities other documents
 * still state survive, with their evidence recounted.
 */
export async function removeDocuments(
  gateway: Gateway,
  docKeys: string[],
  options: { batchRows?: number } = {},
): Promise<{ removed: string[]; deletedRelationships: number; deletedEntities: number }> {
  return gateway.writeTx(async (tx) => {
    const footprint = await forgetDocuments(tx, docKeys);
    const [row] = await tx.run(loadCypher("ingest/delete-documents"), { docKeys });
    const outcome = await cleanUp(tx, footprint, options.batchRows ?? DEFAULT_BATCH_ROWS);
    return { removed: (row?.removed as string[] | undefined) ?? [], ...outcome };
  });
}

/** KAMERGRAAF_PROFILE=1: total time per ingest statement, printed at exit (for `npm run bench:ingest`). */
const profile = new Map<string, number>();
function profiled(tx: GatewayTx): GatewayTx {
  if (!process.env.KAMERGRAAF_PROFILE) return tx;
  if (profile.size === 0) {
    process.on("exit", () => {
      for (const [statement, ms] of [...profile].sort((a, b) => b[1] - a[1])) console.error(`${ms.toFixed(0).padStart(7)} ms  ${statement}`);
    });
  }
  return {
    async run(cypher, params) {
      const t0 = performance.now();
      try {
        return await tx.run(cypher, params);
      } finally {
        const name = cypher.split("\n").find((l) => !l.startsWith("//") && l.trim() !== "" && !l.startsWith("UNWIND"))?.slice(0, 70) ?? cypher.slice(0, 70);
        profile.set(name, (profile.get(name) ?? 0) + performance.now() - t0);
      }
    },
  };
}

function rowCount(rows: GraphRows): number {
  return (
    1 +
    rows.questions.length +
    rows.entities.length +
    rows.mentions.length +
    rows.documentMentions.length +
    rows.questionMentions.length +
    rows.relations.length +
    rows.evidence.length +
    rows.commitments.length
  );
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const details = (error as { details?: { reason?: unknown } }).details;
    return typeof details?.reason === "string" ? `${error.message} (${details.reason})` : error.message;
  }
  return String(error);
}
