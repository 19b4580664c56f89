/**
 * Confusion report of the commitment detector on the seed documents:
 *   npm run tool:commitments-on-seeds [-- seedsDir goldDir]   (defaults: seeds/, ../shared/gold)
 *
 * Uses the real normaliser, structure parser and sentence splitter, so the
 * sections (q1, a1, …) are the ones the pipeline sees. Matching follows the gold
 * README (evidence overlaps at least half of the gold sentence's words,
 * one-to-one), but WITHOUT the actor: actors are resolved by the pipeline, not
 * here. `npm run eval` scores the same commitments with actors.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { seedsDir as defaultSeedsDir, sharedGoldDir } from "../../common/paths.ts";
import { normalise } from "../../extract/normalise/normalise.ts";
import { parseStructure } from "../../extract/structure/parse-structure.ts";
import { splitSentences } from "../../extract/sentences/split-sentences.ts";
import { evidenceOverlaps, maxMatching, prf } from "../../extract/eval/score.ts";
import { GoldSchema } from "../../extract/model/extraction.ts";
import { detectCommitments, type CommitmentSentence } from "../../extract/commitments/detect-commitments.ts";

const seedsDir = process.argv[2] ?? defaultSeedsDir;
const goldDir = process.argv[3] ?? process.env.KAMERGRAAF_GOLD_DIR ?? sharedGoldDir;
const flat = (s: string) => s.replace(/\s+/g, " ").trim();

let tp = 0, fp = 0, fn = 0, dueOk = 0, dueTotal = 0;
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort()) {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, file.replace(/\.txt$/, ".gold.json")), "utf8")));
  const { text } = normalise(readFileSync(join(seedsDir, file), "utf8"));
  const structure = parseStructure(text);
  const segments = structure.segments.length > 0 ? structure.segments : [{ id: "body", start: 0, end: text.length }];
  const sentences: CommitmentSentence[] = segments.flatMap((seg) =>
    splitSentences(text.slice(seg.start, seg.end), seg.start).map((s) => ({ ...s, section: seg.id })));
  const found = detectCommitments({ sentences, documentDate: gold.document.date ?? structure.meta.date, defaultActor: "@answerer" });
  const pairs = maxMatching(found.length, gold.commitments.length, (p, g) => evidenceOverlaps(found[p]!.evidence, gold.commitments[g]!.evidence));
  const pHit = new Map(pairs.map(([p, g]) => [p, g]));
  const gHit = new Set(pairs.map(([, g]) => g));
  console.log(`\n== ${file}  found ${found.length}, gold ${gold.commitments.length}, matched ${pairs.length}`);
  found.forEach((c, i) => {
    const g = pHit.get(i);
    if (g === undefined) { console.log(`  FP [${c.provenance.rule}] ${c.provenance.section}: ${flat(c.evidence)}`); return; }
    const want = gold.commitments[g]!.due;
    dueTotal++;
    if (want === c.due) dueOk++;
    console.log(`  TP [${c.provenance.rule}] due ${c.due ?? "-"}${want === c.due ? "" : ` (gold ${want ?? "-"})`} ${c.kind}: ${flat(c.evidence).slice(0, 90)}`);
  });
  gold.commitments.forEach((c, i) => { if (!gHit.has(i)) console.log(`  FN ${flat(c.evidence)}`); });
  tp += pairs.length; fp += found.length - pairs.length; fn += gold.commitments.length - pairs.length;
}
const s = prf({ tp, fp, fn });
console.log(`\nTOTAL tp ${tp} fp ${fp} fn ${fn}  precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  due exact ${dueOk}/${dueTotal}`);
