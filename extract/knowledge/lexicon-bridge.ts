/**
 * Which knowledge-base person a lexicon person is (lexicon ids such as
 * person:de-jonge are the graph keys the project already uses): same name,
 * and an office at the same ministry overlapping in time, or a Kamer seat for
 * the same party. Only a unique answer links; an unsure one links nothing.
 */
import type { KbLookups } from "./kb-lookups.ts";
import { nameFitsHolder } from "./resolve-office-holder.ts";
import { textKey } from "./kb-keys.ts";

export interface BridgeEntry {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  acronyms?: string[];
  party?: string;
  offices?: Array<{ office: string; ministry: string | null; from: string | null; to: string | null }>;
}

export interface LexiconBridge {
  /** KB person id → lexicon id */
  entryOfKbPerson(kbPersonId: string): string | undefined;
  /** lexicon id → KB person id */
  kbPersonOfEntry(entryId: string): string | undefined;
}

const overlaps = (a0: string | null, a1: string | null, b0: string, b1: string | null) => (a0 ?? "0000") < (b1 ?? "9999") && b0 < (a1 ?? "9999");

/** Pure: link lexicon people to KB people. `ministryOf` turns a lexicon ministry id into a KB ministry id. */
export function buildLexiconBridge(entries: readonly BridgeEntry[], kb: KbLookups): LexiconBridge {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const toKb = new Map<string, string>();
  const toEntry = new Map<string, string>();
  const kbMinistryOf = (lexId: string | null) => {
    const e = lexId ? byId.get(lexId) : undefined;
    return e ? kb.ministries.idOf(e.name) : null;
  };
  const partyForms = (lexId: string | undefined) => {
    const e = lexId ? byId.get(lexId) : undefined;
    return new Set(e ? [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])].map(textKey) : []);
  };
  for (const e of entries) {
    if (e.type !== "Person") continue;
    const surname = e.name.split(/\s+/).slice(1).join(" ") || e.name;
    const terms = kb.offices.bySurname(surname).concat(kb.offices.bySurname(surname.replace(/^(?:(?:van|de|der|den|ter|ten)\s+)+/i, "")));
    const seats = kb.kamerleden.bySurname(surname);
    const people = new Set<string>();
    for (const o of e.offices ?? []) {
      const ministry = kbMinistryOf(o.ministry);
      for (const t of terms) if (t.ministryId === ministry && overlaps(o.from, o.to, t.start, t.end) && nameFitsHolder(e.name, t)) people.add(t.personId);
    }
    if (people.size === 0 && e.party) {
      const forms = partyForms(e.party);
      for (const s of seats) if (forms.has(textKey(s.party)) && nameFitsHolder(e.name, s)) people.add(s.personId);
    }
    if (people.size !== 1) continue;
    const kbId = [...people][0]!;
    if (toEntry.has(kbId)) continue;
    toKb.set(e.id, kbId);
    toEntry.set(kbId, e.id);
  }
  return { entryOfKbPerson: (id) => toEntry.get(id), kbPersonOfEntry: (id) => toKb.get(id) };
}
