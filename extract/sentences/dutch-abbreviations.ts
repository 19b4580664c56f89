/**
 * Dutch abbreviations whose final period is not a sentence end. Shared by the
 * sentence splitter and the normaliser (which must not treat "nr." at a line
 * end as the end of a paragraph line).
 */

/** Never end a sentence: they always introduce something ("nr. 12", "dr. Jansen", "t.a.v. de minister"). */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "o.a.", "d.d.", "nr.", "nrs.", "t.a.v.", "m.b.t.", "bijv.", "bv.", "b.v.", "i.v.m.", "z.g.", "zgn.", "mr.", "drs.", "dr.", "ir.", "ing.",
  "prof.", "art.", "artt.", "blz.", "p.", "pp.", "incl.", "excl.", "ca.", "resp.", "vs.", "o.b.v.", "n.a.v.", "m.u.v.", "i.p.v.",
  "t.b.v.", "i.o.m.", "i.s.m.", "d.w.z.", "o.l.v.", "m.i.v.", "t/m.", "min.", "max.", "evt.", "ong.", "dhr.", "mevr.", "mw.",
  "st.", "tel.", "vgl.", "cf.", "hfst.", "par.", "jo.", "e.v.", "o.m.", "a.d.h.v.", "t.o.v.", "v.w.b.",
  "i.c.m.", "m.n.", "i.h.k.v.", "o.g.v.",
]);

/**
 * May end a sentence: "… in 2020 jl. De minister …" ends, "€ 12,5 mln. voor …" does
 * not. The splitter breaks after these only when a capital follows.
 */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "etc.", "e.d.", "e.a.", "jl.", "c.s.", "a.s.", "mln.", "mld.", "mrd.", "e.e.a.", "t.z.t.", "z.s.m.", "enz.", "jr.", "sr.", "red.",
  "a.i.", "i.o.", "p.m.", "m.m.v.", "bijl.", "ibid.",
]);

/** "R.", "A.C.", "R.W.": initials before a surname. */
export function isInitials(token: string): boolean {
  return /^(?:\p{Lu}\.){1,4}$/u.test(token) || /^(?:Th|Ch|Ph|Chr|Joh)\.(?:\p{Lu}\.){0,3}$/u.test(token);
}

/** True when `token` (ending in ".") is an abbreviation or initial that cannot end a sentence. */
export function isNonFinalAbbreviation(token: string): boolean {
  const lower = token.toLowerCase();
  return NON_FINAL_ABBREVIATIONS.has(lower) || isInitials(token);
}
