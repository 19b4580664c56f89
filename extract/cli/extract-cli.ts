/**
 * npm run extract -- <file|dir>… --out <dir>
 * Writes one JSON per document (NAME.txt → NAME.json) in the gold format plus
 * provenance. A document that fails is reported with its reason; the others
 * are still written. Exit code 1 when any document failed.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractDocument } from "../pipeline/extract-document.ts";

export function listDocuments(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith(".txt")) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

function main(argv: string[]): number {
  const outIdx = argv.indexOf("--out");
  const out = outIdx >= 0 ? argv[outIdx + 1] : undefined;
  const inputs = argv.filter((a, i) => a !== "--out" && i !== outIdx + 1);
  if (!out || inputs.length === 0) {
    console.error("usage: npm run extract -- <file|dir>… --out <dir>");
    return 2;
  }
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of listDocuments(inputs)) {
    const name = basename(file);
    try {
      const text = readFileSync(file, "utf8");
      const result = extractDocument(name, text);
      writeFileSync(join(out, name.replace(/\.txt$/, "") + ".json"), JSON.stringify(result, null, 2));
      console.log(`${name}: ${result.entities.length} entities, ${result.relations.length} relations, ${result.commitments.length} commitments (${result.stats?.ms} ms)`);
    } catch (e) {
      failed++;
      console.error(`${name}: FAILED: ${(e as Error).message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
