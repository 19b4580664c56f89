/**
 * npx tsx test/bench/entity-census.ts [--corpus ../shared/corpus] [--rule <prefix>] [--json]
 *
 * Entities the extractor makes on the real corpus (every folder, every file the
 * input stage reads), counted by type and by the rule family of their first
 * mention, with the junk shapes an investigator would trip over:
 *   camel    a lower→upper change inside a word ("inNederland", "uwKamer"), known spellings aside
 *   fragment a name that starts in lower case and is not a known form ("heeft de NZa"),
 *            or runs longer than 8 words
 * --rule lists the distinct names that rule family produced, most frequent first,
 * so a new rule is read on the corpus before it is trusted. A measuring tool, not a test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readInput } from "../../extract/input/read-input.ts";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";
import { defaultKnowledge } from "../../extract/pipeline/default-knowledge.ts";

const argv = process.argv.slice(2);
const arg = (n: string, d: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1]! : d);
const corpus = arg("--corpus", "../shared/corpus");
const ruleFilter = argv.includes("--rule") ? arg("--rule", "") : null;

/** "lexicon.acronym:org:zbo-tno" → "lexicon.acronym:kb", "head-name.organisation-initial" stays */
export function ruleFamily(rule: string): string {
  const [kind, id] = rule.split(":", 2) as [string, string | undefined];
  if (id?.startsWith("org")) return `${kind}:kb`;
  if (id?.startsWith("doc")) return `${kind}:doc`;
  return kind.startsWith("lexicon") ? `${kind}:curated` : kind;
}

const CAMEL = /\p{Ll}\p{Lu}/u;
export function junkShape(name: string, known: boolean): "camel" | "fragment" | null {
  if (!known && name.split(/\s+/).some((w) => CAMEL.test(w) && !/^(?:\p{Lu}{1,3}\p{Ll}|[ei]\p{Lu}|\p{Ll}{1,2}\p{Lu})/u.test(w))) return "camel";
  if (!known && (/^\p{Ll}/u.test(name) && !/^(?:gemeente|provincie|stichting|directie|programma|minister|staatssecretaris)\b/.test(name))) return "fragment";
  if (name.split(/\s+/).length > 8) return "fragment";
  return null;
}

async function main() {
  const k = defaultKnowledge();
  const byType = new Map<string, number>(), byRule = new Map<string, number>(), junk = new Map<string, string[]>();
  const names = new Map<string, number>();
  let docs = 0;
  for (const folder of readdirSync(corpus).filter((f) => statSync(join(corpus, f)).isDirectory()).sort()) {
    for (const f of readdirSync(join(corpus, folder)).sort()) {
      const input = await readInput(new Uint8Array(readFileSync(join(corpus, folder, f))));
      if (!input.ok) continue;
      docs++;
      const x = extractDocument(f, input.text, k, { furniture: input.meta.furniture });
      for (const e of x.entities) {
        const rule = ruleFamily(e.mentions[0]?.rule ?? "?");
        byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
        byRule.set(`${e.type} ${rule}`, (byRule.get(`${e.type} ${rule}`) ?? 0) + 1);
        const j = junkShape(e.name, !!k.byId(e.id));
        if (j) junk.set(j, [...(junk.get(j) ?? []), `${e.type} ${e.name} [${e.mentions[0]?.rule}] (${f})`]);
        if (ruleFilter !== null && (e.mentions[0]?.rule ?? "").startsWith(ruleFilter)) names.set(`${e.type} ${e.name}`, (names.get(`${e.type} ${e.name}`) ?? 0) + 1);
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  if (argv.includes("--json")) {
    console.log(JSON.stringify({ docs, byType: Object.fromEntries(byType), byRule: Object.fromEntries(byRule), junk: Object.fromEntries([...junk].map(([k2, v]) => [k2, v.length])) }, null, 2));
    return;
  }
  console.log(`${docs} documents`);
  console.log("\n## entities by type");
  for (const [t, n] of sorted(byType)) console.log(`${String(n).padStart(6)}  ${t}`);
  console.log("\n## entities by type and rule family of the first mention");
  for (const [t, n] of sorted(byRule)) console.log(`${String(n).padStart(6)}  ${t}`);
  console.log("\n## junk shapes");
  for (const [j, l] of junk) console.log(`${String(l.length).padStart(6)}  ${j}: ${l.slice(0, 12).join("; ")}`);
  if (ruleFilter !== null) {
    console.log(`\n## names from rules starting with "${ruleFilter}"`);
    for (const [n, c] of sorted(names)) console.log(`${String(c).padStart(4)}  ${n}`);
  }
}

await main();
