/**
 * Just enough of the ZIP format to read a DOCX: the central directory (which
 * entries exist) and one entry's bytes (stored or deflated). No ZIP64, no
 * encryption: a DOCX needs neither, and those get a clear error instead.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** An entry larger than this is refused (a "zip bomb" is not a document). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export class ZipError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new ZipError("no end-of-central-directory record (the archive is truncated or damaged)");
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError("ZIP64 archives are not supported");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipError(`central directory entry ${i + 1} of ${count} is damaged`);
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
  if (entry.size > MAX_ENTRY_BYTES) throw new ZipError(`${entry.name} unpacks to ${entry.size} bytes; the maximum is ${MAX_ENTRY_BYTES}`);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipError(`the local header of ${entry.name} is damaged`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError(`${entry.name} is cut off (the archive is truncated)`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`${entry.name} uses compression method ${entry.method}, not deflate`);
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch (error) {
    throw new ZipError(`${entry.name} does not inflate: ${(error as Error).message}`);
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) return at;
  }
  return -1;
}
