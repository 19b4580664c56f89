/**
 * Keys and dates shared by the knowledge-base lookups. Names are compared
 * without case, diacritics, spaces, hyphens or dots ("Szabó" = "Szabo",
 * "Faber - Van de Klashorst" = "Faber-Van de Klashorst"); terms are
 * start-inclusive and end-exclusive, an empty end is still in office.
 */
const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "");

/** "De Jonge", "de Jonge", "Szabó" → "dejonge", "szabo" */
export function surnameKey(surname: string): string {
  return stripMarks(surname).toLowerCase().replace(/[^a-z]/g, "");
}

/** Full surname with its tussenvoegsel; the source sometimes keeps it only in its own column ("Middelkoop" + "van"). */
export function fullSurname(surname: string, tussenvoegsel: string): string {
  const tv = tussenvoegsel.trim();
  if (!tv || surnameKey(surname).startsWith(surnameKey(tv))) return surname;
  return `${tv} ${surname}`;
}

/** Text key for names of ministries, committees and parties. */
export function textKey(s: string): string {
  return stripMarks(s).toLowerCase().replace(/[^a-z0-9&]+/g, " ").trim();
}

export function isIsoDate(s: string | null | undefined): s is string {
  return !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** start ≤ date < end; an empty end means no end in the source */
export function inTerm(date: string, start: string, end: string | null): boolean {
  return start <= date && (!end || date < end);
}

/** The first letter of the first initial or given name ("H.M." → "H", "Hugo" → "H"). */
export const firstLetter = (s: string | undefined | null): string => (s ? stripMarks(s).charAt(0).toUpperCase() : "");
