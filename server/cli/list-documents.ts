import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDocumentFileName } from "../../extract/input/read-input.ts";
import { ValidationError } from "../errors.ts";

/**
 * Paths on the command line → document files: directories contribute their
 * .txt, .pdf and .docx files (sorted, not recursive), files are taken as given so a bad file
 * named explicitly is rejected with a reason rather than silently ignored.
 */
export function listDocumentFiles(paths: string[]): string[] {
  const missing = paths.filter((p) => {
    try {
      statSync(p);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) throw new ValidationError(`No such file or directory: ${missing.join(", ")}`);
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const file = join(path, name);
        if (isDocumentFileName(name) && statSync(file).isFile()) files.push(file);
      }
    } else files.push(path);
  }
  return files;
}
