/**
 * Throughput of normalise (and, for reference, of sentence splitting and
 * structure parsing) over the seeds repeated to about 10 MB. A benchmark, not
 * a test: `npm run bench:normalise`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { seedsDir } from "../../common/paths.ts";
import { normalise } from "../../extract/normalise/normalise.ts";
import { splitSentences } from "../../extract/sentences/split-sentences.ts";
import { parseStructure } from "../../extract/structure/parse-structure.ts";

const dir = seedsDir;
const seeds = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8"));
const parts: string[] = [];
let size = 0;
while (size < 10_000_000) {
  for (const s of seeds) {
    parts.push(s);
    size += s.length;
  }
}
const big = parts.join("\n\n");
const mb = big.length / 1e6;

function time(label: string, run: () => void, megabytes: number): void {
  run(); // warm-up
  const runs = 3;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) run();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(38)} ${ms.toFixed(0).padStart(6)} ms  ${(megabytes / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
}

console.log(`input: ${mb.toFixed(1)} M chars (${seeds.length} seeds repeated)`);
time("normalise (one 10 MB text)", () => void normalise(big), mb);
time("normalise (per document)", () => parts.forEach((p) => void normalise(p)), mb);
const normalised = parts.map((p) => normalise(p).text);
time("splitSentences (per document)", () => normalised.forEach((t) => void splitSentences(t)), mb);
time("parseStructure (per document)", () => normalised.forEach((t) => void parseStructure(t)), mb);
const n = normalise(big);
time("toOriginal (1M lookups)", () => {
  for (let i = 0; i < 1_000_000; i++) n.toOriginal((i * 7919) % n.text.length);
}, mb);
