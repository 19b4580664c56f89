/**
 * Resolution: mentions → entities, within one document. Entity ids are stable
 * across documents (lexicon id, or a slug of the canonical name), which is how
 * the graph merges the same entity from many documents. Every merge of a
 * surface into an entity is recorded with the rule and a reason, so a wrong
 * merge can be found and undone (the graph keeps Mention -REFERS_TO-> Entity).
 */
import type { Entity, Merge, Mention } from "../model/extraction.ts";
import type { EntityType } from "../model/graph-model.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";
import type { RawMention } from "../mentions/find-mentions.ts";
import { looseKey } from "../text/tokens.ts";
import { personNamesConflict } from "./person-names.ts";

export interface ResolverLexicon {
  entries: Map<string, IndexableEntry & { aliases?: string[]; acronyms?: string[] }>;
  /** loose name key → lexicon id (spelling variants) */
  loose: Map<string, string>;
  /** person surname loose key → lexicon person ids */
  surnames: Map<string, string[]>;
}

export interface Resolved {
  entities: Entity[];
  /** index into the mentions array → entity id */
  entityOf: string[];
}

export function slug(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

interface Cluster {
  id: string;
  type: EntityType;
  kind: string | null;
  names: Map<string, number>;
  preferredName: string | null;
  lexicon: (IndexableEntry & { aliases?: string[]; acronyms?: string[] }) | null;
  mentions: Mention[];
  merges: Merge[];
  given: Set<string>;
}

/** loose key without the articles inside a name (three words or more) */
function articleFreeKey(name: string): string {
  const words = name.split(/\s+/);
  return words.length < 3 ? looseKey(name) : looseKey(words.filter((w, i) => i === 0 || !/^(?:de|het|der|den)$/i.test(w)).join(" "));
}

export function buildResolverLexicon(entries: Iterable<IndexableEntry>): ResolverLexicon {
  const map = new Map<string, IndexableEntry>();
  const loose = new Map<string, string>();
  const surnames = new Map<string, string[]>();
  for (const e of entries) {
    map.set(e.id, e);
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.historical ?? []).map((h) => h.name)]) {
      const k = looseKey(n);
      if (k.length >= 4 && !loose.has(k)) loose.set(k, e.id);
      // "Raad voor de Rechtsbijstand" is the "Raad voor Rechtsbijstand": an article inside a long name is a variant
      const bare = articleFreeKey(n);
      if (bare !== k && bare.length >= 8 && !loose.has(bare)) loose.set(bare, e.id);
    }
    if (e.type === "Person") {
      const parts = e.name.split(/\s+/);
      const surname = parts.length > 1 ? parts.slice(1).join(" ") : e.name;
      for (const s of [surname, ...(e.aliases ?? [])]) {
        const k = looseKey(s.replace(/^(?:\p{Lu}\.)+\s*/u, ""));
        const list = surnames.get(k) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        surnames.set(k, list);
      }
    }
  }
  return { entries: map, loose, surnames };
}

export function resolveEntities(mentions: readonly RawMention[], lex: ResolverLexicon): Resolved {
  const clusters = new Map<string, Cluster>();
  const entityOf: string[] = [];
  const open = (id: string, m: RawMention, lexEntry: Cluster["lexicon"]): Cluster => {
    let c = clusters.get(id);
    if (!c) {
      c = { id, type: (lexEntry?.type as EntityType) ?? m.type, kind: lexEntry?.kind ?? m.kind ?? null, names: new Map(), preferredName: lexEntry?.name ?? null,
        lexicon: lexEntry, mentions: [], merges: [], given: new Set() };
      clusters.set(id, c);
    }
    return c;
  };

  mentions.forEach((m, idx) => {
    const { id, rule, reason } = keyOf(m, lex);
    const entry = lex.entries.get(id) ?? null;
    const c = open(id, m, entry);
    if (!c.lexicon && m.name && (m.rule.startsWith("definition") || !c.preferredName)) c.preferredName = m.name;
    if (m.person?.given) c.given.add(m.person.given);
    c.names.set(m.text, (c.names.get(m.text) ?? 0) + 1);
    c.mentions.push({ text: m.text, start: m.start, end: m.end, section: m.section, rule: m.rule });
    if (!c.merges.some((x) => x.surface === m.text)) c.merges.push({ surface: m.text, rule, reason });
    entityOf[idx] = id;
  });

  const entities: Entity[] = [];
  for (const c of clusters.values()) {
    const surfaces = [...c.names.keys()];
    let name = c.preferredName ?? surfaces.sort((a, b) => (c.names.get(b)! - c.names.get(a)!) || b.length - a.length)[0]!;
    const described = c.mentions.some((m) => m.rule.startsWith("role."));
    if (c.type === "Person" && !c.lexicon && !described) name = surfaces.reduce((a, b) => (b.length > a.length ? b : a), name);
    const aliases = new Set<string>(surfaces.filter((s) => s !== name));
    // lexicon aliases, acronyms and former names: a script searching "EL&I" or "VenJ" finds today's ministry
    const lexNames = [...(c.lexicon?.aliases ?? []), ...(c.lexicon?.acronyms ?? []), ...(c.lexicon?.historical ?? []).map((h) => h.name)];
    for (const a of lexNames) if (a !== name) aliases.add(a);
    entities.push({ id: c.id, type: c.type, subtype: c.kind, name, aliases: [...aliases], mentions: c.mentions, merges: c.merges });
  }
  return { entities, entityOf };
}

function keyOf(m: RawMention, lex: ResolverLexicon): { id: string; rule: string; reason: string } {
  if (m.entryId && m.resolution) return { id: m.entryId, ...m.resolution };
  if (m.entryId) return { id: m.entryId, rule: "resolve.lexicon", reason: `"${m.text}" is a listed form of lexicon entry ${m.entryId} (${m.rule})` };
  if (m.type === "Person" && m.rule.startsWith("role.") && m.name) {
    return { id: `person:${slug(m.name)}`, rule: "resolve.role-description", reason: `unnamed person identified by role and employer: "${m.name}"` };
  }
  if (m.type === "Person") {
    const surname = m.person?.surname ?? m.text;
    const k = looseKey(surname);
    const known = lex.surnames.get(k);
    if (known && known.length === 1) {
      const entry = lex.entries.get(known[0]!)!;
      if (!m.person || !personNamesConflict(m.person, entry)) return { id: entry.id, rule: "resolve.person-surname", reason: `surname "${surname}" is unique in the people lexicon (${entry.name})` };
      // same surname, other initials or given name: a different person, so a different key (first initial + surname)
      const own = m.person.initials ?? `${m.person.given!.charAt(0)}.`;
      return { id: `person:${slug(`${own} ${surname}`)}`, rule: "resolve.person-initials-differ", reason: `${m.person.initials ? `initials ${m.person.initials}` : `given name ${m.person.given}`} differ from lexicon person ${entry.name}` };
    }
    return { id: `person:${slug(surname)}`, rule: "resolve.person-surname-local", reason: `person mentions with surname "${surname}" are one person within a document` };
  }
  const name = m.name ?? m.text;
  const viaLoose = lex.loose.get(looseKey(name)) ?? (m.rule.startsWith("head-name") ? lex.loose.get(articleFreeKey(name)) : undefined);
  if (viaLoose) return { id: viaLoose, rule: "resolve.spelling-variant", reason: `"${name}" equals a lexicon name ignoring case, spaces and hyphens` };
  // "Algemene Pekenkamer", "Algemene Rekerikamer": a name a shape rule found in OCR text, one or two letters off a lexicon name
  const ocr = m.rule.startsWith("head-name") ? nearLexiconName(looseKey(name), lex) : null;
  if (ocr) return { id: ocr.id, rule: "resolve.ocr-variant", reason: `"${name}" is ${ocr.distance} letter(s) off lexicon name "${ocr.key}" (OCR misreading)` };
  if (m.acronym) return { id: slug(name), rule: "resolve.acronym-definition", reason: `"${m.acronym}" is defined as "${name}" in this document` };
  // "Lezen & Schrijven" and "Lezen en Schrijven" are one name
  return { id: slug(name.replace(/\s*&\s*/g, " en ")), rule: "resolve.same-name", reason: `same name "${name}"` };
}

/** Edit distance of two strings, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The lexicon name (loose key of 10 letters or more) within two edits of `key`, when exactly one entry is that close. */
function nearLexiconName(key: string, lex: ResolverLexicon): { id: string; key: string; distance: number } | null {
  if (key.length < 10) return null;
  let hit: { id: string; key: string; distance: number } | null = null;
  for (const [k, id] of lex.loose) {
    if (k.length < 10 || k[0] !== key[0] && k.at(-1) !== key.at(-1)) continue;
    const d = editDistance(key, k, 2);
    if (d > 2) continue;
    if (hit && hit.id !== id) return null;
    if (!hit || d < hit.distance) hit = { id, key: k, distance: d };
  }
  return hit;
}
