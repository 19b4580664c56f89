/**
 * npm run extract -- <file|dir>… --out <dir> [--text]
 * Reads UTF-8 text, PDF and DOCX (the format is read from the content, see
 * extract/input) and writes one JSON per document (NAME.pdf → NAME.json) in
 * the gold format plus provenance; with --text also the text the pipeline
 * read (NAME.input.txt). A document that fails or is rejected is reported with
 * its reason; the others are still written. Exit code 1 when any failed.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isDocumentFileName, readInput } from "../input/read-input.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import { defaultKnowledge } from "../pipeline/default-knowledge.ts";

export function listDocuments(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (isDocumentFileName(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

const stem = (name: string) => name.replace(/\.(?:txt|pdf|docx)$/i, "");

async function main(argv: string[]): Promise<number> {
  const outIdx = argv.indexOf("--out");
  const out = outIdx >= 0 ? argv[outIdx + 1] : undefined;
  const keepText = argv.includes("--text");
  const inputs = argv.filter((a, i) => a !== "--out" && a !== "--text" && i !== outIdx + 1);
  if (!out || inputs.length === 0) {
    console.error("usage: npm run extract -- <file|dir>… --out <dir> [--text]");
    return 2;
  }
  mkdirSync(out, { recursive: true });
  const knowledge = defaultKnowledge();
  const written = new Map<string, string>();
  let failed = 0;
  for (const file of listDocuments(inputs)) {
    const name = basename(file);
    try {
      const t0 = performance.now();
      const input = await readInput(new Uint8Array(readFileSync(file)));
      const readMs = Math.round(performance.now() - t0);
      if (!input.ok) {
        failed++;
        console.error(`${name}: REJECTED [${input.code}]: ${input.reason}`);
        continue;
      }
      const key = stem(name);
      if (written.has(key)) {
        failed++;
        console.error(`${name}: FAILED: ${written.get(key)} already wrote ${key}.json`);
        continue;
      }
      written.set(key, name);
      const result = extractDocument(name, input.text, knowledge, { furniture: input.meta.furniture });
      writeFileSync(join(out, `${key}.json`), JSON.stringify(result, null, 2));
      if (keepText) writeFileSync(join(out, `${key}.input.txt`), input.text);
      const source = input.meta.format === "text" ? "text" : `${input.meta.format}${input.meta.pages ? `, ${input.meta.pages} p.` : ""}, read in ${readMs} ms`;
      for (const w of input.meta.warnings) console.error(`${name}: warning: ${w}`);
      console.log(`${name} (${source}): ${result.entities.length} entities, ${result.relations.length} relations, ${result.commitments.length} commitments (${result.stats?.ms} ms)`);
    } catch (e) {
      failed++;
      console.error(`${name}: FAILED: ${(e as Error).message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
