/**
 * What the pipeline knows before reading a document: the lexicons, compiled
 * once into a match index and a resolver table. Loaded lazily and cached, so
 * extracting many documents pays for it once.
 */
import { buildLexiconIndex, type IndexableEntry, type LexiconIndex } from "../mentions/lexicon-index.ts";
import { buildResolverLexicon, type ResolverLexicon } from "../resolve/resolve-entities.ts";
import { nameKey } from "../text/tokens.ts";
import { stripAcademicTitles } from "../mentions/find-mentions.ts";
import type { KbLookups } from "../knowledge/kb-lookups.ts";
import { buildLexiconBridge, type BridgeEntry } from "../knowledge/lexicon-bridge.ts";

export interface Knowledge {
  index: LexiconIndex;
  resolver: ResolverLexicon;
  /** "binnenlandse zaken en koninkrijksrelaties", "BZK", "Justitie en Veiligheid" → ministry entry */
  ministryByText(text: string): IndexableEntry | null;
  /** "SP", "GroenLinks-PvdA" → party entry */
  partyByText(text: string): IndexableEntry | null;
  byId(id: string): IndexableEntry | undefined;
  /** "Six Dijkstra", "A.C. van Huffelen" → person entry, by full name or alias */
  personByName(name: string): IndexableEntry | null;
  /** any entry by its name, alias or acronym ("Algemene Rekenkamer") */
  entryByName(name: string): IndexableEntry | null;
  /** the Dutch-government knowledge base (office holders, Kamer seats), when the pipeline has it */
  kb: KbLookups | null;
  /** the entity id of a knowledge-base person: the lexicon id when the lexicon knows them, else the KB id */
  entityIdOfKbPerson(kbPersonId: string): string;
  /** the knowledge-base person an entity id stands for (lexicon id through the bridge, or a KB id itself), or null */
  kbPersonOfEntity(entityId: string): string | null;
}

export function buildKnowledge(entries: IndexableEntry[], kb: KbLookups | null = null): Knowledge {
  const index = buildLexiconIndex(entries);
  const resolver = buildResolverLexicon(entries);
  const ministries = new Map<string, IndexableEntry>();
  const parties = new Map<string, IndexableEntry>();
  for (const e of entries) {
    const target = e.kind === "ministry" ? ministries : e.type === "Party" ? parties : null;
    if (!target) continue;
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.historical ?? []).map((h) => h.name)]) {
      const k = nameKey(n);
      if (!target.has(k)) target.set(k, e);
      const part = /^ministerie van (.+)$/.exec(k);
      if (part && !target.has(part[1]!)) target.set(part[1]!, e);
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const people = new Map<string, IndexableEntry>();
  const anyName = new Map<string, IndexableEntry>();
  for (const e of entries) {
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) {
      const key = nameKey(n);
      if (e.type === "Person" && !people.has(key)) people.set(key, e);
      if (!anyName.has(key)) anyName.set(key, e);
    }
  }

  const bridge = kb ? buildLexiconBridge(entries as BridgeEntry[], kb) : null;

  return {
    index,
    resolver,
    ministryByText: (t) => ministries.get(nameKey(t).replace(/^(?:het |de )?(?:ministerie|minister|staatssecretaris) van /, "")) ?? ministries.get(nameKey(t)) ?? null,
    partyByText: (t) => parties.get(nameKey(t)) ?? null,
    byId: (id) => byId.get(id),
    personByName: (n) => people.get(nameKey(stripAcademicTitles(n))) ?? null,
    entryByName: (n) => anyName.get(nameKey(n)) ?? null,
    kb,
    entityIdOfKbPerson: (id) => bridge?.entryOfKbPerson(id) ?? id,
    kbPersonOfEntity: (id) => bridge?.kbPersonOfEntry(id) ?? (kb && (kb.offices.officesOf(id).length > 0 || kb.kamerleden.seatsOf(id).length > 0) ? id : null),
  };
}
