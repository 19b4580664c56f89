/**
 * npm run eval -- --gold <dir> [--docs seeds] [--pred <dir>] [--verbose] [--json] [--floor <file>]
 * Scores extraction against gold annotations exactly as shared/gold/README.md
 * prescribes. Predictions come from --pred (JSON files from `npm run extract`)
 * or are made on the fly from --docs. With --floor, exits 1 when a category F1
 * falls below the floor (CI uses this).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { GoldSchema } from "../model/extraction.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import { buildKnowledge, type Knowledge } from "../pipeline/knowledge.ts";
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";

/** Lexicon rows whose only source is one of the seed documents: left out to measure how the rules do without them. */
const SEED_SOURCED = /seed|2022Z01424|2017Z07436|26\s?643|vragen en antwoorden/i;
import { prf, scoreDocument, sumCounts, type Counts, type DocScore } from "../eval/score.ts";

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function evaluate(goldDir: string, docsDir: string, predDir?: string, knowledge?: Knowledge) {
  const files = readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort();
  const perDoc: Array<{ file: string; score: DocScore }> = [];
  for (const f of files) {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), "utf8")));
    const txt = gold.file;
    const pred = predDir
      ? JSON.parse(readFileSync(join(predDir, txt.replace(/\.txt$/, ".json")), "utf8"))
      : extractDocument(txt, readFileSync(join(docsDir, txt), "utf8"), knowledge);
    perDoc.push({ file: txt, score: scoreDocument(pred, gold) });
  }
  const byEntityType: Record<string, Counts> = {};
  const byRelationType: Record<string, Counts> = {};
  for (const { score } of perDoc) {
    for (const [k, c] of Object.entries(score.entities)) byEntityType[k] = sumCounts([byEntityType[k] ?? { tp: 0, fp: 0, fn: 0 }, c]);
    for (const [k, c] of Object.entries(score.relations)) byRelationType[k] = sumCounts([byRelationType[k] ?? { tp: 0, fp: 0, fn: 0 }, c]);
  }
  const entities = sumCounts(Object.values(byEntityType));
  const relations = sumCounts(Object.values(byRelationType));
  const commitments = sumCounts(perDoc.map((d) => d.score.commitments));
  const due = perDoc.reduce((a, d) => ({ correct: a.correct + d.score.due.correct, total: a.total + d.score.due.total }), { correct: 0, total: 0 });
  return { perDoc, byEntityType, byRelationType, entities, relations, commitments, total: sumCounts([entities, relations, commitments]), due };
}

const fmt = (x: number) => x.toFixed(3);
function row(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(22)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${fmt(precision)}  ${fmt(recall)}  ${fmt(f1)}`;
}

function main(argv: string[]): number {
  const goldDir = arg(argv, "--gold") ?? "../shared/gold";
  const docsDir = arg(argv, "--docs") ?? "seeds";
  const predDir = arg(argv, "--pred");
  if (!existsSync(goldDir)) {
    console.error(`gold directory not found: ${goldDir}`);
    return 2;
  }
  // --without-seed-lexicon: an honest check that the score is not carried by lexicon rows taken from the seeds
  const knowledge = argv.includes("--without-seed-lexicon")
    ? buildKnowledge(loadLexicons().entries.filter((e) => !SEED_SOURCED.test(String((e as { source?: string }).source ?? ""))) as IndexableEntry[])
    : undefined;
  const r = evaluate(goldDir, docsDir, predDir, knowledge);
  if (argv.includes("--json")) {
    console.log(JSON.stringify({ entities: prf(r.entities), relations: prf(r.relations), commitments: prf(r.commitments), total: prf(r.total), due: r.due }, null, 2));
  } else {
    console.log(`${"category".padEnd(22)}   tp   fp   fn   prec.  recall  F1`);
    for (const [k, c] of Object.entries(r.byEntityType).sort()) console.log(row(`  entity ${k}`, c));
    console.log(row("ENTITIES (micro)", r.entities));
    for (const [k, c] of Object.entries(r.byRelationType).sort()) console.log(row(`  rel ${k}`, c));
    console.log(row("RELATIONS (micro)", r.relations));
    console.log(row("COMMITMENTS", r.commitments));
    console.log(row("TOTAL (micro)", r.total));
    console.log(`due dates exact: ${r.due.correct}/${r.due.total} of matched commitments`);
  }
  if (argv.includes("--verbose")) {
    for (const d of r.perDoc) {
      console.log(`\n== ${d.file}`);
      for (const k of ["entities", "relations", "commitments"] as const) {
        for (const m of d.score.misses[k]) console.log(`  MISS ${k}: ${m}`);
        for (const m of d.score.extras[k]) console.log(`  EXTRA ${k}: ${m}`);
      }
    }
  }
  const floorFile = arg(argv, "--floor");
  if (floorFile) {
    const floor = Object.fromEntries(Object.entries(JSON.parse(readFileSync(floorFile, "utf8")) as Record<string, unknown>).filter(([, v]) => typeof v === "number")) as Record<string, number>;
    const got: Record<string, number> = { entities: prf(r.entities).f1, relations: prf(r.relations).f1, commitments: prf(r.commitments).f1 };
    const low = Object.entries(floor).filter(([k, v]) => (got[k] ?? 0) < v);
    for (const [k, v] of low) console.error(`F1 of ${k} ${fmt(got[k] ?? 0)} is below the floor ${v}`);
    if (low.length > 0) return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
