/**
 * The knowledge-base lookups the pipeline and the graph use, built once from
 * the shipped tables: office holders, Kamer seats, ministries, committees,
 * and the two resolutions the extractor needs (a role phrase on a date, an
 * MP's name on a date).
 */
import { kbTable, type KbRow, type KbTableName } from "./kb-tables.ts";
import { buildOfficeHolders, type OfficeHolders, type OfficeTerm } from "./office-holders.ts";
import { buildKamerleden, type Kamerleden, type Seat } from "./kamerleden.ts";
import { buildKbMinistries, type KbMinistries } from "./kb-ministries.ts";
import { buildKbCommittees, type KbCommittees } from "./committees.ts";
import { holderIndexKeys, nameFitsHolder, parseRolePhrase, resolveOfficeHolder, writtenIndexKeys, type OfficeResolution } from "./resolve-office-holder.ts";
import { inTerm, textKey } from "./kb-keys.ts";

export interface MemberResolution {
  seat: Seat | null;
  candidates: Seat[];
  rule: string;
  reason: string;
}

export interface KbLookups {
  offices: OfficeHolders;
  kamerleden: Kamerleden;
  ministries: KbMinistries;
  committees: KbCommittees;
  /** "de minister van BZK" on a date; `name` (as written) must fit the holder when given */
  officeHolder(phrase: string, date: string, name?: string | null): OfficeResolution | null;
  /** an MP as written ("Sneller", "Inge van Dijk") on a date; `parties` (written forms) narrow two MPs with one surname */
  member(name: string, date: string, parties?: readonly string[]): MemberResolution;
  /** a KB person's full name, from any table */
  personName(personId: string): string | null;
}

export function buildKbLookups(table: (name: KbTableName) => KbRow[]): KbLookups {
  const officeRows = table("people_offices");
  const offices = buildOfficeHolders(officeRows);
  const kamerleden = buildKamerleden(table("kamerleden"));
  const ministries = buildKbMinistries(officeRows, table("organisations"));
  const committees = buildKbCommittees(table("commissies"));
  const allSeats = kamerleden.all();
  // seats by the last word of the surname, so a name is checked against a handful of seats, not all 1,200
  const seatIndex = new Map<string, Seat[]>();
  for (const s of allSeats) for (const k of holderIndexKeys(s)) seatIndex.set(k, [...(seatIndex.get(k) ?? []), s]);
  const names = new Map<string, string>();
  for (const t of offices.all()) names.set(t.personId, t.fullName);
  for (const s of allSeats) if (!names.has(s.personId)) names.set(s.personId, s.fullName);
  return {
    offices, kamerleden, ministries, committees,
    officeHolder(phrase, date, name) {
      const parsed = parseRolePhrase(phrase);
      return parsed ? resolveOfficeHolder(parsed, date, offices, ministries, name ?? parsed.name) : null;
    },
    member(name, date, parties = []) {
      const near = new Set(writtenIndexKeys(name).flatMap((k) => seatIndex.get(k) ?? []));
      const onDate = [...near].filter((s) => inTerm(date, s.start, s.end) && nameFitsHolder(name, s));
      const people = new Set(onDate.map((s) => s.personId));
      const keys = new Set(parties.map(textKey));
      const ofParty = keys.size > 0 ? onDate.filter((s) => keys.has(textKey(s.party))) : onDate;
      const partyPeople = new Set(ofParty.map((s) => s.personId));
      if (partyPeople.size === 1) return { seat: ofParty[0]!, candidates: onDate, rule: "kb.member-on-date", reason: `${name}${keys.size ? ` (${parties.join(", ")})` : ""} sat in the Kamer on ${date} (${ofParty[0]!.rowId})` };
      return { seat: null, candidates: onDate, rule: "kb.member-on-date", reason: people.size === 0 ? `no Kamerlid ${name} on ${date}` : `${people.size} Kamerleden ${name} on ${date}` };
    },
    personName: (id) => names.get(id) ?? null,
  };
}

let cached: KbLookups | null = null;
/** The lookups over the shipped tables, built once per process. */
export function defaultKbLookups(): KbLookups {
  cached ??= buildKbLookups(kbTable);
  return cached;
}

export type { OfficeTerm, Seat };
