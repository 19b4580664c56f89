/**
 * What a file is, from its first bytes (magic numbers), not its name: a
 * ".txt" that is really a PDF is read as a PDF, a ".docx" that is a
 * spreadsheet is refused as one.
 */
import { listZipEntries, isZip, ZipError } from "./zip-entries.ts";

export type Sniffed =
  | { format: "pdf" | "docx" | "text" }
  | { format: "other"; what: string };

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Known binary formats someone might hand over by mistake. */
const BINARY_MAGIC: Array<{ magic: number[]; what: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { magic: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { magic: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: "a TIFF image" },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: "a TIFF image" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Office file (.doc/.xls, OLE2); save it as DOCX or PDF" },
  { magic: [0x1f, 0x8b], what: "a gzip archive" },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document; save it as DOCX or PDF" },
  { magic: [0x25, 0x21, 0x50, 0x53], what: "a PostScript file" },
];

export function sniffFormat(bytes: Uint8Array): Sniffed {
  // The PDF header may follow some junk, within the first kilobyte (PDF 32000-1, 7.5.2).
  if (/%PDF-\d/.test(ascii(bytes, 0, 1024))) return { format: "pdf" };
  if (isZip(bytes)) return sniffZip(bytes);
  for (const { magic, what } of BINARY_MAGIC) if (startsWith(bytes, magic)) return { format: "other", what };
  return { format: "text" };
}

function sniffZip(bytes: Uint8Array): Sniffed {
  let names: string[];
  try {
    names = listZipEntries(bytes).map((e) => e.name);
  } catch (error) {
    if (error instanceof ZipError) return { format: "other", what: `a damaged ZIP archive (${error.message})` };
    throw error;
  }
  if (names.includes("word/document.xml")) return { format: "docx" };
  if (names.includes("xl/workbook.xml")) return { format: "other", what: "an Excel spreadsheet (XLSX), not a Word document" };
  if (names.some((n) => n.startsWith("ppt/"))) return { format: "other", what: "a PowerPoint presentation (PPTX), not a Word document" };
  if (names.includes("content.xml")) return { format: "other", what: "an OpenDocument file; save it as DOCX or PDF" };
  return { format: "other", what: "a ZIP archive without word/document.xml (not a Word document)" };
}
