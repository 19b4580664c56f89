/**
 * Who held which government office when, from people_offices.csv (with the
 * corrections): function + ministry → the people in office on a date, and a
 * person's offices. Built once from the rows; every answer carries the row id
 * and source, so a fact resolved from it can say where it came from.
 */
import type { KbRow } from "./kb-tables.ts";
import { fullSurname, inTerm, surnameKey } from "./kb-keys.ts";

export const OFFICE_FUNCTIONS = ["minister", "minister zonder portefeuille", "staatssecretaris", "minister-president"] as const;
export type OfficeFunction = (typeof OFFICE_FUNCTIONS)[number];

export interface OfficeTerm {
  rowId: string;
  personId: string;
  fullName: string;
  /** with tussenvoegsel: "de Jonge", "van Huffelen" */
  surname: string;
  initials: string;
  function: OfficeFunction;
  /** canonical ministry id of organisations.csv ("org:min-bzk") */
  ministryId: string;
  /** ministry name in the period ("Infrastructuur en Milieu") */
  ministry: string;
  portfolio: string;
  /** the role as the source words it ("Minister voor Volkshuisvesting en Ruimtelijke Ordening") */
  role: string;
  cabinet: string;
  start: string;
  end: string | null;
  source: string;
  sourceUrl: string;
  /** ids of the corrections.json rows that changed this row */
  corrections: string[];
}

export interface OfficeQuery {
  /** one function or several ("minister" also finds a minister zonder portefeuille when asked for both) */
  function?: OfficeFunction | readonly OfficeFunction[];
  ministryId?: string;
}

export interface OfficeHolders {
  /** the terms matching the query that include `date` */
  holdersOn(query: OfficeQuery, date: string): OfficeTerm[];
  /** every term of one person, oldest first */
  officesOf(personId: string): OfficeTerm[];
  /** every term of people with this surname (any spelling of case, accents, tussenvoegsel) */
  bySurname(surname: string): OfficeTerm[];
  all(): readonly OfficeTerm[];
}

function toTerm(r: KbRow): OfficeTerm | null {
  const f = r.fields;
  if (!(OFFICE_FUNCTIONS as readonly string[]).includes(f.function ?? "") || !f.start || !f.person_id) return null;
  return {
    rowId: r.rowId, personId: f.person_id, fullName: f.full_name ?? "", surname: fullSurname(f.surname ?? "", f.tussenvoegsel ?? ""),
    initials: f.initials ?? "", function: f.function as OfficeFunction, ministryId: f.ministry_id ?? "", ministry: f.ministry ?? "",
    portfolio: f.portfolio ?? "", role: f.role_raw ?? "", cabinet: f.cabinet ?? "", start: f.start, end: f.end || null,
    source: f.source ?? "", sourceUrl: f.source_url ?? "", corrections: r.corrections,
  };
}

export function buildOfficeHolders(rows: readonly KbRow[]): OfficeHolders {
  const terms = rows.map(toTerm).filter((t): t is OfficeTerm => t !== null).sort((a, b) => a.start.localeCompare(b.start));
  const byPerson = new Map<string, OfficeTerm[]>();
  const bySurname = new Map<string, OfficeTerm[]>();
  for (const t of terms) {
    byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), t]);
    const k = surnameKey(t.surname);
    bySurname.set(k, [...(bySurname.get(k) ?? []), t]);
  }
  return {
    holdersOn(q, date) {
      const fns = q.function === undefined ? null : typeof q.function === "string" ? [q.function] : q.function;
      return terms.filter((t) => (!fns || fns.includes(t.function)) && (!q.ministryId || t.ministryId === q.ministryId) && inTerm(date, t.start, t.end));
    },
    officesOf: (id) => byPerson.get(id) ?? [],
    bySurname: (s) => bySurname.get(surnameKey(s)) ?? [],
    all: () => terms,
  };
}
