/**
 * Compiles the lexicons once into a token index for longest-match lookup.
 * Every surface form of an entry (name, aliases, acronyms, historical names and
 * the forms Dutch text derives from them: "ministerie van X", "X-fractie",
 * "commissie voor X") becomes one row; a match carries the row's rule id so a
 * wrong mention traces back to one lexicon entry and one surface.
 */
import { isAllCaps, isCapitalised, tokenize, type Token } from "../text/tokens.ts";

/** The fields of a lexicon entry this index needs (see extract/lexicons/lexicon-schema.ts). */
export interface IndexableEntry {
  id: string;
  type: string;
  kind?: string | null;
  name: string;
  aliases?: string[];
  acronyms?: string[];
  historical?: Array<{ name: string }>;
  caseSensitive?: boolean;
  /** false: the name is canonical only, not a surface to find (a KB name that is a common noun, found by its abbreviation) */
  matchName?: boolean;
}

export interface Surface {
  entry: IndexableEntry;
  text: string;
  norms: string[];
  /** the surface's own tokens as written, for capitalisation checks */
  texts: string[];
  /** exact capitalisation required (acronyms, flagged entries) */
  exact: boolean;
  /** a single surname of a person: only matched after a title or once the person is introduced */
  contextual: boolean;
  rule: string;
}

export interface LexiconIndex {
  byFirst: Map<string, Surface[]>;
  entries: Map<string, IndexableEntry>;
}

function derivedForms(e: IndexableEntry): string[] {
  const forms: string[] = [];
  const ministry = /^ministerie van (.+)$/i.exec(e.name);
  if (e.kind === "ministry") {
    const names = [e.name, ...(e.aliases ?? []), ...(e.historical ?? []).map((h) => h.name)];
    for (const n of names) {
      const m = /^ministerie van (.+)$/i.exec(n);
      if (m) forms.push(m[1]!);
    }
    for (const a of e.acronyms ?? []) forms.push(`ministerie van ${a}`);
    if (ministry) forms.push(`departement van ${ministry[1]}`);
  }
  if (e.type === "Party") {
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) forms.push(`${n}-fractie`, `fractie van ${n}`, `${n} fractie`, `${n}-leden`, `${n}-lid`, `${n}-kamerlid`, `${n}-kamerleden`);
  }
  if (e.type === "Committee") {
    const m = /^(?:vaste )?commissie voor (.+)$/i.exec(e.name);
    if (m) forms.push(`commissie voor ${m[1]}`, `commissie ${m[1]}`);
  }
  return forms;
}

export function buildLexiconIndex(entries: readonly IndexableEntry[]): LexiconIndex {
  const byFirst = new Map<string, Surface[]>();
  const byId = new Map<string, IndexableEntry>();
  const add = (entry: IndexableEntry, text: string, kind: "name" | "alias" | "acronym" | "historical" | "derived") => {
    const toks = tokenize(text);
    if (toks.length === 0) return;
    const single = toks.length === 1;
    const exact = kind === "acronym" || entry.caseSensitive === true || (single && isAllCaps(toks[0]!.text) && toks[0]!.text.length <= 5);
    const contextual = entry.type === "Person" && single && !entry.id.startsWith("doc:");
    const s: Surface = { entry, text, norms: toks.map((t) => t.norm), texts: toks.map((t) => t.text), exact, contextual, rule: `lexicon.${kind}:${entry.id}` };
    const list = byFirst.get(s.norms[0]!) ?? [];
    // keep spellings that differ only in case ("WhatsApp" and "whatsapp"): each may fit the case check
    if (!list.some((o) => o.entry.id === entry.id && o.texts.join(" ") === s.texts.join(" "))) list.push(s);
    byFirst.set(s.norms[0]!, list);
  };
  for (const e of entries) {
    byId.set(e.id, e);
    if (e.matchName !== false) add(e, e.name, "name");
    for (const a of e.aliases ?? []) add(e, a, "alias");
    for (const a of e.acronyms ?? []) add(e, a, "acronym");
    for (const h of e.historical ?? []) add(e, h.name, "historical");
    for (const d of derivedForms(e)) add(e, d, "derived");
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  return { byFirst, entries: byId };
}

/** Capitalisation check: proper names are written with capitals; "financiën" the noun is not the ministry. */
function caseFits(s: Surface, toks: Token[]): boolean {
  if (s.exact) return toks.every((t, i) => t.text === s.texts[i]);
  if (toks.length === 1) return isCapitalised(s.texts[0]!) ? isCapitalised(toks[0]!.text) : true;
  const surfaceHasCap = s.texts.some(isCapitalised);
  return !surfaceHasCap || toks.some((t) => isCapitalised(t.text));
}

export interface LexiconHit {
  surface: Surface;
  from: number; // token index
  to: number; // exclusive
}

/** Longest match at token i, or null. */
export function matchAt(index: LexiconIndex, toks: Token[], i: number): LexiconHit | null {
  const cands = index.byFirst.get(toks[i]!.norm);
  if (!cands) return null;
  for (const s of cands) {
    const n = s.norms.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = toks[i + k]!.norm === s.norms[k];
    if (ok && caseFits(s, toks.slice(i, i + n))) return { surface: s, from: i, to: i + n };
  }
  return null;
}
