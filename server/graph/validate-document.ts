/**
 * Gatekeeping before and after extraction: a bad file is rejected with a
 * reason (and the batch goes on), instead of landing as garbage in the graph.
 */
import type { Extraction } from "../../extract/model/extraction.ts";

export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type RejectionCode = "empty" | "too-large" | "binary" | "truncated" | "invalid-utf8" | "nothing-extracted";

export type DocumentCheck =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; code: RejectionCode; reason: string };

export interface ValidateOptions {
  maxBytes?: number;
}

/** Pure: bytes in, decoded text or a rejection out. */
export function validateDocument(buffer: Uint8Array, name: string, options: ValidateOptions = {}): DocumentCheck {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const reject = (code: RejectionCode, reason: string): DocumentCheck => ({ ok: false, name, code, reason });

  if (buffer.length === 0) return reject("empty", "the file is empty");
  if (buffer.length > maxBytes) return reject("too-large", `the file has ${buffer.length} bytes; the maximum is ${maxBytes}`);
  // NUL never occurs in text; a sprinkle of other control bytes means a binary format.
  if (buffer.includes(0)) return reject("binary", "the file contains NUL bytes (binary, not text)");
  const controls = countControlBytes(buffer);
  if (controls / buffer.length > 0.01) return reject("binary", `${controls} control bytes in ${buffer.length}: not a text file`);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    const cut = incompleteTailLength(buffer);
    if (cut > 0 && isValidUtf8(buffer.subarray(0, buffer.length - cut))) {
      return reject("truncated", "the file ends in the middle of a character (cut off while copying?)");
    }
    return reject("invalid-utf8", `the file is not valid UTF-8 (first bad byte at ${firstInvalidOffset(buffer)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return reject("empty", "the file holds only white space");
  return { ok: true, name, text };
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

function countControlBytes(buffer: Uint8Array): number {
  let count = 0;
  for (const byte of buffer) {
    // Tab, LF, FF and CR are ordinary in text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) count++;
  }
  return count;
}

/** Length of an unfinished multi-byte sequence at the very end (0 if none). */
function incompleteTailLength(buffer: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, buffer.length); back++) {
    const byte = buffer[buffer.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (byte > 0xf4 || (byte >= 0x80 && byte < 0xc2)) return 0; // never a lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function isValidUtf8(buffer: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}

function firstInvalidOffset(buffer: Uint8Array): number {
  // Longest prefix that is valid UTF-8 apart from an unfinished last
  // character: that property is monotone, so binary search finds it.
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const prefix = buffer.subarray(0, mid);
    const valid = isValidUtf8(prefix) || (incompleteTailLength(prefix) > 0 && isValidUtf8(prefix.subarray(0, mid - incompleteTailLength(prefix))));
    if (valid) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
