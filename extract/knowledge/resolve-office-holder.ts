/**
 * A role phrase in a document dated D → the person in office on D:
 * "de minister van BZK" (2024-06-28) → Hugo de Jonge, "De Minister van
 * Binnenlandse Zaken en Koninkrijksrelaties, J.J.M. Uitermark" → Uitermark.
 * The phrase rows are data (role-phrases.json). A written name must agree
 * with the holder (surname, and initials or given name when written); a
 * surname alone never picks a person: role, ministry and date come first.
 */
import { z } from "zod";
import { readFileSync } from "node:fs";
import type { KbMinistries } from "./kb-ministries.ts";
import { firstLetter, textKey } from "./kb-keys.ts";
import { OFFICE_FUNCTIONS, type OfficeHolders, type OfficeTerm } from "./office-holders.ts";

const RoleRowSchema = z.object({
  id: z.string().regex(/^role\.[a-z-]+$/),
  words: z.array(z.string().min(1)).min(1),
  functions: z.array(z.enum(OFFICE_FUNCTIONS)).min(1),
  object: z.enum(["ministry", "portfolio", "none"]),
  ministry: z.string().optional(),
  reason: z.string().min(1),
  examples: z.array(z.string()).min(1),
  counterexamples: z.array(z.string()),
});
export type RoleRow = z.infer<typeof RoleRowSchema>;

let rowsCache: RoleRow[] | null = null;
export function roleRows(): RoleRow[] {
  rowsCache ??= z.array(RoleRowSchema).parse(JSON.parse(readFileSync(new URL("./role-phrases.json", import.meta.url), "utf8")));
  return rowsCache;
}

export interface RolePhrase {
  row: RoleRow;
  /** ministry or portfolio as written ("BZK", "Volkshuisvesting en Ruimtelijke Ordening") */
  object: string;
  /** the name after the comma of a signature ("H.M. de Jonge"), if any */
  name: string | null;
}

/** "H.M. de Jonge", "drs. A.C. van Huffelen", "Hugo de Jonge": initials, a title, or two words ending in a capitalised surname */
const SIGNER_NAME = /^(?:(?:mr|drs|dr|ir|prof)\.?\s+)?(?:(?:\p{Lu}\p{Ll}?\.)+\s*|\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|ter|ten)\s+)*)\p{Lu}/u;
const TITLES = /^(?:(?:mr|drs|dr|ir|prof|ing|bc|mw|dhr)\.?\s+)+/i;

/** Pure: read "de Minister van X[, Name]" with the phrase rows; null when no row's words open the phrase. */
export function parseRolePhrase(phrase: string, rows: readonly RoleRow[] = roleRows()): RolePhrase | null {
  // the part after the last comma is a signer's name only when it looks like one: ministry names have commas too
  const comma = phrase.lastIndexOf(",");
  const tail = comma >= 0 ? phrase.slice(comma + 1).trim() : "";
  const isName = SIGNER_NAME.test(tail) && !/\sen\s/.test(tail);
  const head = isName ? phrase.slice(0, comma) : phrase;
  const wordsOf = (t: string) => {
    const w = t.trim().replace(/\s+/g, " ").split(" ");
    if (/^(?:de|het)$/i.test(w[0] ?? "")) w.shift();
    return w;
  };
  const all = wordsOf(head);
  // an office without object ends at its comma: "De Minister-President, Minister van Algemene Zaken"
  const firstClause = wordsOf(head.split(",")[0]!);
  const name = isName ? tail.replace(TITLES, "") || null : null;
  for (const row of rows) {
    const words = row.object === "none" ? firstClause : all;
    if (words.length < row.words.length) continue;
    if (!row.words.every((w, i) => words[i]!.toLowerCase() === w)) continue;
    const object = words.slice(row.words.length).join(" ");
    if (row.object !== "none" && !object) continue;
    if (row.object === "none" && object && !/^[\p{Lu}]/u.test(object)) continue;
    return { row, object: row.object === "none" ? "" : object, name: row.object === "none" && object ? object : name };
  }
  return null;
}

export interface OfficeResolution {
  /** the one holder the phrase (and name) fits, or null */
  holder: OfficeTerm | null;
  /** everyone in the office on that date (two staatssecretarissen: the name has to decide) */
  candidates: OfficeTerm[];
  rule: string;
  reason: string;
}

/** lower case, no accents, dots, hyphens and dashes as spaces: "Faber – Van de Klashorst" → "faber van de klashorst" */
const words = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z']+/g, " ").trim();
const TUSSEN = /^(?:(?:van|de|der|den|ter|ten|te|het|'t|in|op)\s+)+/i;

/** Index keys of a holder: the last word of each surname form nameFitsHolder accepts. */
export function holderIndexKeys(t: { surname: string }): string[] {
  const forms = [t.surname, t.surname.replace(TUSSEN, ""), t.surname.split(/\s*[-–]\s*/)[0]!].map(words).filter((f) => f.length >= 3);
  return [...new Set(forms.map((f) => f.split(" ").pop()!))];
}

/** Index keys to look a written name up with: the last word of the name and of its part before a hyphen. */
export function writtenIndexKeys(written: string): string[] {
  const clean = written.replace(TITLES, "").replace(/\([^)]*\)/g, " ").trim();
  return [...new Set([clean, clean.split(/\s*[-–]\s*/)[0]!].map((h) => words(h).split(" ").pop()!).filter(Boolean))];
}

/**
 * Does a written name ("H.M. de Jonge", "De Jonge", "Hugo de Jonge",
 * "Faber-Van de Klashorst") fit this holder? The surname must be whole words
 * at the end of the name, or of its first half when a married name follows a
 * hyphen ("Faber-Van de Klashorst" is Faber; "Dik-Faber" is not); what
 * stands before it (initials or a given name) must start like the holder's.
 */
export function nameFitsHolder(written: string, t: { surname: string; initials: string; fullName: string }): boolean {
  const clean = written.replace(TITLES, "").replace(/\([^)]*\)/g, " ").trim();
  const halves = [clean, clean.split(/\s*[-–]\s*/)[0]!];
  const forms = new Set([t.surname, t.surname.replace(TUSSEN, "")].map(words).filter((f) => f.length >= 3));
  let prefix: string | null = null;
  for (const half of halves) {
    const w = words(half);
    for (const f of forms) {
      if (w === f) prefix = "";
      else if (w.endsWith(` ${f}`)) prefix = w.slice(0, w.length - f.length).trim();
      if (prefix !== null) break;
    }
    if (prefix !== null) break;
  }
  if (prefix === null) return false;
  // initials or a given name before the surname must start like the holder's
  const first = prefix.split(" ").find((x) => x && !TUSSEN.test(`${x} `));
  if (!first) return true;
  const theirs = [t.initials, t.fullName.replace(TITLES, "")].filter(Boolean).map(firstLetter);
  return theirs.length === 0 || theirs.includes(firstLetter(first));
}

export function resolveOfficeHolder(phrase: RolePhrase, date: string, offices: OfficeHolders, ministries: KbMinistries, name: string | null = phrase.name): OfficeResolution {
  const { row } = phrase;
  let candidates: OfficeTerm[];
  if (row.object === "ministry") {
    const ministryId = ministries.idOf(phrase.object);
    if (!ministryId) return { holder: null, candidates: [], rule: row.id, reason: `no ministry "${phrase.object}" in the knowledge base` };
    candidates = offices.holdersOn({ function: row.functions, ministryId }, date);
  } else if (row.object === "portfolio") {
    const key = textKey(phrase.object);
    const ministryId = ministries.idOf(phrase.object);
    candidates = offices.holdersOn({ function: row.functions }, date).filter((t) => textKey(t.portfolio) === key || (!!ministryId && t.ministryId === ministryId && t.function === "minister"));
  } else {
    candidates = offices.holdersOn({ function: row.functions, ministryId: row.ministry }, date);
  }
  const people = new Set(candidates.map((t) => t.personId));
  if (name) {
    const fit = candidates.filter((t) => nameFitsHolder(name, t));
    const fitPeople = new Set(fit.map((t) => t.personId));
    if (fitPeople.size === 1) return { holder: fit[0]!, candidates, rule: row.id, reason: `${name} held "${fit[0]!.role}" on ${date} (${fit[0]!.rowId})` };
    return { holder: null, candidates, rule: row.id, reason: fitPeople.size === 0 ? `no holder on ${date} is called ${name}` : `${fitPeople.size} holders on ${date} fit ${name}` };
  }
  if (people.size === 1) return { holder: candidates[0]!, candidates, rule: row.id, reason: `the only holder on ${date} (${candidates[0]!.rowId})` };
  return { holder: null, candidates, rule: row.id, reason: `${people.size} holders on ${date}` };
}
