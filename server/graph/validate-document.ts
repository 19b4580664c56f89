/**
 * Gatekeeping before and after extraction: a bad file is rejected with a
 * reason (and the batch goes on), instead of landing as garbage in the graph.
 */
import type { Extraction } from "../../extract/model/extraction.ts";
import { readInput, type InputMeta, type InputRejectionCode } from "../../extract/input/read-input.ts";
import { readText } from "../../extract/input/read-text.ts";

export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type RejectionCode = InputRejectionCode | "too-large" | "nothing-extracted";

export type DocumentCheck =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; code: RejectionCode; reason: string };

export interface ValidateOptions {
  maxBytes?: number;
}

/** Pure: bytes in, decoded UTF-8 text or a rejection out (text only; see readDocument for PDF and DOCX). */
export function validateDocument(buffer: Uint8Array, name: string, options: ValidateOptions = {}): DocumentCheck {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (buffer.length > maxBytes) return { ok: false, name, code: "too-large", reason: `the file has ${buffer.length} bytes; the maximum is ${maxBytes}` };
  const read = readText(buffer);
  return read.ok ? { ok: true, name, text: read.text } : { ok: false, name, code: read.code, reason: read.reason };
}

export type FileCheck =
  | { ok: true; name: string; text: string; meta: InputMeta }
  | { ok: false; name: string; code: RejectionCode; reason: string };

/**
 * A file as read from disk: UTF-8 text, PDF or DOCX, told apart by content
 * (extract/input). The size limit applies to the file's bytes.
 */
export async function readDocument(buffer: Uint8Array, name: string, options: ValidateOptions = {}): Promise<FileCheck> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (buffer.length > maxBytes) return { ok: false, name, code: "too-large", reason: `the file has ${buffer.length} bytes; the maximum is ${maxBytes}` };
  const read = await readInput(buffer);
  return read.ok ? { ok: true, name, text: read.text, meta: read.meta } : { ok: false, name, code: read.code, reason: read.reason };
}

/**
 * After extraction: a document of unknown layout from which nothing was read
 * would only add an empty Document node; reject it so the user looks at it.
 */
export function checkExtraction(extraction: Extraction, name: string): DocumentCheck | null {
  const empty = extraction.entities.length === 0 && extraction.relations.length === 0 && extraction.commitments.length === 0;
  if (extraction.document.kind === "unknown" && empty) {
    return { ok: false, name, code: "nothing-extracted", reason: "unknown layout and nothing was extracted (not a parliamentary document?)" };
  }
  return null;
}
