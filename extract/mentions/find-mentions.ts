/**
 * Mentions: surface text + span + the rule that found it, kept apart from the
 * entities they will resolve to. Sources, in order of trust:
 *   1. lexicon surfaces (longest match; acronyms case-exact),
 *   2. definitions "Lange Naam (AFK)" — new names the lexicons do not know,
 *   3. person names after a title or with initials ("het lid Leijten", "R.W. Knops"),
 *   4. name shapes that Dutch government text uses for programmes and bodies
 *      (CamelCase product names, "programma X", "stichting X", "gemeente X").
 * Pure: sentence in, mentions out.
 */
import type { EntityType } from "../model/graph-model.ts";
import { isAllCaps, isCapitalised, nameKey, tokenize, type Token } from "../text/tokens.ts";
import { personNamesConflict } from "../resolve/person-names.ts";
import { matchAt, type LexiconIndex } from "./lexicon-index.ts";
import { PATTERNS } from "./name-patterns.ts";
import { typeFromHead } from "./head-typing.ts";
import { legalInstrumentIndex } from "./legal-instruments.ts";
import { findHeadNames } from "./head-names.ts";

export { typeFromHead } from "./head-typing.ts";

export interface RawMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  kind?: string | null;
  /** lexicon id when the lexicon knows it */
  entryId?: string;
  /** canonical name proposed for a new entity */
  name?: string;
  /** acronym defined by this mention ("… (UBR)") */
  acronym?: string;
  /** person parts, for resolution by surname and initials */
  person?: { surname: string; initials?: string; given?: string };
  /** how entryId was chosen when not by the lexicon (a knowledge-base row: role, ministry and date) */
  resolution?: { rule: string; reason: string };
  rule: string;
  section: string | null;
}

export interface SentenceIn {
  text: string;
  start: number;
  section: string | null;
}

const TUSSEN = new Set(["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "von", "le", "la", "da", "del"]);

/** Function words allowed inside a long name before "(AFK)". */
const NAME_GLUE = new Set(["van", "voor", "de", "der", "het", "en", "op", "in", "&", "tot", "bij", "'s", "-"]);

/** "Lange Naam (AFK)": walk back from "(" to the longest run whose initial matches the acronym's first letter. */
function acronymDefinition(toks: Token[], i: number, text: string, base: number): { from: number; acronym: Token } | null {
  const acr = toks[i];
  if (!acr || i === 0) return null;
  // cheapest test first: nearly every token is not followed by ")"
  if (text.charCodeAt(acr.end - base) !== 41 /* ) */) return null;
  const before = text.slice(toks[i - 1]!.end - base, acr.start - base);
  if (!/^\s*\($/.test(before)) return null;
  if (!/^[\p{Lu}][\p{L}\p{N}&-]{1,9}$/u.test(acr.text) || !/[\p{Lu}].*[\p{Lu}]|^[\p{Lu}]{2,}/u.test(acr.text)) return null;
  const letters = acr.text.replace(/[^\p{L}]/gu, "").toLowerCase();
  let best: number | null = null;
  for (let j = i - 1, words = 0; j >= 0 && words < 10; j--, words++) {
    const t = toks[j]!;
    if (j < i - 1 && /[,;:.()–—]/.test(text.slice(t.end - base, toks[j + 1]!.start - base))) break;
    if (NAME_GLUE.has(t.norm)) continue;
    if (t.norm[0] !== letters[0]) continue;
    const words = toks.slice(j, i);
    const span = words.map((x) => x.norm).join(" ");
    // every content word must lend its initial to the acronym (Schwartz–Hearst is too lenient for Dutch:
    // "Vragen van het lid Rajkowski (VVD)" contains v…v…d but is no definition)
    const initials = words.filter((x) => !NAME_GLUE.has(x.norm)).map((x) => x.norm[0]!).join("");
    if (!isSubsequence(initials, letters) || !isSubsequence(letters, span.replace(/[^a-z]/g, ""))) continue;
    if (words.some((x) => isCapitalised(x.text)) || initials === letters) best = j;
  }
  return best === null ? null : { from: best, acronym: acr };
}

function isSubsequence(needle: string, hay: string): boolean {
  let k = 0;
  for (const ch of hay) if (ch === needle[k]) k++;
  return k === needle.length;
}

const FOUNDING_VERB = /\b(?:opgericht|ingesteld|opgezet|oprichten|instellen|richtte|in het leven geroepen)\b/i;

const SKIP_DEFINITION_HEADS = /^(wet|besluit|regeling|richtlijn|verordening|kamerstuk|motie|artikel|rapport|brief|nota|handelingen)\b/i;

/** The pipeline reads a sentence twice (before and after the document's own names are known): tokenise it once. */
const TOKENS = new WeakMap<SentenceIn, { text: string; start: number; toks: Token[] }>();
function tokensOf(s: SentenceIn): Token[] {
  const hit = TOKENS.get(s);
  if (hit && hit.text === s.text && hit.start === s.start) return hit.toks;
  const toks = tokenize(s.text, s.start);
  TOKENS.set(s, { text: s.text, start: s.start, toks });
  return toks;
}

export function findMentions(s: SentenceIn, index: LexiconIndex, docIndex?: LexiconIndex): RawMention[] {
  const toks = tokensOf(s);
  const out: RawMention[] = [];
  const taken = new Array<boolean>(toks.length).fill(false);
  const push = (m: RawMention, from: number, to: number) => {
    for (let k = from; k < to; k++) taken[k] = true;
    out.push(m);
  };
  const spanText = (from: number, to: number) => s.text.slice(toks[from]!.start - s.start, toks[to - 1]!.end - s.start);

  // 0. names of laws, regulations and funds ("Wlz", "DORA", "Wet open overheid") are no entity: no rule may use their words
  const instruments = legalInstrumentIndex();
  for (let i = 0; i < toks.length; i++) {
    const hit = matchAt(instruments, toks, i);
    if (!hit) continue;
    for (let k = hit.from; k < hit.to; k++) taken[k] = true;
    i = hit.to - 1;
  }

  // 2. definitions first: they fix the long form's extent before the lexicon chops it up.
  for (let i = 1; i < toks.length; i++) {
    if (taken[i]) continue;
    const def = acronymDefinition(toks, i, s.text, s.start);
    if (!def) continue;
    const longForm = spanText(def.from, i).replace(/\s*\(\s*$/, "");
    if (SKIP_DEFINITION_HEADS.test(longForm)) continue;
    // "Werkloosheidswet (WW)", "Integraal Zorgakkoord (IZA)": the head noun says it is no entity
    const headType = typeFromHead(longForm);
    if (headType && headType.type === null) {
      for (let k = def.from; k <= i; k++) taken[k] = true;
      continue;
    }
    if (!matchAt(index, toks, i) && PATTERNS.conceptWords.test(longForm) && !typeFromHead(longForm)) continue;
    // a lexicon name ending right before "(" may start earlier than the acronym's letters do:
    // "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)"
    for (let j = Math.max(0, def.from - 4); j < def.from; j++) {
      const wider = matchAt(index, toks, j);
      if (wider && wider.to === i && !taken.slice(j, i).some(Boolean)) { def.from = j; break; }
    }
    const lex = matchAt(index, toks, def.from) ?? matchAt(index, toks, i);
    const known = lex && (lex.to === i || lex.from === i) ? lex.surface.entry : null;
    const guess = headType;
    const type = (known?.type as EntityType | undefined) ?? guess?.type ?? "Organisation";
    push({ start: toks[def.from]!.start, end: toks[i - 1]!.end, text: longForm, type, kind: known?.kind ?? guess?.kind ?? null,
      entryId: known?.id, name: known ? undefined : stripArticle(longForm), acronym: def.acronym.text, rule: known ? "definition.lexicon" : "definition.acronym", section: s.section }, def.from, i);
    push({ start: def.acronym.start, end: def.acronym.end, text: def.acronym.text, type, kind: known?.kind ?? guess?.kind ?? null,
      entryId: known?.id, name: known ? undefined : stripArticle(longForm), acronym: def.acronym.text, rule: "definition.acronym-self", section: s.section }, i, i + 1);
  }

  // 1. lexicon (document-local definitions first, then the shared lexicons)
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const hit = (docIndex && matchAt(docIndex, toks, i)) || matchAt(index, toks, i);
    if (!hit || taken.slice(hit.from, hit.to).some(Boolean)) continue;
    if (hit.surface.contextual && !titleBefore(toks, i)) continue;
    const e = hit.surface.entry;
    // "C. (Cornelis) van der Werf" is not lexicon person Hanneke van der Werf: other initials or given name, other person
    const other = e.type === "Person" ? otherPersonBefore(s.text, toks, hit.from, hit.to, s.start, e) : null;
    if (other) {
      push({ start: other.start, end: toks[hit.to - 1]!.end, text: s.text.slice(other.start - s.start, toks[hit.to - 1]!.end - s.start), type: "Person", kind: null,
        name: `${other.given ?? other.initials} ${spanText(hit.from, hit.to)}`, person: { surname: capitaliseTussen(spanText(hit.from, hit.to)), initials: other.initials, given: other.given },
        rule: "person.other-than-lexicon", section: s.section }, other.fromToken, hit.to);
      i = hit.to - 1;
      continue;
    }
    push({ start: toks[hit.from]!.start, end: toks[hit.to - 1]!.end, text: spanText(hit.from, hit.to), type: e.type as EntityType, kind: e.kind ?? null,
      entryId: e.id.startsWith("doc:") ? undefined : e.id, name: e.id.startsWith("doc:") ? e.name : undefined,
      acronym: undefined, rule: hit.surface.rule, section: s.section,
      person: e.type === "Person" ? splitPersonName(e.name) : undefined }, hit.from, hit.to);
    i = hit.to - 1;
  }

  // "Eerste en Tweede Kamer": the first conjunct borrows the head of the second
  for (const m of [...out]) {
    const k = toks.findIndex((t) => t.start === m.start);
    if (k < 2 || !m.entryId || toks[k - 1]!.norm !== "en" || taken[k - 2]) continue;
    const head = tokenize(m.text).slice(1);
    if (head.length === 0) continue;
    const virtual = [toks[k - 2]!, ...head.map((h) => ({ ...h, start: -1, end: -1 }))];
    const hit = matchAt(index, virtual, 0);
    if (hit && hit.to === virtual.length && hit.surface.entry.id !== m.entryId) {
      const e = hit.surface.entry;
      push({ start: toks[k - 2]!.start, end: toks[k - 2]!.end, text: toks[k - 2]!.text, type: e.type as EntityType, kind: e.kind ?? null, entryId: e.id, rule: "lexicon.shared-head", section: s.section }, k - 2, k - 1);
    }
  }

  // 3. persons after a title, or written with initials
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isCapitalised(toks[i]!.text) && !TUSSEN.has(toks[i]!.norm)) continue;
    const withInitials = initialsBefore(s.text, toks[i]!.start - s.start);
    // without initials Dutch capitalises a leading tussenvoegsel ("het lid Van Raak"); "minister van Justitie" is an office
    if (!withInitials && (!titleBefore(toks, i) || !isCapitalised(toks[i]!.text))) continue;
    const end = personNameEnd(toks, i);
    if (end === null || taken.slice(i, end).some(Boolean)) continue;
    const surname = spanText(i, end);
    if (PATTERNS.notSurnames.has(toks[i]!.norm) || PATTERNS.notSurnames.has(toks[end - 1]!.norm)) continue;
    const start = withInitials ? toks[i]!.start - withInitials.length : toks[i]!.start;
    const text = withInitials ? `${withInitials}${surname}` : surname;
    push({ start, end: toks[end - 1]!.end, text, type: "Person", kind: null, name: text,
      person: { surname: capitaliseTussen(surname), initials: withInitials?.replace(/\s/g, "") || undefined },
      rule: withInitials ? "person.initials" : "person.after-title", section: s.section }, i, end);
    // "de leden Bisschop en Van der Staaij", "de SGP-leden A, B en C": a plural title governs the whole list
    const title = toks[i - 1];
    i = !withInitials && title && coordinatingTitle(title) ? coordinatedNames(s, toks, taken, end, push) - 1 : end - 1;
  }

  // "motie Hagen/Sneller", "de motie Beckerman/Bushoff": two surnames joined by a slash after a title
  for (let i = 1; i < toks.length; i++) {
    if (taken[i] || !toks[i]!.text.includes("/") || !titleBefore(toks, i)) continue;
    const parts = /^(\p{Lu}\p{Ll}+)\/(\p{Lu}\p{Ll}+)$/u.exec(toks[i]!.text);
    if (!parts || parts.slice(1).some((p) => PATTERNS.notSurnames.has(p.toLowerCase()))) continue;
    const t = toks[i]!;
    push({ start: t.start, end: t.start + parts[1]!.length, text: parts[1]!, type: "Person", kind: null, name: parts[1]!, person: { surname: parts[1]! }, rule: "person.slash-pair", section: s.section }, i, i + 1);
    push({ start: t.end - parts[2]!.length, end: t.end, text: parts[2]!, type: "Person", kind: null, name: parts[2]!, person: { surname: parts[2]! }, rule: "person.slash-pair", section: s.section }, i, i + 1);
  }

  // 4. names on a head noun: "Vereniging Sociale Advocatuur Nederland", "Early Warning Systeem", "de Mobiliteitsalliantie"
  for (const h of findHeadNames(s.text, s.start, toks, taken)) {
    const text = spanText(h.from, h.to);
    push({ start: toks[h.from]!.start, end: toks[h.to - 1]!.end, text, type: h.type, kind: h.kind, name: text, rule: h.rule, section: s.section }, h.from, h.to);
  }

  // 4b. name shapes
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const t = toks[i]!;
    // "motie-Kathmann": the surname is glued to the title
    const glue = t.text.startsWith("motie-") || t.text.startsWith("amendement-") ? /^(?:motie|amendement)-(\p{Lu}\p{Ll}+)$/u.exec(t.text) : null;
    if (glue) {
      const off = t.text.length - glue[1]!.length;
      // "motie-Van Nispen": a capitalised tussenvoegsel takes the surname that follows
      let end = i + 1;
      if (TUSSEN.has(glue[1]!.toLowerCase())) {
        const tail = personNameEnd(toks, i + 1);
        if (tail === null || taken.slice(i + 1, tail).some(Boolean)) continue;
        end = tail;
      }
      const name = end > i + 1 ? `${glue[1]!} ${spanText(i + 1, end)}` : glue[1]!;
      push({ start: t.start + off, end: toks[end - 1]!.end, text: name, type: "Person", kind: null, name, person: { surname: name }, rule: "person.motie-glued", section: s.section }, i, end);
      i = end - 1;
      continue;
    }
    // "programma SAMEN", "stichting NTF", "gemeente Groningen", "het platform Globe"
    const head = PATTERNS.heads.get(t.norm);
    if (head && i + 1 < toks.length && !taken[i + 1] && isCapitalised(toks[i + 1]!.text) && !PATTERNS.notSurnames.has(toks[i + 1]!.norm)) {
      let end = i + 2;
      while (end < toks.length && !taken[end] && isCapitalised(toks[end]!.text) && end - i < 5 && !/[,;:()]/.test(s.text.slice(toks[end - 1]!.end - s.start, toks[end]!.start - s.start))) end++;
      const nameOnly = spanText(i + 1, end);
      const name = head.keepHead ? spanText(i, end) : nameOnly;
      push({ start: t.start, end: toks[end - 1]!.end, text: spanText(i, end), type: head.type, kind: head.kind, name, rule: `shape.head:${t.norm}`, section: s.section }, i, end);
      i = end - 1;
      continue;
    }
    // CamelCase product and system names: DigiD, MijnOverheid, iTrechter, WhatsApp
    if (t.text.length <= 14 && /^(?:[a-z]{1,3}[A-Z][a-z]|[A-Z][a-z]+[A-Z][a-z])[A-Za-z]*$/.test(t.text) && !isAllCaps(t.text)) {
      push({ start: t.start, end: t.end, text: t.text, type: "Programme", kind: null, name: t.text, rule: "shape.camel-case", section: s.section }, i, i + 1);
      continue;
    }
    // "UBR-crisisteam": a known acronym glued to an organisational noun
    const glued = t.text.includes("-") ? /^([\p{Lu}]{2,}(?:-[\p{Lu}]+)?)-(\p{Ll}+)$/u.exec(t.text) : null;
    if (glued && PATTERNS.orgNouns.has(glued[2]!)) {
      push({ start: t.start, end: t.end, text: t.text, type: "Organisation", kind: null, name: t.text, rule: "shape.acronym-org-noun", section: s.section }, i, i + 1);
    }
  }

  // a body the sentence says was set up: "een kennisgroep opgericht" (it is an actor from here on)
  if (FOUNDING_VERB.test(s.text)) {
    for (let i = 1; i < toks.length; i++) {
      if (taken[i] || toks[i - 1]!.norm !== "een" || !PATTERNS.groupNouns.has(toks[i]!.norm)) continue;
      push({ start: toks[i]!.start, end: toks[i]!.end, text: toks[i]!.text, type: "Organisation", kind: "group", name: toks[i]!.text.toLowerCase(), acronym: undefined, rule: "shape.founded-group", section: s.section }, i, i + 1);
    }
  }

  // quoted names: ‘Cloud Werkplek’, ‘Digitale Werkomgeving’
  for (const m of s.text.matchAll(/[‘'«“"]((?:\p{Lu}[\p{L}\-]*)(?: (?:\p{Lu}[\p{L}\-]*|van|voor|de|en)){0,4})[’'»”"]/gu)) {
    const start = s.start + m.index! + 1;
    const end = start + m[1]!.length;
    if (out.some((o) => o.start < end && start < o.end) || m[1]!.split(" ").length < 2) continue;
    // only names of things people use: ‘Cloud Werkplek’, not a quoted heading like ‘Digitale Autonomie’
    if (typeFromHead(m[1]!)?.type !== "Programme") continue;
    out.push({ start, end, text: m[1]!, type: "Programme", kind: null, name: m[1]!, rule: "shape.quoted-name", section: s.section });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Initials ("C. ", "C. (Cornelis) ") or a given name ("Cornelis van der Werf": a given name is followed by a
 * lower-case tussenvoegsel) right before a lexicon person's surname that contradict the lexicon person.
 */
function otherPersonBefore(text: string, toks: Token[], from: number, to: number, base: number, entry: { name: string; aliases?: string[] }):
  { start: number; fromToken: number; initials?: string; given?: string } | null {
  const surface = text.slice(toks[from]!.start - base, toks[to - 1]!.end - base);
  if (nameKey(surface) === nameKey(entry.name)) return null;
  const p = toks[from]!.start - base;
  const m = /(?:^|[\s(])((?:\p{Lu}\p{Ll}?\.){1,4})\s*(?:\((\p{Lu}\p{Ll}+)\)\s*)?$/u.exec(text.slice(Math.max(0, p - 30), p));
  let parts: { initials?: string; given?: string } | null = m ? { initials: m[1]!, ...(m[2] ? { given: m[2] } : {}) } : null;
  let start = m ? p - m[0].length + (m[0].length - m[0].trimStart().length) : -1;
  if (!parts && from > 1 && TUSSEN.has(toks[from]!.text)) {
    const g = toks[from - 1]!;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(g.text) && !PATTERNS.personTitles.has(g.norm) && !PATTERNS.notSurnames.has(g.norm) && /^\s+$/.test(text.slice(g.end - base, p))) {
      parts = { given: g.text };
      start = g.start - base;
    }
  }
  if (!parts || !personNamesConflict(parts, entry)) return null;
  const abs = base + start;
  const fromToken = toks.findIndex((t) => t.end > abs);
  return { start: abs, fromToken: fromToken < 0 ? from : Math.min(fromToken, from), ...parts };
}

function coordinatingTitle(t: Token): boolean {
  return PATTERNS.coordinatingTitles.has(t.norm) || (isCapitalised(t.text) && PATTERNS.partyTitleSuffixes.some((x) => t.norm.endsWith(x) && t.norm.length > x.length + 1));
}

/**
 * The names after the first one of a list a plural title governs: ", B", "en C", "& D".
 * Stops at the first member that is no surname shape; returns the token index after the list.
 */
function coordinatedNames(s: SentenceIn, toks: Token[], taken: boolean[], from: number, push: (m: RawMention, from: number, to: number) => void): number {
  let j = from;
  while (j < toks.length) {
    const gap = s.text.slice(toks[j - 1]!.end - s.start, toks[j]!.start - s.start);
    let k = j;
    if (toks[k]!.norm === "en" && /^\s+$/.test(gap)) k++;
    else if (!/^\s*,\s*$/.test(gap)) break;
    if (k >= toks.length || taken[k] || !isCapitalised(toks[k]!.text)) break;
    const end = personNameEnd(toks, k);
    if (end === null || taken.slice(k, end).some(Boolean) || PATTERNS.notSurnames.has(toks[k]!.norm) || PATTERNS.notSurnames.has(toks[end - 1]!.norm)) break;
    const text = s.text.slice(toks[k]!.start - s.start, toks[end - 1]!.end - s.start);
    push({ start: toks[k]!.start, end: toks[end - 1]!.end, text, type: "Person", kind: null, name: text, person: { surname: capitaliseTussen(text) }, rule: "person.coordinated", section: s.section }, k, end);
    j = end;
  }
  return j;
}

function stripArticle(s: string): string {
  return s.replace(/^(de|het|een)\s+/i, "");
}

function titleBefore(toks: Token[], i: number): boolean {
  const prev = toks[i - 1]?.norm;
  if (!prev) return false;
  if (PATTERNS.personTitles.has(prev)) return true;
  // "SGP-leden Bisschop", "VVD-Kamerlid Rajkowski"
  if (isCapitalised(toks[i - 1]!.text) && PATTERNS.partyTitleSuffixes.some((x) => prev.endsWith(x) && prev.length > x.length + 1)) return true;
  // "motie-Kathmann", "motie Kathmann c.s."
  return false;
}

/** "R.W. " or "A.C. van " right before position p. */
function initialsBefore(text: string, p: number): string | null {
  const m = /(?:^|[\s(])((?:\p{Lu}\.){1,4}(?:\p{Lu}\p{Ll}?\.)?\s?)$/u.exec(text.slice(Math.max(0, p - 16), p));
  return m ? m[1]! : null;
}

/** Extent of a Dutch surname starting at token i: tussenvoegsels, then one or two capitalised words. */
function personNameEnd(toks: Token[], i: number): number | null {
  let j = i;
  while (j < toks.length && TUSSEN.has(toks[j]!.norm) && j - i < 3) j++;
  if (j >= toks.length || !isCapitalised(toks[j]!.text) || isAllCaps(toks[j]!.text) || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(toks[j]!.text)) return null;
  j++;
  // double surnames: "Bruins Slot", "Six Dijkstra" only when the lexicon doesn't already know them; keep one word otherwise
  return j;
}

function capitaliseTussen(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "drs. A.P. Visser" → "A.P. Visser": academic titles are not part of a name. */
export function stripAcademicTitles(name: string): string {
  return name.replace(/^(?:(?:mr|drs|dr|ir|prof|ing|bc)\.?\s+)+/i, "");
}

/** "Alexandra van Huffelen" → surname "Van Huffelen", given "Alexandra"; "R.W. Knops" → initials "R.W.". */
export function splitPersonName(name: string): { surname: string; initials?: string; given?: string } {
  const parts = stripAcademicTitles(name).trim().split(/\s+/);
  let k = 0;
  let initials: string | undefined;
  if (parts[0] && /^(?:\p{Lu}\.)+/u.test(parts[0])) { initials = parts[0]; k = 1; }
  // the given name is the first word when followed by a tussenvoegsel or another capitalised word
  let given: string | undefined;
  if (!initials && parts.length > 1 && isCapitalised(parts[0]!) && !TUSSEN.has(parts[0]!.toLowerCase())) { given = parts[0]; k = 1; }
  const rest = parts.slice(k);
  if (rest.length === 0) return { surname: name };
  const surname = rest.join(" ");
  return { surname: capitaliseTussen(surname), initials, given };
}
