/**
 * The input stage: a file's bytes → text for the pipeline, whatever the
 * format (UTF-8 text, PDF, DOCX), or a typed rejection with the reason.
 * The format is read from the content; the name only improves messages.
 */
import { sniffFormat } from "./detect-format.ts";
import { reject, type InputResult } from "./input-result.ts";
import { readDocx } from "./read-docx.ts";
import { readPdf } from "./read-pdf.ts";
import { readText } from "./read-text.ts";

export type { InputFormat, InputMeta, InputRejectionCode, InputResult } from "./input-result.ts";

export async function readInput(bytes: Uint8Array): Promise<InputResult> {
  if (bytes.length === 0) return reject("empty", "the file is empty");
  const sniffed = sniffFormat(bytes);
  switch (sniffed.format) {
    case "pdf":
      return readPdf(bytes);
    case "docx":
      return readDocx(bytes);
    case "text":
      return readText(bytes);
    case "other":
      return reject("unsupported-format", `the file is ${sniffed.what}; kamergraaf reads UTF-8 text, PDF and DOCX`);
  }
}

/** File names the CLIs pick up from a directory. */
export const DOCUMENT_EXTENSIONS = [".txt", ".pdf", ".docx"] as const;

export function isDocumentFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
