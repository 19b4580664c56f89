/**
 * Dutch government organisations from the knowledge base (data/organisations.csv,
 * organisaties.overheid.nl via shared/kb): lookup by name, abbreviation and
 * former name, the KB kind mapped onto the graph model's organisation kinds,
 * and the rows that may serve as a lexicon source for mention finding.
 *
 * The curated lexicons (extract/lexicons) stay the layer on top: a KB row whose
 * name or abbreviation a curated entry already lists is left to that entry.
 * Which KB forms may find mentions at all is data (organisation-filters.json):
 * short abbreviations that are Dutch words, department names that recur under
 * every ministry, one-word names that are common nouns.
 */
import { readFileSync } from "node:fs";
import type { OrganisationKind } from "../model/graph-model.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";
import { typeFromHead } from "../mentions/head-typing.ts";
import { dutchDictionary } from "../normalise/dutch-dictionary.ts";
import { nameKey, tokenize } from "../text/tokens.ts";
import { kbTable, type KbRow } from "./kb-tables.ts";

export interface KbOrganisation {
  /** KB id ("org:zbo-tno"): the canonical organisation id */
  id: string;
  name: string;
  abbreviations: string[];
  /** former names of this organisation (not its predecessors) */
  formerNames: Array<{ name: string; from: string | null; to: string | null }>;
  /** the KB's own kind ("zbo", "agentschap", "organisatieonderdeel", …) */
  kbKind: string;
  kind: OrganisationKind;
  parentId: string | null;
  rootId: string | null;
  validUntil: string | null;
  /** "organisations.csv:17": the row it came from */
  rowId: string;
}

/** KB kind (and subkind) → organisation kind of the graph model. */
const KIND_MAP: Record<string, OrganisationKind> = {
  ministerie: "ministry",
  agentschap: "agency",
  zbo: "agency",
  inspectie: "regulator",
  adviescollege: "advisory body",
  "hoge-college": "government body",
  "rechterlijke-instantie": "government body",
  "caribisch-openbaar-lichaam": "municipality",
  politie: "agency",
  organisatieonderdeel: "directorate",
};

export function modelKind(kbKind: string, subkind = "", name = ""): OrganisationKind {
  if (subkind === "Staten-Generaal" || /^(?:Tweede|Eerste) Kamer\b/.test(name)) return "parliament";
  if (/^Algemene Rekenkamer$/.test(name)) return "auditor";
  if (kbKind === "zbo" && /^(?:Autoriteit|Nederlandse Zorgautoriteit|Kansspelautoriteit)/.test(name)) return "regulator";
  return KIND_MAP[kbKind] ?? "other";
}

/** "Planbureau voor de Leefomgeving (PBL)" → name and the abbreviation in its parentheses. */
export function splitNameAbbreviation(raw: string): { name: string; abbreviation: string | null } {
  const m = /^(.*\S)\s*\(([\p{Lu}][\p{L}\d&./-]{1,11})\)$/u.exec(raw.trim());
  if (!m || !/\p{Lu}.*\p{Lu}/u.test(m[2]!)) return { name: raw.trim(), abbreviation: null };
  return { name: m[1]!, abbreviation: m[2]! };
}

/** "Ministerie van Infrastructuur en Milieu [2010-10-14..2017-10-26] | Verkeer en Waterstaat [..] (predecessor record)": own former names only. */
export function parseFormerNames(field: string): KbOrganisation["formerNames"] {
  const out: KbOrganisation["formerNames"] = [];
  for (const part of field.split("|").map((s) => s.trim()).filter(Boolean)) {
    // a predecessor record is another organisation (VROM before IenW), not a name this one bore
    if (/\(predecessor record\)/.test(part)) continue;
    const m = /^(.*?)\s*\[([\d-]*)\.\.([\d-]*)\]\s*$/.exec(part);
    out.push(m ? { name: m[1]!, from: m[2] || null, to: m[3] || null } : { name: part, from: null, to: null });
  }
  return out;
}

export function organisationFromRow(r: KbRow): KbOrganisation {
  const f = r.fields;
  const { name, abbreviation } = splitNameAbbreviation(f.name ?? "");
  const abbreviations = (f.abbreviations ?? "").split("|").map((a) => a.trim().replace(/^\((.*)\)$/, "$1")).filter(Boolean);
  if (abbreviation && !abbreviations.includes(abbreviation)) abbreviations.push(abbreviation);
  return {
    id: f.id!, name, abbreviations, formerNames: parseFormerNames(f.former_names ?? ""),
    kbKind: f.kind ?? "", kind: modelKind(f.kind ?? "", f.subkind ?? "", name),
    parentId: f.parent || null, rootId: f.root_org || null, validUntil: f.valid_until || null, rowId: r.rowId,
  };
}

let all: KbOrganisation[] | null = null;
/** Every KB organisation, once per process; rows repeating an earlier row's name and kind are folded into it. */
export function kbOrganisations(): KbOrganisation[] {
  if (all) return all;
  const byKey = new Map<string, KbOrganisation>();
  const out: KbOrganisation[] = [];
  for (const o of kbTable("organisations").map(organisationFromRow)) {
    const key = `${nameKey(o.name)}|${o.parentId ?? ""}`;
    const prev = byKey.get(key);
    if (prev) {
      for (const a of o.abbreviations) if (!prev.abbreviations.includes(a)) prev.abbreviations.push(a);
      continue;
    }
    byKey.set(key, o);
    out.push(o);
  }
  all = out;
  return out;
}

interface Lookup { byName: Map<string, KbOrganisation[]>; byAbbr: Map<string, KbOrganisation[]>; byFormer: Map<string, KbOrganisation[]> }
let lookup: Lookup | null = null;
function lookups(): Lookup {
  if (lookup) return lookup;
  const l: Lookup = { byName: new Map(), byAbbr: new Map(), byFormer: new Map() };
  const add = (m: Map<string, KbOrganisation[]>, k: string, o: KbOrganisation) => m.set(k, [...(m.get(k) ?? []), o]);
  for (const o of kbOrganisations()) {
    add(l.byName, nameKey(o.name), o);
    for (const a of o.abbreviations) add(l.byAbbr, a, o);
    for (const f of o.formerNames) add(l.byFormer, nameKey(f.name), o);
  }
  lookup = l;
  return l;
}

/** Organisations of that name (case and diacritics ignored); a stand-alone body before a department of the same name. */
export function organisationsByName(name: string): KbOrganisation[] {
  return [...(lookups().byName.get(nameKey(name)) ?? [])].sort((a, b) => Number(a.kbKind === "organisatieonderdeel") - Number(b.kbKind === "organisatieonderdeel"));
}
/** Abbreviations are compared exactly: "NZa" is not "NZA", "AP" is not "ap". */
export function organisationsByAbbreviation(abbr: string): KbOrganisation[] {
  return lookups().byAbbr.get(abbr) ?? [];
}
export function organisationsByFormerName(name: string): KbOrganisation[] {
  return lookups().byFormer.get(nameKey(name)) ?? [];
}

// ---- the rows that may find mentions -------------------------------------------------------

interface FilterRow { id: string; match: Record<string, unknown>; reason: string; examples: string[]; counterexamples: string[] }
export const ORGANISATION_FILTERS = JSON.parse(readFileSync(new URL("./organisation-filters.json", import.meta.url), "utf8")) as { abbreviationRows: FilterRow[]; nameRows: FilterRow[] };

const rowById = (rows: FilterRow[], id: string) => rows.find((r) => r.id === id)!.match;

/** The id of the filter row that keeps this abbreviation out of mention finding, or null. */
export function abbreviationStop(abbr: string, owners: readonly KbOrganisation[]): string | null {
  const rows = ORGANISATION_FILTERS.abbreviationRows;
  const letters = abbr.replace(/[^\p{L}]/gu, "").length;
  if (letters <= (rowById(rows, "kb-abbr.too-short").maxLetters as number)) return "kb-abbr.too-short";
  const shape = rowById(rows, "kb-abbr.shape");
  if (abbr.length > (shape.maxLength as number) || !new RegExp(shape.pattern as string, "u").test(abbr)) return "kb-abbr.shape";
  if ((rowById(rows, "kb-abbr.common-noun").abbreviations as string[]).includes(abbr)) return "kb-abbr.common-noun";
  if (/^[\p{L}]+$/u.test(abbr) && dutchDictionary().isWord(abbr.toLowerCase())) return "kb-abbr.dutch-word";
  const names = new Set(owners.map((o) => nameKey(o.name)));
  if (names.size > 1 && owners.filter((o) => o.kbKind !== "organisatieonderdeel").length !== 1) return "kb-abbr.ambiguous";
  return null;
}

const GLUE_WORDS = new Set(["en", "van", "voor", "de", "het", "der", "op", "in"]);

/** The id of the filter row that keeps this organisation's name out of mention finding, or null. */
export function nameStop(o: KbOrganisation, unitNameCount: ReadonlyMap<string, number>): string | null {
  const rows = ORGANISATION_FILTERS.nameRows;
  if ((rowById(rows, "kb-name.parliament-group").rootIds as string[]).includes(o.rootId ?? "")) return "kb-name.parliament-group";
  const toks = tokenize(o.name);
  if (toks.length === 1 && dutchDictionary().isWord(toks[0]!.norm)) return "kb-name.dictionary-word";
  if (o.kbKind === "organisatieonderdeel" && (unitNameCount.get(nameKey(o.name)) ?? 0) > 1) return "kb-name.repeated-unit";
  const unitHeads = rowById(rows, "kb-name.generic-unit").unitHeads as string[];
  if (o.kbKind === "organisatieonderdeel" && (toks.length === 1 || (!unitHeads.includes(toks[0]!.norm) && toks.every((t) => GLUE_WORDS.has(t.norm) || dutchDictionary().isKnown(t.norm))))) return "kb-name.generic-unit";
  const head = typeFromHead(o.name);
  if (head && (head.type === null || head.type === "Programme")) return "kb-name.no-actor-head";
  return null;
}

/** Every name, alias and acronym a curated entry is found by, as name keys. */
function curatedSurfaces(curated: readonly IndexableEntry[]): Set<string> {
  const s = new Set<string>();
  for (const e of curated) for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.historical ?? []).map((h) => h.name)]) s.add(nameKey(n));
  return s;
}

export interface KbLexiconEntry extends IndexableEntry {
  type: "Organisation";
  /** the KB row, for provenance */
  source: string;
}

/**
 * KB organisations as lexicon entries for the mention index, after the
 * curated entries: rows a curated entry covers (same name or abbreviation)
 * are left out, and so are the names and abbreviations a filter row stops.
 * Rules of the matches read `lexicon.<form>:org:…`, so a fact traces to its KB row.
 */
export function organisationLexiconEntries(curated: readonly IndexableEntry[]): KbLexiconEntry[] {
  const known = curatedSurfaces(curated);
  const orgs = kbOrganisations().filter((o) => o.kbKind !== "ministerie" && !(o.validUntil && o.validUntil < "2000-01-01"));
  const unitNames = new Map<string, number>();
  for (const o of orgs) if (o.kbKind === "organisatieonderdeel") unitNames.set(nameKey(o.name), (unitNames.get(nameKey(o.name)) ?? 0) + 1);
  const out: KbLexiconEntry[] = [];
  const taken = new Set<string>();
  for (const o of orgs) {
    if (known.has(nameKey(o.name)) || o.abbreviations.some((a) => known.has(nameKey(a)))) continue;
    const stop = nameStop(o, unitNames);
    // fracties and committees of the Kamers: not by name, not by abbreviation
    if (stop === "kb-name.parliament-group") continue;
    const nameOk = stop === null && !taken.has(nameKey(o.name));
    const acronyms = o.abbreviations.filter((a) => abbreviationStop(a, organisationsByAbbreviation(a)) === null && !taken.has(a));
    const historical = o.formerNames.filter((f) => !known.has(nameKey(f.name)) && tokenize(f.name).length > 1).map((f) => ({ name: f.name }));
    if (!nameOk && acronyms.length === 0) continue;
    taken.add(nameKey(o.name));
    for (const a of acronyms) taken.add(a);
    // a stopped name still serves as the entity's canonical name when an abbreviation found it
    out.push({ id: o.id, type: "Organisation", kind: o.kind, name: o.name, acronyms, historical: nameOk ? historical : [], source: o.rowId,
      ...(nameOk ? {} : { matchName: false }) });
  }
  return out;
}
