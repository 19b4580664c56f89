/**
 * Word tokens with offsets. Hyphens, dots, apostrophes and ampersands inside a
 * word keep it whole ("SSC-ICT", "Rijksoverheid.nl", "NOK’s", "I&W") because
 * Dutch institution names and acronyms are written that way.
 */
export interface Token {
  text: string;
  /** lower case, diacritics removed, '&' spelled 'en': the key lexicons match on */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-.’'&/][\p{L}\p{N}]+)*|&/gu;

const ASCII = /^[\x00-\x7f]*$/;
/** Non-ASCII words (diacritics) repeat endlessly in a corpus: normalise each spelling once. */
const NORM_CACHE = new Map<string, string>();
const NORM_CACHE_LIMIT = 100_000;

export function normaliseWord(s: string): string {
  if (s === "&") return "en";
  // plain ASCII has no diacritics and no ’: lower-casing is the whole normalisation
  if (ASCII.test(s)) return s.toLowerCase();
  let n = NORM_CACHE.get(s);
  if (n !== undefined) return n;
  n = s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/’/g, "'");
  if (NORM_CACHE.size >= NORM_CACHE_LIMIT) NORM_CACHE.clear();
  NORM_CACHE.set(s, n);
  return n;
}

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ text: m[0], norm: normaliseWord(m[0]), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Normalised key of a whole name: tokens joined by one space. */
export function nameKey(name: string): string {
  return tokenize(name).map((t) => t.norm).join(" ");
}

/** Key that also ignores spaces and hyphens: "Audit Dienst Rijk" ~ "Auditdienst Rijk", "SSC ICT" ~ "SSC-ICT". */
export function looseKey(name: string): string {
  return nameKey(name).replace(/[\s\-.']/g, "");
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\p{N}&-]+$/u.test(w) && /\p{Lu}/u.test(w);
