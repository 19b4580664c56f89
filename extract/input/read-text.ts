/**
 * Plain text in: UTF-8 only. Anything else gets a reason the user can act on
 * (another encoding, a binary file, a file cut off while copying).
 */
import { reject, type InputResult } from "./input-result.ts";

export function readText(bytes: Uint8Array): InputResult {
  if (bytes.length === 0) return reject("empty", "the file is empty", "text");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return reject("invalid-utf8", "the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8", "text");
  }
  // NUL never occurs in text; a sprinkle of other control bytes means a binary format.
  if (bytes.includes(0)) return reject("binary", "the file contains NUL bytes (binary, not text)", "text");
  const controls = countControlBytes(bytes);
  if (controls / bytes.length > 0.01) return reject("binary", `${controls} control bytes in ${bytes.length}: not a text file`, "text");

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const cut = incompleteTailLength(bytes);
    if (cut > 0 && isValidUtf8(bytes.subarray(0, bytes.length - cut))) {
      return reject("truncated", "the file ends in the middle of a character (cut off while copying?)", "text");
    }
    return reject("invalid-utf8", `the file is not valid UTF-8 (first bad byte at ${firstInvalidOffset(bytes)}; Latin-1 or Windows-1252 text must be saved as UTF-8)`, "text");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return reject("empty", "the file holds only white space", "text");
  return { ok: true, text, meta: { format: "text", bytes: bytes.length, furniture: [], warnings: [] } };
}

function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    // Tab, LF, FF and CR are ordinary in text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) count++;
  }
  return count;
}

/** Length of an unfinished multi-byte sequence at the very end (0 if none). */
function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (byte > 0xf4 || (byte >= 0x80 && byte < 0xc2)) return 0; // never a lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function firstInvalidOffset(bytes: Uint8Array): number {
  // Longest prefix that is valid UTF-8 apart from an unfinished last
  // character: that property is monotone, so binary search finds it.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const prefix = bytes.subarray(0, mid);
    const valid = isValidUtf8(prefix) || (incompleteTailLength(prefix) > 0 && isValidUtf8(prefix.subarray(0, mid - incompleteTailLength(prefix))));
    if (valid) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
