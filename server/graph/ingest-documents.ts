/**
 * Raw documents in (name + bytes), graph out: read → extract → check →
 * ingest. Used by the CLI and by POST /api/ingest. Bytes may be UTF-8 text,
 * PDF or DOCX (told apart by content, extract/input); a string (the JSON body
 * of POST /api/ingest) is taken as text only. A rejected document is reported
 * with its reason; the others still land.
 */
import type { Extraction } from "../../extract/model/extraction.ts";
import type { Gateway } from "../db/gateway.ts";
import { ingestExtractions, storedHashes, type IngestInput, type IngestOptions, type IngestResult } from "./ingest.ts";
import { sha256 } from "./rows.ts";
import { documentKey } from "./keys.ts";
import { checkExtraction, readDocument, validateDocument, type RejectionCode } from "./validate-document.ts";

export interface RawDocument {
  name: string;
  /** Bytes as read from disk (text, PDF or DOCX), or text as received over HTTP (text only). */
  content: Uint8Array | string;
}

/** `input.furniture`: running headers/footers the PDF reader removed (they carry dossier numbers). */
export type ExtractFn = (file: string, text: string, input?: { furniture?: readonly string[] }) => Extraction | Promise<Extraction>;

export interface Rejection {
  name: string;
  code: RejectionCode | "duplicate" | "extraction-failed" | "write-failed";
  reason: string;
}

export interface IngestDocumentsResult extends IngestResult {
  rejected: Rejection[];
}

export interface IngestDocumentsOptions extends IngestOptions {
  maxBytes?: number;
  /** The extractor; defaults to extract/pipeline's extractDocument. */
  extract?: ExtractFn;
  /** Called once per document as it is read, before the graph is written. */
  onExtracted?: (event: { name: string; ok: boolean; done: number; total: number }) => void;
}

export async function defaultExtract(): Promise<ExtractFn> {
  // Loaded lazily: the extractor's lexicons are only needed when ingesting.
  const module = await import("../../extract/pipeline/extract-document.ts");
  return (file, text, input) => module.extractDocument(file, text, undefined, input);
}

export async function ingestDocuments(gateway: Gateway, documents: RawDocument[], options: IngestDocumentsOptions = {}): Promise<IngestDocumentsResult> {
  const extract = options.extract ?? (await defaultExtract());
  const rejected: Rejection[] = [];
  const inputs: IngestInput[] = [];
  const seen = new Set<string>();
  const skippedUnchanged: string[] = [];
  let done = 0;
  // The fast path of `npm start`: an unchanged text is not even extracted.
  const stored = options.force ? new Map<string, string>() : await storedHashes(gateway, documents.map((d) => documentKey(d.name)));

  for (const document of documents) {
    const key = documentKey(document.name);
    const accept = (ok: boolean) => options.onExtracted?.({ name: document.name, ok, done: ++done, total: documents.length });
    if (seen.has(key)) {
      rejected.push({ name: document.name, code: "duplicate", reason: `another document in this batch has the key ${key}` });
      accept(false);
      continue;
    }
    seen.add(key);
    const file = typeof document.content === "string" ? null : await readDocument(document.content, document.name, { maxBytes: options.maxBytes });
    const check = file ?? validateDocument(new TextEncoder().encode(document.content as string), document.name, { maxBytes: options.maxBytes });
    if (!check.ok) {
      rejected.push({ name: document.name, code: check.code, reason: check.reason });
      accept(false);
      continue;
    }
    if (stored.get(key) === sha256(check.text)) {
      skippedUnchanged.push(key);
      accept(true);
      continue;
    }
    let extraction: Extraction;
    try {
      extraction = await extract(document.name, check.text, { furniture: file?.ok ? file.meta.furniture : [] });
    } catch (error) {
      rejected.push({ name: document.name, code: "extraction-failed", reason: error instanceof Error ? error.message : String(error) });
      accept(false);
      continue;
    }
    const empty = checkExtraction(extraction, document.name);
    if (empty && !empty.ok) {
      rejected.push({ name: document.name, code: empty.code, reason: empty.reason });
      accept(false);
      continue;
    }
    inputs.push({ file: document.name, text: check.text, extraction });
    accept(true);
  }

  const result = await ingestExtractions(gateway, inputs, options);
  const byKey = new Map(inputs.map((i) => [documentKey(i.file), i.file]));
  for (const failure of result.failed) {
    rejected.push({ name: byKey.get(failure.docKey) ?? failure.docKey, code: "write-failed", reason: failure.reason });
  }
  return { ...result, skippedUnchanged: [...skippedUnchanged, ...result.skippedUnchanged], rejected };
}
