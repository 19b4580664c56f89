/**
 * Raw documents in (name + bytes), graph out: read → extract → check →
 * ingest. Used by the CLI and by POST /api/ingest. Bytes may be UTF-8 text,
 * PDF or DOCX (told apart by content, extract/input); a string (the JSON body
 * of POST /api/ingest) is taken as text only. A rejected document is reported
 * with its reason; the others still land.
 */
import type { Extraction } from "../../extract/model/extraction.ts";
import type { Gateway } from "../db/gateway.ts";
import { loadCypher } from "../db/load-cypher.ts";
import { chunks, ingestExtractions, storedHashes, type IngestInput, type IngestOptions, type IngestResult } from "./ingest.ts";
import { workerExtract, type ExtractFn } from "./extract-in-worker.ts";
import { sha256 } from "./rows.ts";
import { documentKey } from "./keys.ts";
import { loadReferenceFacts, type ReferenceLoadResult } from "./load-reference-facts.ts";
import { checkExtraction, readDocument, validateDocument, type RejectionCode } from "./validate-document.ts";

export interface RawDocument {
  name: string;
  /** Bytes as read from disk (text, PDF or DOCX), or text as received over HTTP (text only). */
  content: Uint8Array | string;
}

export type { ExtractFn };

export interface Rejection {
  name: string;
  code: RejectionCode | "duplicate" | "extraction-failed" | "write-failed";
  reason: string;
}

export interface IngestDocumentsResult extends IngestResult {
  rejected: Rejection[];
  /** knowledge-base facts written for the batch's entities (undefined when not loaded) */
  reference?: ReferenceLoadResult;
}

export interface IngestDocumentsOptions extends IngestOptions {
  maxBytes?: number;
  /** The extractor; defaults to extract/pipeline's extractDocument in a worker thread with a deadline. */
  extract?: ExtractFn;
  /** Deadline of one document's extraction (default 60 s, longer for large documents). */
  extractTimeoutMs?: number;
  /** Load the knowledge-base reference facts of the batch's entities after the write (default true). */
  referenceFacts?: boolean;
  /** Called once per document as it is read, before the graph is written. */
  onExtracted?: (event: { name: string; ok: boolean; done: number; total: number }) => void;
}

export async function ingestDocuments(gateway: Gateway, documents: RawDocument[], options: IngestDocumentsOptions = {}): Promise<IngestDocumentsResult> {
  const extract = options.extract ?? workerExtract({ timeoutMs: options.extractTimeoutMs });
  const rejected: Rejection[] = [];
  const inputs: IngestInput[] = [];
  const skippedUnchanged: string[] = [];
  let done = 0;
  const accept = (name: string, ok: boolean) => options.onExtracted?.({ name, ok, done: ++done, total: documents.length });
  const reject = (rejection: Rejection) => {
    rejected.push(rejection);
    accept(rejection.name, false);
  };

  // 1. Read and check every file; keys and texts must be unique in the batch.
  const readable: Array<{ name: string; key: string; text: string; hash: string; furniture: string[] }> = [];
  const keys = new Set<string>();
  for (const document of documents) {
    const key = documentKey(document.name);
    if (keys.has(key)) {
      reject({ name: document.name, code: "duplicate", reason: `another document in this batch has the key ${key}` });
      continue;
    }
    keys.add(key);
    const file = typeof document.content === "string" ? null : await readDocument(document.content, document.name, { maxBytes: options.maxBytes });
    const check = file ?? validateDocument(new TextEncoder().encode(document.content as string), document.name, { maxBytes: options.maxBytes });
    if (!check.ok) reject({ name: document.name, code: check.code, reason: check.reason });
    else readable.push({ name: document.name, key, text: check.text, hash: sha256(check.text), furniture: file?.ok ? file.meta.furniture : [] });
  }

  // 2. What the graph holds already: this key's text (unchanged → skipped, not even extracted),
  //    and the same text under another key (a copy under a new name → duplicate, not stored twice).
  const stored = options.force ? new Map<string, string>() : await storedHashes(gateway, readable.map((d) => d.key));
  const sameText = await documentsByHash(gateway, readable.map((d) => d.hash));
  // Per text, its owner: a document in the graph that keeps this text (not in the batch, or in it unchanged), else the first in the batch.
  const batchHash = new Map(readable.map((d) => [d.key, d.hash]));
  const owner = new Map<string, { key: string; file: string; inGraph: boolean }>();
  for (const document of readable) {
    if (owner.has(document.hash)) continue;
    const keeper = (sameText.get(document.hash) ?? []).find((d) => (batchHash.get(d.key) ?? document.hash) === document.hash);
    owner.set(document.hash, keeper ? { ...keeper, inGraph: true } : { key: document.key, file: document.name, inGraph: false });
  }

  for (const document of readable) {
    const original = owner.get(document.hash)!;
    if (original.key !== document.key) {
      reject({ name: document.name, code: "duplicate", reason: `byte-identical to ${original.file}, which is ${original.inGraph ? "in the graph already" : "in this batch"}` });
      continue;
    }
    if (stored.get(document.key) === document.hash) {
      skippedUnchanged.push(document.key);
      accept(document.name, true);
      continue;
    }
    let extraction: Extraction;
    try {
      extraction = await extract(document.name, document.text, { furniture: document.furniture });
    } catch (error) {
      reject({ name: document.name, code: "extraction-failed", reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const empty = checkExtraction(extraction, document.name);
    if (empty && !empty.ok) {
      reject({ name: document.name, code: empty.code, reason: empty.reason });
      continue;
    }
    inputs.push({ file: document.name, text: document.text, extraction });
    accept(document.name, true);
  }

  const result = await ingestExtractions(gateway, inputs, { ...options, storedHashes: stored });
  const byKey = new Map(inputs.map((i) => [documentKey(i.file), i.file]));
  for (const failure of result.failed) {
    rejected.push({ name: byKey.get(failure.docKey) ?? failure.docKey, code: "write-failed", reason: failure.reason });
  }
  // Reference facts for every document of the batch now in the graph, unchanged ones too: a run cut off
  // after its writes left them without, and the next run skips those documents as unchanged.
  const inGraph = [...result.ingested, ...skippedUnchanged, ...result.skippedUnchanged];
  const reference = options.referenceFacts !== false && inGraph.length > 0 ? await loadReferenceFacts(gateway, inGraph) : undefined;
  return { ...result, skippedUnchanged: [...skippedUnchanged, ...result.skippedUnchanged], rejected, ...(reference ? { reference } : {}) };
}

/** Documents in the graph per text hash. */
async function documentsByHash(gateway: Gateway, hashes: string[]): Promise<Map<string, Array<{ key: string; file: string }>>> {
  const byHash = new Map<string, Array<{ key: string; file: string }>>();
  for (const chunk of chunks([...new Set(hashes)], 5_000)) {
    for (const row of await gateway.read(loadCypher("ingest/documents-by-hash"), { hashes: chunk })) {
      const list = byHash.get(String(row.sha256)) ?? [];
      list.push({ key: String(row.key), file: String(row.file ?? row.key) });
      byHash.set(String(row.sha256), list);
    }
  }
  return byHash;
}
