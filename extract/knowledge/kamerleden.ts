/**
 * Tweede Kamer seats from kamerleden.csv: which party (fractie) an MP sat for
 * on a date, and who with a given surname sat on that date. Two MPs with one
 * surname stay apart: the caller narrows by party or initials, never guesses.
 */
import type { KbRow } from "./kb-tables.ts";
import { fullSurname, inTerm, surnameKey } from "./kb-keys.ts";

export interface Seat {
  rowId: string;
  personId: string;
  fullName: string;
  surname: string;
  initials: string;
  /** fractie as the source names it ("D66", "Nieuw Sociaal Contract", "GroenLinks-PvdA") */
  party: string;
  start: string;
  end: string | null;
  source: string;
  sourceUrl: string;
  corrections: string[];
}

export interface Kamerleden {
  seatsOf(personId: string): Seat[];
  /** the seat a person held on `date` (its party), or null when not in the Kamer then */
  seatOn(personId: string, date: string): Seat | null;
  /** seats held on `date` by people with this surname */
  membersOn(surname: string, date: string): Seat[];
  bySurname(surname: string): Seat[];
  all(): readonly Seat[];
}

export function buildKamerleden(rows: readonly KbRow[]): Kamerleden {
  const seats: Seat[] = rows
    .filter((r) => r.fields.person_id && r.fields.start)
    .map((r) => {
      const f = r.fields;
      return { rowId: r.rowId, personId: f.person_id!, fullName: f.full_name ?? "", surname: fullSurname(f.surname ?? "", f.tussenvoegsel ?? ""),
        initials: f.initials ?? "", party: f.party ?? "", start: f.start!, end: f.end || null, source: f.source ?? "", sourceUrl: f.source_url ?? "", corrections: r.corrections };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
  const byPerson = new Map<string, Seat[]>();
  const bySurname = new Map<string, Seat[]>();
  for (const s of seats) {
    byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
    const k = surnameKey(s.surname);
    bySurname.set(k, [...(bySurname.get(k) ?? []), s]);
  }
  return {
    seatsOf: (id) => byPerson.get(id) ?? [],
    seatOn: (id, date) => (byPerson.get(id) ?? []).find((s) => inTerm(date, s.start, s.end)) ?? null,
    membersOn: (surname, date) => (bySurname.get(surnameKey(surname)) ?? []).filter((s) => inTerm(date, s.start, s.end)),
    bySurname: (surname) => bySurname.get(surnameKey(surname)) ?? [],
    all: () => seats,
  };
}
