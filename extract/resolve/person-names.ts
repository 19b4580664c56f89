/**
 * When two namings of a person cannot be the same person: different given
 * names ("Cornelis" / "Hanneke van der Werf"), or initials whose first letter
 * differs from the other's initials and given name ("C. van der Werf" /
 * "Hanneke van der Werf"). A bare surname never conflicts.
 */

/** same as find-mentions' stripAcademicTitles; kept here so mentions can import this module without a cycle */
const stripAcademicTitles = (name: string) => name.replace(/^(?:(?:mr|drs|dr|ir|prof|ing|bc)\.?\s+)+/i, "");

export interface NameParts {
  initials?: string;
  given?: string;
}

const INITIALS = /^(?:\p{Lu}\p{Ll}?\.)+$/u;
const TUSSEN = new Set(["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "von", "le", "la", "da", "del"]);

/** Given name and initials a lexicon entry states in its name and aliases. */
export function entryNameParts(entry: { name: string; aliases?: string[] }): { given?: string; initials: string[] } {
  let given: string | undefined;
  const initials: string[] = [];
  for (const n of [entry.name, ...(entry.aliases ?? [])]) {
    const words = stripAcademicTitles(n).trim().split(/\s+/);
    if (words.length < 2) continue;
    const first = words[0]!;
    if (INITIALS.test(first)) initials.push(first);
    else if (n === entry.name && /^\p{Lu}\p{Ll}+$/u.test(first) && !TUSSEN.has(first.toLowerCase())) given = first;
  }
  return { given, initials };
}

const firstLetter = (s: string) => s.normalize("NFD").charAt(0).toUpperCase();

export function personNamesConflict(p: NameParts, entry: { name: string; aliases?: string[] }): boolean {
  const e = entryNameParts(entry);
  if (p.given && e.given) return p.given.toLowerCase() !== e.given.toLowerCase();
  const mine = p.initials ?? p.given;
  if (!mine) return false;
  const theirs = [...e.initials, ...(e.given ? [e.given] : [])].map(firstLetter);
  return theirs.length > 0 && !theirs.includes(firstLetter(mine));
}
