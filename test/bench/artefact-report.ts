/**
 * npx tsx test/bench/artefact-report.ts <extraction dir>…
 *
 * Counts, over the JSON files `npm run extract` wrote, the symptoms of PDF
 * artefacts and weak typing that reach the graph:
 *   - entities whose name has a lower→upper change inside a word ("inNederland"),
 *     apart from lexicon entries spelled that way ("GroenLinks", "DigiD"),
 *   - entities whose name holds a glued word the dictionary splits ("behoevevan", "Ditsysteem"),
 *   - legal instruments (wet, regeling, besluit, fonds, richtlijn, verordening, or a
 *     row of legal-instruments.json) typed Organisation or Programme,
 *   - evidence quote lengths of relations and commitments (max, 95th percentile).
 * A measuring tool, not a test: it prints numbers and the worst examples.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dutchDictionary } from "../../extract/normalise/dutch-dictionary.ts";
import { glueSplit } from "../../extract/normalise/glue-repair.ts";
import { loadLexicons } from "../../extract/lexicons/load-lexicons.ts";
import { tokenize } from "../../extract/text/tokens.ts";

interface Out {
  entities: Array<{ id: string; type: string; name: string; mentions: Array<{ rule: string }> }>;
  relations: Array<{ evidence: string }>;
  commitments: Array<{ evidence?: string }>;
}

const LEGAL_HEAD = /(?:wet|wetboek|regeling|besluit|fonds|richtlijn|verordening)$/i;
const dict = dutchDictionary();
const lex = loadLexicons();
const lexiconIds = new Set(lex.entries.map((e) => e.id));
const legalSurfaces = new Set(lex.legalInstruments.flatMap((r) => [r.name, ...r.aliases, ...r.acronyms]).map((s) => s.toLowerCase()));

const camel: string[] = [];
const glued: string[] = [];
const laws: string[] = [];
const quotes: number[] = [];
let entities = 0;
const byType = new Map<string, number>();
let files = 0;
for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    const d = JSON.parse(readFileSync(join(dir, f), "utf8")) as Out;
    files++;
    for (const e of d.entities) {
      entities++;
      const words = tokenize(e.name).map((t) => t.text);
      const known = lexiconIds.has(e.id);
      if (!known && words.some((w) => /\p{Ll}\p{Lu}/u.test(w))) camel.push(`${f}: ${e.type} ${e.name}`);
      if (words.some((w) => /^\p{L}\p{Ll}+$/u.test(w) && glueSplit(w, dict) !== null)) glued.push(`${f}: ${e.type} ${e.name}`);
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      const legal = words.some((w) => LEGAL_HEAD.test(w)) || legalSurfaces.has(e.name.toLowerCase());
      if (legal && (e.type === "Organisation" || e.type === "Programme")) laws.push(`${f}: ${e.type} ${e.name} (${e.mentions[0]?.rule})`);
    }
    for (const r of d.relations) quotes.push(r.evidence.length);
    for (const c of d.commitments) if (c.evidence) quotes.push(c.evidence.length);
  }
}
quotes.sort((a, b) => a - b);
const pct = (p: number) => quotes[Math.min(quotes.length - 1, Math.floor(quotes.length * p))] ?? 0;
const show = (label: string, list: string[]) => {
  console.log(`${label}: ${list.length}`);
  for (const x of list.slice(0, 12)) console.log(`    ${x}`);
};
console.log(`documents ${files}, entities ${entities} (${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(", ")})`);
show("entities with a lower→upper change inside a word (not a lexicon entry)", camel);
show("entities with a glued word (lower case, capital initial allowed)", glued);
show("legal instruments typed Organisation/Programme", laws);
console.log(`evidence quotes: ${quotes.length}, max ${quotes[quotes.length - 1] ?? 0}, p95 ${pct(0.95)}, p50 ${pct(0.5)}, over 500 chars ${quotes.filter((q) => q > 500).length}`);
