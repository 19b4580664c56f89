/**
 * What the input stage hands to the pipeline: a file's bytes become text plus
 * a little metadata, or a typed rejection that names the reason. The readers
 * are pure (bytes in, result out); reading files stays in the CLIs.
 */

export type InputFormat = "text" | "pdf" | "docx";

export type InputRejectionCode =
  | "empty"
  | "binary"
  | "truncated"
  | "invalid-utf8"
  | "unsupported-format"
  | "damaged-pdf"
  | "encrypted"
  | "damaged-docx"
  | "no-text";

export interface InputMeta {
  format: InputFormat;
  bytes: number;
  /** pages of a PDF */
  pages?: number;
  /**
   * Running headers and footers removed from the text (one of each kind).
   * They carry dossier numbers ("36 410 XVI, nr. 160"), so the pipeline
   * passes them to the structure stage like the normaliser's own furniture.
   */
  furniture: string[];
  /** what the reader skipped or could not read, for the user */
  warnings: string[];
}

export type InputResult =
  | { ok: true; text: string; meta: InputMeta }
  | { ok: false; code: InputRejectionCode; reason: string; format?: InputFormat };

export function reject(code: InputRejectionCode, reason: string, format?: InputFormat): InputResult {
  return format ? { ok: false, code, reason, format } : { ok: false, code, reason };
}
