/**
 * Reference facts: what the Dutch-government knowledge base says about the
 * entities the ingested documents mention, as graph rows with their own
 * provenance (table, row id, source URL, corrections) and no text evidence.
 *
 *   HOLDS_OFFICE  person → ministry, one per office term (start, end, current)
 *   MEMBER_OF     person → party, one per Kamer seat period
 *   PART_OF       organisation → its parent ministry (organisations.csv parent)
 *
 * Only facts between two entities the documents mention are kept (the loader
 * checks the graph): the graph stays the documents' graph, the knowledge base
 * annotates it. Loading all 4,800 rows would add hundreds of people no
 * document names, with no Mention to explain them and outside the clean-up
 * the ingestion does per document. Pure: entities and lookups in, rows out.
 */
import type { Knowledge } from "../../extract/pipeline/knowledge.ts";
import type { KbRow } from "../../extract/knowledge/kb-tables.ts";
import { textKey } from "../../extract/knowledge/kb-keys.ts";

export interface GraphEntity {
  key: string;
  type: string;
  name: string;
  aliases: string[];
  kind?: string | null;
}

export type ReferenceType = "HOLDS_OFFICE" | "MEMBER_OF" | "PART_OF";

export interface ReferenceFact {
  type: ReferenceType;
  /** referenceKey(): one relationship per knowledge-base row */
  key: string;
  sourceKey: string;
  targetKey: string;
  props: {
    origin: "kb";
    kbTable: string;
    kbRow: string;
    kbSource: string;
    kbSourceUrl: string | null;
    kbCorrections: string[];
    start: string | null;
    end: string | null;
    /** no end date in the source */
    current: boolean;
    office?: string;
    role?: string;
    portfolio?: string | null;
    cabinet?: string | null;
    personName?: string;
    party?: string;
    /** PART_OF a ministry through this unit ("Shared Service Organisatie") */
    via?: string | null;
  };
}

/**
 * "HOLDS_OFFICE|person:de-jonge|bzk#kb:people_offices.csv:589": shaped like a text
 * fact's key (TYPE|source|target, so the API and explorer take it as a relation
 * key), one per knowledge-base row, never equal to the text fact's key.
 */
export function referenceKey(type: ReferenceType, sourceKey: string, targetKey: string, rowId: string): string {
  return `${type}|${sourceKey}|${targetKey}#kb:${rowId}`;
}

/** Pure: candidate reference facts touching `entities` (keys as the extractor makes them, unscoped). */
export function referenceFacts(entities: readonly GraphEntity[], k: Knowledge, organisations: readonly KbRow[]): ReferenceFact[] {
  const kb = k.kb;
  if (!kb) return [];
  const lexicon = [...k.resolver.entries.values()];
  // knowledge-base ministry id → lexicon ministry key, and party text → lexicon party key
  const ministryKey = new Map<string, string>();
  for (const e of lexicon) {
    if (e.kind !== "ministry") continue;
    const id = kb.ministries.idOf(e.name);
    if (id && !ministryKey.has(id)) ministryKey.set(id, e.id);
  }
  const partyKey = new Map<string, string>();
  for (const e of lexicon) if (e.type === "Party") for (const f of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) if (!partyKey.has(textKey(f))) partyKey.set(textKey(f), e.id);

  const out = new Map<string, ReferenceFact>();
  const add = (f: ReferenceFact) => { if (!out.has(f.key)) out.set(f.key, f); };
  const office = (t: ReturnType<typeof kb.offices.all>[number], personKey: string, orgKey: string) => add({
    type: "HOLDS_OFFICE", key: referenceKey("HOLDS_OFFICE", personKey, orgKey, t.rowId), sourceKey: personKey, targetKey: orgKey,
    props: { origin: "kb", kbTable: "people_offices", kbRow: t.rowId, kbSource: t.source, kbSourceUrl: t.sourceUrl || null, kbCorrections: t.corrections,
      start: t.start, end: t.end, current: t.end === null, office: t.function, role: t.role, portfolio: t.portfolio || null, cabinet: t.cabinet || null, personName: t.fullName },
  });
  const seat = (s: ReturnType<typeof kb.kamerleden.all>[number], personKey: string, partyK: string) => add({
    type: "MEMBER_OF", key: referenceKey("MEMBER_OF", personKey, partyK, s.rowId), sourceKey: personKey, targetKey: partyK,
    props: { origin: "kb", kbTable: "kamerleden", kbRow: s.rowId, kbSource: s.source, kbSourceUrl: s.sourceUrl || null, kbCorrections: s.corrections,
      start: s.start, end: s.end, current: s.end === null, personName: s.fullName, party: s.party },
  });

  // organisation rows by name and abbreviation, for PART_OF
  const orgByName = new Map<string, KbRow[]>();
  const orgByAbbr = new Map<string, KbRow[]>();
  for (const r of organisations) {
    for (const n of [r.fields.name, r.fields.name_raw]) if (n) orgByName.set(textKey(n), [...(orgByName.get(textKey(n)) ?? []), r]);
    for (const a of (r.fields.abbreviations ?? "").split("|").filter(Boolean)) orgByAbbr.set(a, [...(orgByAbbr.get(a) ?? []), r]);
  }
  const orgRowOf = (e: GraphEntity): KbRow | null => {
    const byName = [e.name, ...e.aliases].flatMap((n) => orgByName.get(textKey(n)) ?? []);
    const hits = [...new Set(byName.length > 0 ? byName : [e.name, ...e.aliases].flatMap((n) => orgByAbbr.get(n) ?? []))];
    if (hits.length === 1) return hits[0]!;
    // one name, several register rows (the agency Belastingdienst and a BZK unit of that name): the organisation itself, else the one under a ministry
    const own = hits.filter((r) => r.fields.kind !== "organisatieonderdeel");
    if (own.length === 1) return own[0]!;
    const underMinistry = hits.filter((r) => kb.ministries.row(r.fields.parent ?? ""));
    return underMinistry.length === 1 ? underMinistry[0]! : null;
  };

  for (const e of entities) {
    if (e.type === "Person") {
      const person = k.kbPersonOfEntity(e.key);
      if (!person) continue;
      for (const t of kb.offices.officesOf(person)) {
        const m = ministryKey.get(t.ministryId);
        if (m) office(t, e.key, m);
      }
      for (const s of kb.kamerleden.seatsOf(person)) {
        const p = partyKey.get(textKey(s.party));
        if (p) seat(s, e.key, p);
      }
    } else if (e.type === "Party") {
      const forms = new Set([e.name, ...e.aliases].map(textKey));
      for (const s of kb.kamerleden.all()) if (forms.has(textKey(s.party))) seat(s, k.entityIdOfKbPerson(s.personId), e.key);
    } else if (e.type === "Organisation") {
      const ministry = kb.ministries.idOf(e.name);
      if (ministry && (e.kind === "ministry" || ministryKey.get(ministry) === e.key)) {
        for (const t of kb.offices.all()) if (t.ministryId === ministry) office(t, k.entityIdOfKbPerson(t.personId), e.key);
        continue;
      }
      const row = orgRowOf(e);
      if (!row) continue;
      // the parent when it is a ministry; a unit under a directorate belongs to its root ministry (the directorate is kept as `via`)
      const direct = kb.ministries.row(row.fields.parent ?? "");
      const root = direct ? undefined : kb.ministries.row(row.fields.root_org ?? "");
      const parentRow = direct ?? root;
      const parent = parentRow ? kb.ministries.idOf(parentRow.fields.name ?? "") : null;
      const parentKey = parent ? ministryKey.get(parent) : undefined;
      if (parentKey && parentKey !== e.key) {
        add({ type: "PART_OF", key: referenceKey("PART_OF", e.key, parentKey, row.rowId), sourceKey: e.key, targetKey: parentKey,
          props: { origin: "kb", kbTable: "organisations", kbRow: row.rowId, kbSource: row.fields.source ?? "", kbSourceUrl: row.fields.source_url || null,
            kbCorrections: row.corrections, start: row.fields.valid_from || null, end: row.fields.valid_until || null, current: !row.fields.valid_until,
            ...(root ? { via: row.fields.parent_name || row.fields.parent || null } : {}) } });
      }
    }
  }
  return [...out.values()];
}
