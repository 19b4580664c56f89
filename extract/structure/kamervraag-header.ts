/**
 * The header of a Kamervraag read with the grammar of kamervraag-grammar.json,
 * on white-space-flattened text so that where a PDF wrapped a line no longer
 * matters: askers with parties (shared ones, "beiden D66", included), the
 * addressed offices, the answerers with ministries, "mede namens", the sender
 * of a postponement notice, the dates. Every span points into the text the
 * caller passed (the normalised document), not into the flat view.
 */
import { flatten, type FlatText } from "./flat-text.ts";
import { ABSENT, ARTICLE, CLAUSES, DISTRIBUTIVE, OFFICE, ON_BEHALF, PORTFOLIO, TOPIC, listWords, officeOf, type CompiledClause } from "./kamervraag-grammar.ts";
import { cleanPersonName, isKnownParty, looksLikeParty } from "./header-people.ts";
import { parseDutchDate } from "./dutch-dates.ts";
import type { HeaderOffice, HeaderPerson } from "./structure-schema.ts";

export interface KamervraagHeader {
  askers: HeaderPerson[];
  addressees: HeaderOffice[];
  answerers: HeaderPerson[];
  onBehalfOf: HeaderOffice[];
  notifiers: HeaderPerson[];
  submitted: string | null;
  answered: string | null;
  /** the subject after the addressees ("over het bericht …"), white space collapsed */
  title: string | null;
  /** end (in the source text) of the last header clause read; 0 when there was none */
  headerEnd: number;
}

interface Clause {
  row: CompiledClause;
  start: number;
  spanStart: number;
  spanEnd: number;
  untilEnd: number;
}

/** Every clause of every row, in text order: where its people span starts and ends. */
export function findClauses(flat: string): Clause[] {
  const out: Clause[] = [];
  for (const row of CLAUSES) {
    row.re.lastIndex = 0;
    for (const m of flat.matchAll(row.re)) {
      const spanStart = m.index + m[0].length;
      const window = flat.slice(spanStart, spanStart + 700);
      let best: RegExpExecArray | null = null;
      for (const u of row.untilRes) {
        const hit = u.exec(window);
        if (hit && (!best || hit.index < best.index)) best = hit;
      }
      if (!best) continue;
      const between = window.slice(0, best.index);
      if (row.stopRes.some((s) => s.test(between)) || (row.maxSpan !== undefined && between.length > row.maxSpan)) continue;
      out.push({ row, start: m.index, spanStart, spanEnd: spanStart + best.index, untilEnd: spanStart + best.index + best[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Split [from, to) of the flat text at top-level ", " and " en " (never inside
 * parentheses); with `splitBefore`, only where what follows matches it.
 */
function topLevelPieces(flat: string, from: number, to: number, splitBefore?: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let pieceStart = from;
  const push = (a: number, b: number) => {
    while (a < b && /[\s,]/.test(flat[a]!)) a++;
    while (b > a && /[\s,.;]/.test(flat[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    const c = flat[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sepLength = c === "," ? (flat[i + 1] === " " ? 2 : 1) : flat.startsWith(" en ", i) ? 4 : 0;
    if (sepLength === 0 || i + sepLength > to) continue;
    if (splitBefore && !splitBefore.test(flat.slice(i + sepLength, Math.min(to, i + sepLength + 60)))) continue;
    push(pieceStart, i);
    pieceStart = i + sepLength;
    i = pieceStart - 1;
  }
  push(pieceStart, to);
  return out;
}

/** Parenthesised groups at the end of [from, to); an unclosed "(" still opens a group ("Van der Burg (VVD aan"). */
function groupsAtEnd(flat: string, from: number, to: number): { headEnd: number; groups: Array<{ start: number; end: number }> } {
  const groups: Array<{ start: number; end: number }> = [];
  let end = to;
  for (;;) {
    while (end > from && flat[end - 1] === " ") end--;
    if (flat[end - 1] !== ")") break;
    const open = flat.lastIndexOf("(", end - 2);
    if (open < from) break;
    groups.unshift({ start: open + 1, end: end - 1 });
    end = open;
  }
  const unclosed = flat.lastIndexOf("(", end - 1);
  if (unclosed >= from && !flat.slice(unclosed, end).includes(")")) {
    groups.unshift({ start: unclosed + 1, end });
    end = unclosed;
  }
  while (end > from && flat[end - 1] === " ") end--;
  return { headEnd: end, groups };
}

/** Where the cleaned name starts and ends inside a written piece ("lid Inge van Dijk", "Kostic ´"). */
function nameBounds(written: string): { lead: number; trail: number } {
  const lead = /^(?:(?:het|de) )?(?:lid|leden) /i.exec(written)?.[0].length ?? 0;
  const kept = written.replace(/[^\p{L}.)'’]+$/u, "");
  return { lead, trail: written.length - kept.length };
}

const DISTRIBUTIVE_RE = new RegExp(`^${DISTRIBUTIVE} ?`, "u");

/** "Soepboer en Wingelaar (beiden Nieuw Sociaal Contract)", "Kröger , Thijssen (beiden GroenLinks-PvdA), Teunissen (PvdD)". */
export function readMembers(f: FlatText, from: number, to: number, rule: string, evidence: { start: number; end: number }): HeaderPerson[] {
  const flat = f.flat;
  const out: HeaderPerson[] = [];
  let waiting: HeaderPerson[] = [];
  for (const piece of topLevelPieces(flat, from, to)) {
    const { headEnd, groups } = groupsAtEnd(flat, piece.start, piece.end);
    const written = flat.slice(piece.start, headEnd);
    const name = cleanPersonName(written);
    if (!name) continue;
    const { lead, trail } = nameBounds(written);
    const person: HeaderPerson = {
      name, party: null, office: null, ministry: null, ...f.span(piece.start, piece.end),
      nameSpan: f.span(piece.start + lead, headEnd - trail), evidence, rule,
    };
    for (const g of groups) {
      let gs = g.start;
      const dist = DISTRIBUTIVE_RE.exec(flat.slice(gs, g.end));
      if (dist) gs += dist[0].length;
      const text = flat.slice(gs, g.end).trim();
      if (!person.party && looksLikeParty(text)) {
        person.party = text;
        person.partySpan = f.span(gs, gs + text.length);
      }
    }
    out.push(person);
    if (person.party) {
      // "(beiden X)" names the party of the bare names before it; so does a plain "(X)" after bare
      // names ("de leden Mutluer, Lahlah (GroenLinks-PvdA)"): a header never leaves a member without party
      for (const w of waiting) Object.assign(w, { party: person.party, partySpan: person.partySpan });
      waiting = [];
    } else {
      waiting.push(person);
    }
  }
  return out;
}

const OFFICE_AT = new RegExp(`^(?:${ARTICLE} ?)?(${OFFICE})(?![\\p{Ll}])`, "u");

/**
 * "Minister Veldkamp (Buitenlandse Zaken)", "Staatssecretaris Van Marum (BZK) en van Minister Hermans (KGG)":
 * office, name, ministry in parentheses. An office followed by lower-case "van"/"voor" names no person.
 */
export function readHolders(f: FlatText, from: number, to: number, rule: string, evidence: { start: number; end: number }): HeaderPerson[] {
  const flat = f.flat;
  const out: HeaderPerson[] = [];
  const beforeOffice = new RegExp(`^(?:(?:antwoord ?)?van ?)?(?:${ARTICLE} ?)?${OFFICE}(?![\\p{Ll}])`, "u");
  for (const piece of topLevelPieces(flat, from, to, beforeOffice)) {
    let s = piece.start;
    const lead = /^(?:antwoord ?)?van ?/i.exec(flat.slice(s, piece.end));
    if (lead) s += lead[0].length;
    const off = OFFICE_AT.exec(flat.slice(s, piece.end));
    if (!off) continue;
    const office = officeOf(off[1]!);
    let nameStart = s + off[0].length;
    while (flat[nameStart] === " ") nameStart++;
    const { headEnd, groups } = groupsAtEnd(flat, nameStart, piece.end);
    const written = flat.slice(nameStart, headEnd);
    if (/^(?:van|voor)(?:\s|$)/.test(written) || !/^\p{L}/u.test(written)) continue;
    const name = cleanPersonName(written);
    if (!name) continue;
    const { trail } = nameBounds(written);
    const person: HeaderPerson = {
      name, party: null, office: office?.office ?? off[1]!.toLowerCase(), ministry: null, ...f.span(piece.start, piece.end),
      nameSpan: f.span(nameStart, headEnd - trail), evidence, rule,
    };
    for (const g of groups) {
      const text = flat.slice(g.start, g.end).trim();
      if (!person.party && isKnownParty(text)) {
        person.party = text;
        person.partySpan = f.span(g.start, g.end);
      } else if (!person.ministry && text) {
        person.ministry = text.replace(/^(?:[Mm]inisterie\s+)?van\s+/, "");
        person.ministrySpan = f.span(g.end - person.ministry.length, g.end);
      }
    }
    out.push(person);
  }
  return out;
}

const ADDRESS_OFFICE = new RegExp(`^(?:, ?| ?en ?)?(?:aan ?)?(?:${ARTICLE} ?)?(${OFFICE})(?![\\p{Ll}])(?: ?en ?(?:${ARTICLE} ?)?(${OFFICE})(?![\\p{Ll}]))?`, "u");
const ADDRESS_MINISTRY = new RegExp(`^ ?(?:(van|voor) ?)?(${PORTFOLIO})`, "u");
const ADDRESS_MORE = new RegExp(`^(?:, ?| ?en ?)(?:en ?)?(?:(van|voor) ?)?(?=${PORTFOLIO})`, "u");
const ADDRESS_ABSENT = new RegExp(`^,? ?${ABSENT} ?(?:${ARTICLE} ?)?${OFFICE}(?![\\p{Ll}])(?: ?(?:van|voor) ?${PORTFOLIO})?,?`, "u");
// "over het …", also glued by the PDF: "overhet verdwijnen", "overde faillissementen"
const TOPIC_AT = new RegExp(`^,? ?${TOPIC}(?:(?![\\p{Ll}])|(?=(?:de|het|een|deze|dit)\\s)) ?`, "u");
const UNKNOWN_MINISTRY = /^ ?(van|voor) ([^,()]{3,80}?)(?= over |,| en (?:de |het )?\p{Lu}| \(ingezonden|$)/u;

const portfolioKey = (s: string) => s.toLowerCase().replace(/[\s,]+/g, "");
const PORTFOLIO_BY_KEY = new Map(listWords("portfolio").map((w) => [portfolioKey(w.word), w.word]));
/** "Volksgezondheid, Welzijn enSport" → "Volksgezondheid, Welzijn en Sport" (the list's spelling), else as written. */
function canonicalPortfolio(written: string): string {
  return PORTFOLIO_BY_KEY.get(portfolioKey(written)) ?? written;
}

/** "aan de Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sportover zorg …": offices, then where the subject starts. */
export function readAddressees(f: FlatText, from: number): { offices: HeaderOffice[]; topicStart: number } {
  const flat = f.flat;
  const offices: HeaderOffice[] = [];
  let i = from;
  while (flat[i] === " ") i++;
  for (let guard = 0; guard < 12; guard++) {
    const absent = ADDRESS_ABSENT.exec(flat.slice(i));
    if (absent && offices.length > 0) {
      i += absent[0].length;
      continue;
    }
    const o = ADDRESS_OFFICE.exec(flat.slice(i));
    if (!o) break;
    const officeStart = i + o[0].indexOf(o[1]!);
    const names = [o[1]!, o[2]].filter((x): x is string => !!x);
    i += o[0].length;
    const ministries: Array<{ text: string; start: number; end: number }> = [];
    let m = ADDRESS_MINISTRY.exec(flat.slice(i));
    if (!m) {
      const u = UNKNOWN_MINISTRY.exec(flat.slice(i));
      if (u && !/^(?:de|het)\s/.test(u[2]!)) m = u;
    }
    while (m) {
      const written = m[2]!.trim();
      const start = i + m[0].lastIndexOf(written);
      const text = canonicalPortfolio(written);
      const isPortfolio = m[1]?.toLowerCase() === "voor";
      ministries.push({ text: isPortfolio ? `voor ${text}` : text, start, end: start + written.length });
      i += m[0].length;
      const more = ADDRESS_MORE.exec(flat.slice(i));
      if (!more) break;
      const next = ADDRESS_MINISTRY.exec(flat.slice(i + more[0].length));
      if (!next) break;
      i += more[0].length;
      m = next;
    }
    for (const name of names) {
      const office = officeOf(name);
      const value = office?.plural ? office.office : name;
      if (ministries.length === 0) offices.push({ office: value, ministry: null, ...f.span(officeStart, i) });
      for (const mi of ministries) {
        const portfolio = mi.text.startsWith("voor ");
        offices.push({ office: portfolio ? `${office?.office ?? value} ${mi.text}` : value, ministry: portfolio ? null : mi.text, ...f.span(officeStart, mi.end) });
      }
    }
  }
  const topic = TOPIC_AT.exec(flat.slice(i));
  return { offices, topicStart: i + (topic ? topic[0].length : 0) };
}

/**
 * Where the header sentence of a clause ends, for its quote: past its date
 * parenthesis ("(ingezonden 24 oktober 2024).") when one follows in the same
 * sentence, else at the end of that sentence.
 */
function quoteEnd(flat: string, c: Clause, nextClause: number): number {
  const limit = Math.min(nextClause, c.untilEnd + 900);
  const tail = flat.slice(c.spanEnd, limit);
  const dated = /\( ?(?:ingezonden|ontvangen)[^)]{0,40}\)/.exec(tail);
  const sentence = /[.?!](?= \p{Lu}|$)/u.exec(flat.slice(c.untilEnd, limit));
  let end: number;
  if (dated && (!sentence || c.spanEnd + dated.index < c.untilEnd + sentence.index)) end = c.spanEnd + dated.index + dated[0].length;
  else end = sentence ? c.untilEnd + sentence.index : Math.min(limit, c.untilEnd);
  if (flat[end] === ".") end++;
  return end;
}

/** "Op 6 november jl. hebben …": the day the questions were put; without a year, the last such day before the notice. */
function retoldDate(flat: string, noticeDate: string | null): string | null {
  const m = /(?<![\p{L}])[Oo]p (\d{1,2} \p{L}+)( \d{4})?(?: jl\.)?,? hebben /u.exec(flat);
  if (!m) return null;
  if (m[2]) return parseDutchDate(m[1]! + m[2]);
  if (!noticeDate) return null;
  const year = Number(noticeDate.slice(0, 4));
  const same = parseDutchDate(`${m[1]} ${year}`);
  return same && same <= noticeDate ? same : parseDutchDate(`${m[1]} ${year - 1}`);
}

/** The first blank line after `pos` (or the end of the text). */
function paragraphEnd(text: string, pos: number): number {
  const m = /\n[ \t]*\n/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

const ON_BEHALF_RE = new RegExp(`,? ?${ON_BEHALF} ?`, "u");
const ON_BEHALF_AFTER = new RegExp(`^ ?${ON_BEHALF} ?`, "u");
const DATE_IN = (marker: string) => new RegExp(`\\( ?${marker} ?([^)]{4,40})\\)?`, "u");
const SUBMITTED = DATE_IN("ingezonden");
const RECEIVED = DATE_IN("ontvangen");

/**
 * The header facts of [from, to) of `text`. `text` is the normalised document;
 * `to` should end before the first question so that no answer is read as a header.
 */
export function readKamervraagHeader(text: string, from: number, to: number): KamervraagHeader {
  const f = flatten(text, from, to);
  const flat = f.flat;
  const result: KamervraagHeader = { askers: [], addressees: [], answerers: [], onBehalfOf: [], notifiers: [], submitted: null, answered: null, title: null, headerEnd: 0 };
  const clauses = findClauses(flat);
  for (const [k, c] of clauses.entries()) {
    const next = clauses.slice(k + 1).find((x) => x.start >= c.untilEnd)?.start ?? flat.length;
    const quote = f.span(c.start, quoteEnd(flat, c, next));
    // a header sentence never runs over a blank line (e-mail layouts end it without a full stop)
    quote.end = Math.min(quote.end, paragraphEnd(text, quote.start));
    if (c.row.part !== "body") result.headerEnd = Math.max(result.headerEnd, quote.end);
    if (c.row.emits === "askers" && result.askers.length === 0) {
      const people = readMembers(f, c.spanStart, c.spanEnd, c.row.id, quote);
      if (people.length === 0) continue;
      result.askers = people;
      // "… aan de Minister …" right after the askers, or after "schriftelijke vragen gesteld"
      const addressAt = /^aan/i.test(flat.slice(c.spanEnd)) ? c.spanEnd : /^ ?aan /i.test(flat.slice(c.untilEnd)) ? c.untilEnd : -1;
      if (addressAt >= 0) {
        const { offices, topicStart } = readAddressees(f, addressAt);
        result.addressees = offices;
        const topicEnd = [flat.indexOf("(ingezonden", topicStart), flat.indexOf("(ontvangen", topicStart)].filter((x) => x >= 0).sort((a, b) => a - b)[0] ?? flat.length;
        // the subject ends at its date, or at the end of its paragraph (e-mail layouts have no date after it)
        const srcEnd = Math.min(f.at(topicEnd), paragraphEnd(text, f.at(topicStart)));
        const title = text.slice(f.at(topicStart), srcEnd).replace(/\s+/g, " ").replace(/[\s.]+$/, "").trim();
        if (title.length >= 3 && topicStart < flat.length) result.title = title[0]!.toUpperCase() + title.slice(1);
      }
    } else if ((c.row.emits === "answerers" && result.answerers.length === 0) || (c.row.emits === "notifiers" && result.notifiers.length === 0)) {
      let holdersEnd = c.spanEnd;
      const behalf = ON_BEHALF_RE.exec(flat.slice(c.spanStart, c.spanEnd));
      if (behalf) {
        holdersEnd = c.spanStart + behalf.index;
        const { offices } = readAddressees(f, c.spanStart + behalf.index + behalf[0].length);
        result.onBehalfOf.push(...offices);
      }
      // "… (ontvangen 5 maart 2018). Mede namens de Staatssecretaris van Financiën."
      const end = quoteEnd(flat, c, next);
      const after = ON_BEHALF_AFTER.exec(flat.slice(end));
      if (after && !behalf) result.onBehalfOf.push(...readAddressees(f, end + after[0].length).offices);
      const people = readHolders(f, c.spanStart, holdersEnd, c.row.id, quote);
      if (c.row.emits === "answerers") result.answerers = people;
      else result.notifiers = people;
    }
  }
  const submitted = SUBMITTED.exec(flat);
  if (submitted) result.submitted = parseDutchDate(submitted[1]!);
  const received = RECEIVED.exec(flat);
  if (received) result.answered = parseDutchDate(received[1]!);
  // a notice without "(ingezonden …)": "Op 6 november jl. hebben de leden …" dates the questions
  if (!result.submitted && result.askers[0]?.rule === "kv.asked.postponed") result.submitted = retoldDate(flat, result.answered);
  return result;
}
