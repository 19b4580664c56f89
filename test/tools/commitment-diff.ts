/**
 * npx tsx test/tools/commitment-diff.ts [--gold test/fixtures/gold-real] [--docs <dir>] [--only <substring>]
 * Per document, the commitments the extractor got wrong, sorted by why:
 *   ACTOR  the sentence was found but attributed to someone else (gold actor ≠ predicted actor)
 *   MISS   no predicted commitment overlaps the gold sentence
 *   EXTRA  a predicted commitment no gold sentence overlaps (with the rule row that fired)
 * Scoring is score.ts's (evidence overlap + actor), so the counts add up to `npm run eval`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GoldSchema } from "../../extract/model/extraction.ts";
import { readInput } from "../../extract/input/read-input.ts";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";
import { evidenceOverlaps, scoreDocument } from "../../extract/eval/score.ts";

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const goldDir = arg("--gold", "test/fixtures/gold-real")!;
const docsDir = arg("--docs", goldDir)!;
const only = arg("--only");
const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}…` : s).replace(/\s+/g, " ");

let tp = 0, fp = 0, fn = 0;
for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".gold.json")).sort()) {
  if (only && !f.includes(only)) continue;
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), "utf8")));
  const input = await readInput(new Uint8Array(readFileSync(join(docsDir, gold.file))));
  if (!input.ok) throw new Error(`${gold.file}: ${input.reason}`);
  const pred = extractDocument(gold.file, input.text, undefined, { furniture: input.meta.furniture });
  const score = scoreDocument(pred, gold);
  tp += score.commitments.tp; fp += score.commitments.fp; fn += score.commitments.fn;
  if (score.commitments.fp + score.commitments.fn === 0) continue;
  console.log(`\n== ${gold.file}  tp ${score.commitments.tp} fp ${score.commitments.fp} fn ${score.commitments.fn}`);
  const lines: string[] = [];
  const missed = new Set(score.misses.commitments);
  const extra = new Set(score.extras.commitments);
  const usedExtra = new Set<number>();
  for (const g of gold.commitments) {
    if (!missed.has(`${g.actor}: ${g.evidence}`)) continue;
    const i = pred.commitments.findIndex((p, j) => !usedExtra.has(j) && extra.has(`${p.actor}: ${p.evidence}`) && evidenceOverlaps(p.evidence, g.evidence));
    if (i >= 0) {
      usedExtra.add(i);
      const p = pred.commitments[i]!;
      lines.push(`  ACTOR gold ${g.actor} / pred ${p.actor} [${p.provenance?.rule}]: ${clip(g.evidence)}`);
    } else lines.push(`  MISS  ${g.actor}: ${clip(g.evidence)}`);
  }
  pred.commitments.forEach((p, j) => {
    if (usedExtra.has(j) || !extra.has(`${p.actor}: ${p.evidence}`)) return;
    lines.push(`  EXTRA ${p.actor} [${p.provenance?.rule}]: ${clip(p.evidence)}`);
  });
  console.log(lines.join("\n"));
}
const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
console.log(`\ncommitments tp ${tp} fp ${fp} fn ${fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
