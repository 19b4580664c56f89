/**
 * People and offices as the frame of a parliamentary document lists them, on one line:
 *   "Alexandra van Huffelen (staatssecretaris binnenlandse zaken en koninkrijksrelaties) (D66), Hanke Bruins Slot (…) (CDA)"
 *   "Kathmann (GroenLinks-PvdA), Six Dijkstra (NSC) en Van der Werf (D66)"
 *   "de Minister van Financiën en de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"
 * plus the shared helpers of the header grammars: known parties, cleaned names.
 * (Wrapped Kamervragen headers are read by kamervraag-header.ts.)
 * All offsets are absolute (the caller passes where the list starts).
 */
import { readFileSync } from "node:fs";
import type { HeaderOffice, HeaderPerson } from "./structure-schema.ts";

/** Every written form of a party in the parties lexicon, compared exactly (case matters: "SP", never "sp" in "Nispen"). */
const PARTY_FORMS: ReadonlySet<string> = (() => {
  const rows = JSON.parse(readFileSync(new URL("../lexicons/parties.json", import.meta.url), "utf8")) as Array<{ name: string; aliases?: string[]; acronyms?: string[] }>;
  return new Set(rows.flatMap((r) => [r.name, ...(r.aliases ?? []), ...(r.acronyms ?? [])]));
})();

/** "Nieuw Sociaal Contract", "GroenLinks-PvdA", "Partij voor de Dieren": a party the lexicon knows, written as it writes it. */
export function isKnownParty(s: string): boolean {
  return PARTY_FORMS.has(s.replace(/\s+/g, " ").replace(/\s*[–-]\s*/g, "-").trim());
}

/**
 * A name as a header prints it, cleaned: "lid Inge van Dijk" → "Inge van Dijk",
 * "Kostic ´" → "Kostic", "DaniëlleJansen" → "Daniëlle Jansen" (a PDF glued the
 * given name to the surname). Returns null when nothing name-like is left.
 */
export function cleanPersonName(raw: string): string | null {
  let n = raw.replace(/\s+/g, " ").trim();
  n = n.replace(/^(?:(?:het|de)\s+)?(?:lid|leden)\s+/i, "");
  n = n.replace(/[^\p{L}.)'’]+$/u, "").trim();
  n = n.replace(/(\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll}{2,})/gu, "$1 ");
  if (!/^\p{L}/u.test(n) || n.length > 80 || n.split(" ").length > 7) return null;
  return n;
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

const OFFICE_WORD = /^(?:(?:de|het)\s+)?((?:[Ff]ungerend\s+|[Ww]aarnemend\s+)?(?:[Mm]inister-[Pp]resident|[Vv]iceminister-president|[Vv]icepremier|[Mm]inister|[Ss]taatssecretaris|[Pp]remier))\b/;

/** Split at separators outside parentheses; ", " always, " en " only when `splitOnEn`. Trims each piece. */
export function splitTopLevel(text: string, base: number, splitOnEn: boolean): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s.;]/.test(text[e - 1]!)) e--;
    if (e > s) pieces.push({ text: text.slice(s, e), start: base + s, end: base + e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ",") {
      push(from, i);
      from = i + 1;
    } else if (depth === 0 && splitOnEn && c === " " && text.startsWith(" en ", i)) {
      push(from, i);
      from = i + 4;
      i += 3;
    }
  }
  push(from, text.length);
  return pieces;
}

/** Parenthesised groups at the end of a piece, and the text before them. */
function trailingGroups(text: string): { head: string; groups: Array<{ text: string; offset: number }> } {
  const groups: Array<{ text: string; offset: number }> = [];
  let head = text;
  for (;;) {
    const m = /\(([^()]*)\)\s*$/.exec(head);
    if (!m) break;
    groups.unshift({ text: m[1]!.trim(), offset: m.index + 1 });
    head = head.slice(0, m.index).trimEnd();
  }
  return { head, groups };
}

/**
 * "minister binnenlandse zaken en koninkrijksrelaties", "Minister van Financiën",
 * "staatssecretaris voor Digitalisering": office and ministry text.
 * A "minister voor X" heads no ministry: the whole phrase is the office.
 */
export function parseOffice(phrase: string): { office: string; ministry: string | null } | null {
  const m = OFFICE_WORD.exec(phrase.trim());
  if (!m) return null;
  const office = m[1]!;
  let rest = phrase.trim().slice(m[0].length).trim();
  if (/^voor\s/i.test(rest)) return { office: `${office} ${rest}`.replace(/\s+/g, " "), ministry: null };
  rest = rest.replace(/^van\s+(?:het\s+[Mm]inisterie\s+van\s+)?/i, "").replace(/[,.;]+$/, "").trim();
  return { office, ministry: rest.length > 0 ? rest : null };
}

/** A party abbreviation or name in parentheses: "SP", "GroenLinks-PvdA", "Partij voor de Dieren", "50PLUS". */
export function looksLikeParty(s: string): boolean {
  if (isKnownParty(s)) return true;
  return s.length > 0 && s.length <= 40 && !/\d{4}/.test(s) && /^[\p{Lu}\d]/u.test(s) && s.split(/\s+/).length <= 5 && !OFFICE_WORD.test(s);
}

/** "Renske Leijten", "Alexandra van Huffelen (staatssecretaris …) (D66)", "Van Raak (SP)". */
export function parsePersonList(text: string, base: number): HeaderPerson[] {
  const out: HeaderPerson[] = [];
  for (const piece of splitTopLevel(text, base, true)) {
    const { head, groups } = trailingGroups(piece.text);
    const name = head.trim();
    if (!/^\p{L}/u.test(name) || name.length > 80) continue;
    let party: string | null = null;
    let partySpan: { start: number; end: number } | undefined;
    let office: string | null = null;
    let ministry: string | null = null;
    for (const g of groups) {
      const parsed = parseOffice(g.text);
      if (parsed && !office) {
        office = parsed.office;
        ministry = parsed.ministry;
      } else if (!party && looksLikeParty(g.text)) {
        party = g.text;
        const at = piece.text.indexOf(g.text, g.offset);
        if (at >= 0) partySpan = { start: piece.start + at, end: piece.start + at + g.text.length };
      }
    }
    out.push({ name, party, office, ministry, start: piece.start, end: piece.end, ...(partySpan ? { partySpan } : {}) });
  }
  return out;
}

/** "de Minister van Financiën en de Staatssecretaris van BZK": offices, split only where a new office starts. */
export function parseOfficeList(text: string, base: number): HeaderOffice[] {
  const out: HeaderOffice[] = [];
  const splitter = /(?:,\s*|\s+en\s+)(?:aan\s+)?(?=(?:(?:de|het)\s+)?(?:[Ff]ungerend\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Pp]remier)\b)/g;
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[,.;]+$/, "");
    const parsed = parseOffice(trimmed);
    if (parsed) out.push({ office: parsed.office, ministry: parsed.ministry, start: base + a + lead, end: base + a + lead + trimmed.length });
  };
  for (const m of text.matchAll(splitter)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * A plural address, as committees write it: "de ministers van Justitie en
 * Veiligheid, Binnenlandse Zaken en Koninkrijksrelaties, en van Economische
 * Zaken en Klimaat". Ministry names contain " en ", so only commas and
 * ", en van" / " en van" separate them.
 */
export function parsePluralOffices(text: string, base: number): HeaderOffice[] {
  const m = /^(?:(?:de|het)\s+)?([Mm]inisters|[Ss]taatssecretarissen|[Bb]ewindspersonen)\s+van\s+/.exec(text);
  if (!m) return parseOfficeList(text, base);
  const office = m[1]!.toLowerCase() === "staatssecretarissen" ? "staatssecretaris" : "minister";
  const out: HeaderOffice[] = [];
  const body = text.slice(m[0].length);
  const offset = m[0].length;
  const splitter = /,\s*(?:en\s+)?(?:van\s+)?|\s+en\s+van\s+/g;
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = body.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[,.;]+$/, "");
    if (trimmed.length > 1) out.push({ office, ministry: trimmed, start: base + offset + a + lead, end: base + offset + a + lead + trimmed.length });
  };
  for (const s of body.matchAll(splitter)) {
    push(from, s.index);
    from = s.index + s[0].length;
  }
  push(from, body.length);
  return out;
}
