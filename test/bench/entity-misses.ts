/**
 * npx tsx test/bench/entity-misses.ts [--gold test/fixtures/gold-real] [--docs <dir>] [--quiet]
 *
 * Per document: the gold entities the extractor missed and the entities it
 * made up, each miss put into one class so the next rule is chosen by
 * numbers, not by the last example read:
 *   wrong-type     the name was found, typed otherwise
 *   boundary       a predicted name contains the gold name or lies inside it
 *   ministry-form  "(het) ministerie van X" and its short forms
 *   abbreviation   one token with two or more capitals ("NOS", "NZa")
 *   in-knowledge   the curated lexicon or the KB knows the name, the text match failed
 *   programme      a programme, project or system name
 *   unknown-agency a government head noun (Dienst, Raad, Inspectie, Commissie …) not in any lexicon
 *   not-in-lexicon the rest: companies, media, associations, foreign bodies
 * Extras are listed with the rule of their first mention. A measuring tool, not a test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GoldSchema } from "../../extract/model/extraction.ts";
import { readInput } from "../../extract/input/read-input.ts";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";
import { defaultKnowledge } from "../../extract/pipeline/default-knowledge.ts";
import { entitiesMatch, maxMatching, normaliseText, type ScoredEntity } from "../../extract/eval/score.ts";
import { organisationsByAbbreviation, organisationsByName } from "../../extract/knowledge/organisations.ts";

const argv = process.argv.slice(2);
const arg = (n: string, d: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1]! : d);
const goldDir = arg("--gold", "test/fixtures/gold-real");
const docsDir = arg("--docs", goldDir);
const quiet = argv.includes("--quiet");

const GOV_HEAD = /\b(dienst|autoriteit|raad|college|inspectie|agentschap|directie|directoraat|commissie|rijks\p{L}*|bureau|instituut|centrum|kamer|ombudsman|orde|hof|rechtbank)\b/iu;
const names = (e: ScoredEntity) => [e.name, ...(e.aliases ?? [])].map(normaliseText);

export function classifyMiss(g: ScoredEntity, unmatched: ScoredEntity[]): string {
  const gn = names(g);
  if (unmatched.some((p) => p.type !== g.type && names(p).some((n) => gn.includes(n)))) return "wrong-type";
  if (unmatched.some((p) => names(p).some((n) => gn.some((x) => n !== x && n.length > 2 && (n.includes(x) || x.includes(n)))))) return "boundary";
  if (/^(?:het )?ministerie van|^(?:algemene|binnenlandse|buitenlandse|economische) zaken|^(?:justitie|veiligheid|financi)/i.test(g.name)) return "ministry-form";
  if (/^\p{Lu}[\p{L}\d&-]*\p{Lu}[\p{L}\d&-]*$/u.test(g.name)) return "abbreviation";
  const k = defaultKnowledge();
  if (k.entryByName(g.name) || [g.name, ...(g.aliases ?? [])].some((n) => organisationsByName(n).length > 0 || organisationsByAbbreviation(n).length > 0)) return "in-knowledge";
  if (g.type === "Programme") return "programme";
  if (g.type === "Organisation" && GOV_HEAD.test(g.name)) return "unknown-agency";
  return "not-in-lexicon";
}

async function main() {
  const classes = new Map<string, string[]>();
  const extraRules = new Map<string, string[]>();
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".gold.json")).sort()) {
    const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), "utf8")));
    const input = await readInput(new Uint8Array(readFileSync(join(docsDir, gold.file))));
    if (!input.ok) throw new Error(`${gold.file}: ${input.reason}`);
    const pred = extractDocument(gold.file, input.text, defaultKnowledge(), { furniture: input.meta.furniture });
    const pairs = maxMatching(pred.entities.length, gold.entities.length, (p, g) => entitiesMatch(pred.entities[p]!, gold.entities[g]!));
    const pHit = new Set(pairs.map(([p]) => p)), gHit = new Set(pairs.map(([, g]) => g));
    const extras = pred.entities.filter((_, i) => !pHit.has(i));
    const misses = gold.entities.filter((_, i) => !gHit.has(i));
    if (!quiet && (extras.length || misses.length)) console.log(`\n== ${gold.file}`);
    for (const g of misses) {
      const c = classifyMiss(g, extras);
      classes.set(c, [...(classes.get(c) ?? []), `${g.type} ${g.name}`]);
      if (!quiet) console.log(`  MISS [${c}] ${g.type} ${g.name}`);
    }
    for (const e of extras) {
      const rule = (e.mentions[0]?.rule ?? "?").replace(/:.*$/, "");
      extraRules.set(rule, [...(extraRules.get(rule) ?? []), `${e.type} ${e.name}`]);
      if (!quiet) console.log(`  EXTRA [${e.mentions[0]?.rule ?? "?"}] ${e.type} ${e.name}`);
    }
  }
  console.log("\n## misses by class");
  for (const [c, l] of [...classes].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(l.length).padStart(4)}  ${c.padEnd(15)} e.g. ${l.slice(0, 4).join("; ")}`);
  console.log("\n## extras by rule");
  for (const [c, l] of [...extraRules].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(l.length).padStart(4)}  ${c.padEnd(22)} e.g. ${l.slice(0, 4).join("; ")}`);
}

await main();
