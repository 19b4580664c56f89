/**
 * PDF in, via pdf.js (the legacy build, which runs in Node without a DOM).
 * Only the text positions are read (getTextContent); layout → text is the
 * pure pdfText. The bytes are copied because pdf.js takes ownership of its input.
 */
import { reject, type InputResult } from "./input-result.ts";
import type { PdfPage } from "./pdf-layout.ts";
import { pdfText } from "./pdf-text.ts";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;
// Loaded on first use: plain-text runs never pay for the PDF library.
const loadPdfJs = () => (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

/** A PDF ends with "%%EOF" (PDF 32000-1, 7.5.5); writers leave at most a little white space or junk after it. */
const EOF_WINDOW = 2048;

export async function readPdf(bytes: Uint8Array): Promise<InputResult> {
  // Checked first: pdf.js repairs what it can, and a cut-off file must not pass as a shorter document.
  if (!String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).includes("%%EOF")) {
    return reject("truncated", `the PDF ends without its end-of-file marker (%%EOF) after ${bytes.length} bytes: the file is cut off (an interrupted download or copy?)`, "pdf");
  }
  const lib = await loadPdfJs();
  let pages: PdfPage[];
  const warnings: string[] = [];
  try {
    pages = await positionedText(lib, bytes, warnings);
  } catch (error) {
    const name = (error as { name?: string }).name;
    const message = (error as Error).message ?? String(error);
    if (name === "PasswordException") return reject("encrypted", "the PDF is password-protected", "pdf");
    return reject("damaged-pdf", `the PDF cannot be read (${message}); is it complete?`, "pdf");
  }
  const { text, furniture } = pdfText(pages);
  if (text.trim() === "") {
    return reject("no-text", `the PDF has ${pages.length} page(s) but no text layer (a scan? it would need OCR)`, "pdf");
  }
  return { ok: true, text, meta: { format: "pdf", bytes: bytes.length, pages: pages.length, furniture, warnings } };
}

async function positionedText(lib: PdfJs, bytes: Uint8Array, warnings: string[]): Promise<PdfPage[]> {
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PdfPage["items"] = [];
      let rotated = 0;
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, , d, x, y] = item.transform as number[];
        // rotated text (a vertical margin note) has no place in a line
        if (Math.abs(b!) > 1e-3 * Math.abs(a!)) {
          rotated++;
          continue;
        }
        items.push({ str: item.str, x: x! - x0, y: y! - y0, width: item.width, size: Math.abs(d!) || item.height });
      }
      if (rotated > 0) warnings.push(`page ${n}: ${rotated} rotated text item(s) left out`);
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
