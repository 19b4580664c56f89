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
/** --rule <id>: also list every prediction of that row, hit or not */
const listRule = arg("--rule");
const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}…` : s).replace(/\s+/g, " ");

let tp = 0, fp = 0, fn = 0;
/** per rule row: predictions that matched gold / did not */
const byRule = new Map<string, { tp: number; fp: number }>();
for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".gold.json")).sort()) {
  if (only && !f.includes(only)) continue;
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), "utf8")));
  const input = await readInput(new Uint8Array(readFileSync(join(docsDir, gold.file))));
  if (!input.ok) throw new Error(`${gold.file}: ${input.reason}`);
  const pred = extractDocument(gold.file, input.text, undefined, { furniture: input.meta.furniture });
  const score = scoreDocument(pred, gold);
  tp += score.commitments.tp; fp += score.commitments.fp; fn += score.commitments.fn;
  const missed = new Set(score.misses.commitments);
  const extra = new Set(score.extras.commitments);
  pred.commitments.forEach((p) => {
    const r = byRule.get(p.provenance?.rule ?? "?") ?? { tp: 0, fp: 0 };
    if (extra.has(`${p.actor}: ${p.evidence}`)) r.fp++; else r.tp++;
    byRule.set(p.provenance?.rule ?? "?", r);
    if (listRule && p.provenance?.rule === listRule) console.log(`  [${listRule}] ${extra.has(`${p.actor}: ${p.evidence}`) ? "FP" : "TP"} ${gold.file.slice(0, 20)}: ${clip(p.evidence)}`);
  });
  if (score.commitments.fp + score.commitments.fn === 0) continue;
  console.log(`\n== ${gold.file}  tp ${score.commitments.tp} fp ${score.commitments.fp} fn ${score.commitments.fn}`);
  const lines: string[] = [];
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
console.log("\nper rule row (tp / fp)");
for (const [rule, c] of [...byRule].sort()) console.log(`  ${rule.padEnd(34)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)}`);
const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
console.log(`\ncommitments tp ${tp} fp ${fp} fn ${fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
