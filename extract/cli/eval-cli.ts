/**
 * npm run eval -- [--gold <dir>] [--docs seeds] [--pred <dir>] [--verbose] [--json] [--floor <file>]
 * Scores extraction against gold annotations exactly as shared/gold/README.md
 * prescribes. Predictions come from --pred (JSON files from `npm run extract`)
 * or are made on the fly from --docs, read through the input stage (text, PDF,
 * DOCX). Without --gold it scores two sets in one run: the seeds
 * (../shared/gold + seeds/) and the real gold (test/fixtures/gold-real), the
 * latter also per genre. With --floor, exits 1 when a category F1 falls below
 * the floor (top-level numbers for the seeds, the `real` section for real gold).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { GoldSchema } from "../model/extraction.ts";
import { readInput } from "../input/read-input.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import { defaultKbLookups } from "../knowledge/kb-lookups.ts";
import { buildKnowledge, type Knowledge } from "../pipeline/knowledge.ts";
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import { withKbOrganisations } from "../pipeline/default-knowledge.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";

/** Lexicon rows whose only source is one of the seed documents: left out to measure how the rules do without them. */
const SEED_SOURCED = /seed|2022Z01424|2017Z07436|26\s?643|vragen en antwoorden/i;
import { prf, scoreDocument, sumCounts, type Counts, type DocScore } from "../eval/score.ts";

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The genre a gold document is reported under: the binary format if it is one, else the gold kind. */
export function genreOf(file: string, kind: string | undefined): string {
  if (/\.pdf$/i.test(file)) return "pdf";
  if (/\.docx$/i.test(file)) return "docx";
  return kind === "vragenlijst" ? "rekenkamer letter" : (kind ?? "unknown");
}

/** A document's text as the extract CLI reads it: through the input stage; a rejection is an error here. */
async function readDocument(path: string): Promise<{ text: string; furniture: string[] }> {
  const input = await readInput(new Uint8Array(readFileSync(path)));
  if (!input.ok) throw new Error(`${path}: rejected by the input stage [${input.code}]: ${input.reason}`);
  return { text: input.text, furniture: input.meta.furniture };
}

function total(perDoc: Array<{ score: DocScore }>) {
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
  return { byEntityType, byRelationType, entities, relations, commitments, total: sumCounts([entities, relations, commitments]), due };
}

export async function evaluate(goldDir: string, docsDir: string, predDir?: string, knowledge?: Knowledge) {
  const files = readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort();
  const perDoc: Array<{ file: string; genre: string; score: DocScore }> = [];
  for (const f of files) {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), "utf8")));
    const name = gold.file;
    let pred;
    if (predDir) pred = JSON.parse(readFileSync(join(predDir, name.replace(/\.(?:txt|pdf|docx)$/i, ".json")), "utf8"));
    else {
      const doc = await readDocument(join(docsDir, name));
      pred = extractDocument(name, doc.text, knowledge, { furniture: doc.furniture });
    }
    perDoc.push({ file: name, genre: genreOf(name, gold.document?.kind), score: scoreDocument(pred, gold) });
  }
  const genres = [...new Set(perDoc.map((d) => d.genre))].sort();
  const byGenre = Object.fromEntries(genres.map((g) => {
    const docs = perDoc.filter((d) => d.genre === g);
    return [g, { documents: docs.length, ...total(docs) }];
  }));
  return { perDoc, ...total(perDoc), byGenre };
}

const fmt = (x: number) => x.toFixed(3);
function row(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(22)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${fmt(precision)}  ${fmt(recall)}  ${fmt(f1)}`;
}

type Result = Awaited<ReturnType<typeof evaluate>>;

function printTable(title: string, r: Result, argv: string[]): void {
  console.log(`\n## ${title}`);
  console.log(`${"category".padEnd(22)}   tp   fp   fn   prec.  recall  F1`);
  for (const [k, c] of Object.entries(r.byEntityType).sort()) console.log(row(`  entity ${k}`, c));
  console.log(row("ENTITIES (micro)", r.entities));
  for (const [k, c] of Object.entries(r.byRelationType).sort()) console.log(row(`  rel ${k}`, c));
  console.log(row("RELATIONS (micro)", r.relations));
  console.log(row("COMMITMENTS", r.commitments));
  console.log(row("TOTAL (micro)", r.total));
  console.log(`due dates exact: ${r.due.correct}/${r.due.total} of matched commitments`);
  if (Object.keys(r.byGenre).length > 1) {
    console.log(`\nper genre${"".padEnd(22)} docs  entities F1  relations F1  commitments F1  total F1`);
    for (const [g, t] of Object.entries(r.byGenre)) {
      console.log(`  ${g.padEnd(29)} ${String(t.documents).padStart(4)}  ${fmt(prf(t.entities).f1).padStart(11)}  ${fmt(prf(t.relations).f1).padStart(12)}  ${fmt(prf(t.commitments).f1).padStart(14)}  ${fmt(prf(t.total).f1).padStart(8)}`);
    }
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
}

const summary = (r: Result) => ({
  entities: prf(r.entities), relations: prf(r.relations), commitments: prf(r.commitments), total: prf(r.total), due: r.due,
  byGenre: Object.fromEntries(Object.entries(r.byGenre).map(([g, t]) => [g, { documents: t.documents, entities: prf(t.entities), relations: prf(t.relations), commitments: prf(t.commitments), total: prf(t.total) }])),
});

/** Categories whose F1 is below the floor (numbers only; other keys such as $comment are ignored). */
export function belowFloor(r: Result, floor: Record<string, unknown>): Array<[string, number, number]> {
  const got: Record<string, number> = { entities: prf(r.entities).f1, relations: prf(r.relations).f1, commitments: prf(r.commitments).f1 };
  return Object.entries(floor).filter((e): e is [string, number] => typeof e[1] === "number").filter(([k, v]) => (got[k] ?? 0) < v).map(([k, v]) => [k, got[k] ?? 0, v]);
}

async function main(argv: string[]): Promise<number> {
  const goldArg = arg(argv, "--gold");
  const predDir = arg(argv, "--pred");
  // without --gold: the seeds and the real gold, each scored on its own
  const sets: Array<{ name: string; gold: string; docs: string; floorKey?: string }> = goldArg
    ? [{ name: `gold ${goldArg}`, gold: goldArg, docs: arg(argv, "--docs") ?? "seeds" }]
    : [
      { name: "seeds (../shared/gold, docs seeds/)", gold: "../shared/gold", docs: arg(argv, "--docs") ?? "seeds" },
      { name: "real gold (test/fixtures/gold-real)", gold: "test/fixtures/gold-real", docs: "test/fixtures/gold-real", floorKey: "real" },
    ];
  for (const s of sets) {
    if (!existsSync(s.gold)) {
      console.error(`gold directory not found: ${s.gold}`);
      return 2;
    }
  }
  // --without-seed-lexicon: an honest check that the score is not carried by lexicon rows taken from the seeds
  const knowledge = argv.includes("--without-seed-lexicon")
    ? buildKnowledge(withKbOrganisations(loadLexicons().entries.filter((e) => !SEED_SOURCED.test(String((e as { source?: string }).source ?? ""))) as IndexableEntry[]), defaultKbLookups())
    : undefined;
  const floorFile = arg(argv, "--floor");
  const floorAll = floorFile ? (JSON.parse(readFileSync(floorFile, "utf8")) as Record<string, unknown>) : undefined;
  const json: Record<string, unknown> = {};
  let failed = false;
  for (const s of sets) {
    const r = await evaluate(s.gold, s.docs, predDir, knowledge);
    if (argv.includes("--json")) json[s.floorKey ?? "seeds"] = summary(r);
    else printTable(s.name, r, argv);
    if (floorAll) {
      const floor = s.floorKey ? ((floorAll[s.floorKey] ?? {}) as Record<string, unknown>) : floorAll;
      for (const [k, got, v] of belowFloor(r, floor)) {
        console.error(`${s.name}: F1 of ${k} ${fmt(got)} is below the floor ${v}`);
        failed = true;
      }
    }
  }
  if (argv.includes("--json")) console.log(JSON.stringify(goldArg ? json.seeds : json, null, 2));
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
