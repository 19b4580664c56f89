/**
 * Letters of the Algemene Rekenkamer answering the questions a Tweede Kamer
 * committee put about one of its reports. Known by several cues together
 * (its name, the DATUM/BETREFT/kenmerk letterhead, the salutation, the
 * covering sentence, the president/secretaris signatures, "Vraag N"
 * headings), never by one line. Works on text without line breaks (OCR):
 * every pattern is a row of rekenkamer-rules.json.
 */
import type { DocumentMeta } from "../model/extraction.ts";
import { splitSentences } from "../sentences/split-sentences.ts";
import { parseDutchDate } from "./dutch-dates.ts";
import { AR_RULES, firstMatch, type GenreCue } from "./rekenkamer-rules.ts";
import { findRunInHeadings, segmentRunInQuestions } from "./run-in-questions.ts";
import { notesStart, type SegmentList } from "./segments.ts";
import type { AskingBody, Header, HeaderPerson } from "./structure-schema.ts";

/** Letterhead, covering letter and signatures sit in the first part of the letter. */
const HEAD_SCOPE = 8000;

export interface GenreReading {
  cues: GenreCue[];
  /** ids of the cue rows that fired */
  rules: string[];
  accepted: boolean;
}

/**
 * Several independent cues must agree: the Rekenkamer's name, plus its
 * signature or covering sentence, plus at least three kinds of cue in all
 * besides the name.
 */
export function readRekenkamerGenre(text: string): GenreReading {
  const head = text.slice(0, HEAD_SCOPE);
  const cues = new Set<GenreCue>();
  const rules: string[] = [];
  for (const row of AR_RULES.genreCues) {
    if (firstMatch(row, head)) {
      cues.add(row.emits.cue);
      rules.push(row.id);
    }
  }
  const others = [...cues].filter((c) => c !== "organisation");
  const accepted = cues.has("organisation") && (cues.has("signature") || cues.has("covering")) && others.length >= 3;
  return { cues: [...cues], rules, accepted };
}

/** The document kind of an accepted letter: with "Vraag N" blocks it is a list of questions and answers. */
export function rekenkamerLetterKind(text: string): DocumentMeta["kind"] | null {
  if (!readRekenkamerGenre(text).accepted) return null;
  return findRunInHeadings(text).length > 0 ? "vragenlijst" : "kamerbrief";
}

const dossierKey = (digits: string, suffix: string | undefined): string => digits.replace(/\s/g, "") + (suffix ? `-${suffix}` : "");

interface Found { value: string; start: number; end: number; rule: string }

/** The first row (in file order) for this field that matches: a labelled field wins over its unlabelled shape. */
function field(text: string, name: string, from = 0, to = text.length): Found | null {
  for (const row of AR_RULES.headFields) {
    if (row.emits.field !== name) continue;
    const m = firstMatch(row, text.slice(0, to), from);
    if (!m) continue;
    const value = m.groups?.value ?? m[0];
    const start = m.index + m[0].indexOf(value);
    return { value, start, end: start + value.length, rule: row.id };
  }
  return null;
}

/** A quote longer than this is a scan that lost its full stops: cut it down around the match. */
const MAX_QUOTE = 500;

/**
 * The sentence of [start, end), never reaching back before `floor` (the end of the salutation). When the
 * scan lost the sentence's boundaries, the quote starts at the covering sentence's "Hierbij" (or shortly
 * before the match) and ends shortly after it, at a word boundary.
 */
function sentenceSpan(text: string, start: number, end: number, floor: number): { start: number; end: number } {
  const from = Math.max(floor, start - 1500);
  let span = { start, end };
  for (const s of splitSentences(text.slice(from, Math.min(text.length, end + 1500)), from)) {
    if (s.start <= start && start < s.end) { span = { start: Math.max(s.start, floor), end: Math.max(s.end, end) }; break; }
  }
  // the covering sentence opens with "Hierbij": letterhead text before it is a lost full stop, not part of the quote
  const opener = text.lastIndexOf("Hierbij", start);
  if (opener > span.start && start - opener < 300) span.start = opener;
  if (span.end - span.start <= MAX_QUOTE) return span;
  const a = opener >= span.start && start - opener < 300 ? opener : Math.max(span.start, text.lastIndexOf(" ", Math.max(span.start, start - 150)) + 1);
  const cut = text.indexOf(" ", Math.min(span.end, end + 200));
  return { start: a, end: cut < 0 || cut > span.end ? span.end : cut };
}

// ---------------------------------------------------------------- signatures

const TITLE = String.raw`(?:(?:drs|dr|mr|ir|prof|ing)\.?\s*)*`;
/** "A.P.", "F.Ch.", and as the scan wrote them: "MA." (dot lost), "M.A," / "MA," (comma for dot) */
const INITIALS = String.raw`(?:(?:\p{Lu}\p{Ll}?\.\s?){1,5}(?:\p{Lu},\s?)?|\p{Lu}{2,3}[.,]\s?)`;
const GIVEN = String.raw`\p{Lu}\p{Ll}+`;
const SURNAME = String.raw`(?:(?:van|de|der|den|ter|ten|het)\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const SUFFIX = String.raw`(?:\s+(?:RA|MGA|RE|RC|MBA|MPA))*`;
/** "drs. A.P. (Arno) Visser", "dr. Ellen M.A. van Schoten RA", "Cornelis van der Werf", "drs. F.Ch. (Francine) Giskes" */
const SIGNER = new RegExp(
  String.raw`(?<![\p{L}.])${TITLE}(?:(?<initials>${INITIALS})\s*(?:\((?<pgiven>${GIVEN})\)\s*)?(?:(?<igiven>${GIVEN})\s+(?=\p{L}))?|(?<given>${GIVEN})\s+(?:(?<ginitials>${INITIALS})\s*)?)(?<surname>${SURNAME})${SUFFIX}(?=\s*,|\s*\n|\s+(?:wnd\.?\s+)?(?:president|secretaris)\b)`,
  "gu",
);
const ROLE = /\b(?:(?:wnd|wncl|waarnemend)\.?\s+)?(?:president|secretaris)\b/g;
const SEPARATOR_ONLY = /^[\s,.'‘’*\\/|—-]{0,6}$/;
const NOT_GIVEN = new Set(["Ministerie", "Minister", "Staatssecretaris", "Commissie", "Algemene", "Rekenkamer", "Tweede", "Kamer", "Hierbij", "Geachte", "Beantwoording", "Antwoorden", "Postbus", "Lange"]);

interface Item { kind: "person" | "role"; start: number; end: number; text: string; m?: RegExpExecArray }

function personOf(m: RegExpExecArray): HeaderPerson["parts"] & object {
  const g = m.groups!;
  const initials = (g.initials ?? g.ginitials)?.replace(/\s+/g, "");
  const given = g.pgiven ?? g.given ?? g.igiven;
  return { surname: g.surname!.replace(/\s+/g, " "), ...(initials ? { initials } : {}), ...(given ? { given } : {}) };
}

/**
 * Names and roles of the signature block in order; a role directly after a
 * name is that name's, and "N1, N2, president secretaris" pairs in order.
 */
export function readSignatures(text: string, from: number, to: number, organisation: string): HeaderPerson[] {
  const region = text.slice(from, to);
  const items: Item[] = [];
  for (const m of region.matchAll(SIGNER)) {
    const g = m.groups!;
    if (g.given && NOT_GIVEN.has(g.given)) continue;
    items.push({ kind: "person", start: from + m.index, end: from + m.index + m[0].length, text: m[0], m });
  }
  for (const m of region.matchAll(ROLE)) {
    const start = from + m.index;
    if (items.some((x) => x.start <= start && start < x.end)) continue;
    items.push({ kind: "role", start, end: start + m[0].length, text: m[0] });
  }
  items.sort((a, b) => a.start - b.start);
  // runs of names followed by runs of roles: as many of each pair in order ("N1, N2, president secretaris");
  // otherwise the role next to a name is that name's ("Stuiveling, dr. Ellen van Schoten RA, secretaris")
  const pairs: Array<[Item, Item]> = [];
  // a run is compact: only separators between its items ("Visser, drs. C. van der Werf, president secretaris")
  const next = (i: number, kind: Item["kind"], run: Item[]) =>
    i < items.length && items[i]!.kind === kind && (run.length === 0 || SEPARATOR_ONLY.test(text.slice(run[run.length - 1]!.end, items[i]!.start)));
  for (let i = 0; i < items.length; ) {
    const names: Item[] = [];
    while (next(i, "person", names)) names.push(items[i++]!);
    const roles: Item[] = [];
    while (next(i, "role", roles)) roles.push(items[i++]!);
    if (names.length === 0 && roles.length === 0) { i++; continue; }
    // only when the roles follow the names directly: OCR drops names and roles, and a far role belongs to a name it lost
    if (names.length === 0 || roles.length === 0 || !SEPARATOR_ONLY.test(text.slice(names[names.length - 1]!.end, roles[0]!.start))) continue;
    if (names.length === roles.length) names.forEach((n, k) => pairs.push([n, roles[k]!]));
    else pairs.push([names[names.length - 1]!, roles[0]!]);
  }
  pairs.sort((x, y) => x[0].start - y[0].start);
  const out: HeaderPerson[] = [];
  for (const [p, r] of pairs) {
    const roleText = r.text.toLowerCase();
    const row = AR_RULES.signatureRoles.find((x) => firstMatch(x, roleText));
    if (!row) continue;
    const relation = row.emits.relation === "CHAIRS" || row.emits.relation === "EMPLOYED_BY" ? row.emits.relation : undefined;
    out.push({ name: p.text.trim(), party: null, office: roleText.replace(/\s+/g, " "), ministry: organisation, start: p.start, end: r.end,
      parts: personOf(p.m!), relation, rule: row.id });
  }
  return out;
}

// ---------------------------------------------------------------- askers

const PLURAL_HEAD = /^(?:(?:vaste|algemene)\s+)?(?:kamer)?commissies\b/i;
/** "de commissie voor de Rijksuitgaven en de vaste commissies voor Financiën": one piece per head */
const NEXT_HEAD = /(?:\s+en|,?\s+alsmede|,)\s+(?:de\s+)?(?=(?:(?:vaste|algemene)\s+)?(?:kamer)?commissies?\b|voor\s)/gi;

function askingPieces(who: string, whoStart: number, evidence: { start: number; end: number }, rule: string): AskingBody[] {
  const out: AskingBody[] = [];
  let last = 0;
  const cut = (a: number, b: number) => {
    const raw = who.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/[,\s]+$/, "");
    if (!/\p{L}{3}/u.test(t)) return;
    // "… en voor de Rijksuitgaven" borrows the head of the piece before it
    const kind: AskingBody["kind"] = PLURAL_HEAD.test(t) ? "committees" : "committee";
    out.push({ text: t, kind, start: whoStart + a + lead, end: whoStart + a + lead + t.length, evidence, rule });
  };
  for (const m of who.matchAll(NEXT_HEAD)) {
    cut(last, m.index);
    last = m.index + m[0].length;
  }
  cut(last, who.length);
  return out;
}

function readAskers(text: string, from: number, to: number, floor: number): AskingBody[] {
  const scope = text.slice(0, to);
  for (const row of AR_RULES.askers) {
    const m = firstMatch(row, scope, from);
    if (!m) continue;
    const who = m.groups?.who ?? m.groups?.who2;
    if (!who) continue;
    const whoStart = m.index + m[0].indexOf(who);
    const evidence = sentenceSpan(text, m.index, m.index + m[0].length, floor);
    if (row.emits.who === "tweede-kamer") {
      return [{ text: who, kind: "house", start: whoStart, end: whoStart + who.length, evidence, rule: row.id }];
    }
    const pieces = askingPieces(who, whoStart, evidence, row.id);
    if (pieces.length > 0) return pieces;
  }
  return [];
}

// ---------------------------------------------------------------- addressee

/** "De Voorzitter van de Tweede Kamer …" + "Geachte mevrouw Arib," → Arib, voorzitter of the Tweede Kamer. */
function addressedChair(text: string, recipient: Found, salutation: Found): HeaderPerson[] {
  const named = /^Geachte\s+(?:mevrouw|heer)\s+(.+)$/.exec(salutation.value);
  if (!named) return [];
  for (const row of AR_RULES.addressee) {
    const m = firstMatch(row, recipient.value);
    if (!m) continue;
    const start = salutation.start + salutation.value.length - named[1]!.length;
    return [{ name: named[1]!, party: null, office: row.emits.office, ministry: `${m.groups!.house} Kamer`, start, end: salutation.end,
      parts: { surname: named[1]! }, relation: row.emits.relation, rule: row.id, evidence: { start: salutation.start, end: salutation.end + 1 } }];
  }
  return [];
}

// ---------------------------------------------------------------- the letter

const ORGANISATION = /\bAlgemene\s+Rekenkamer\b/g;

export function parseRekenkamerLetter(text: string, header: Header, meta: DocumentMeta, list: SegmentList): void {
  const headings = findRunInHeadings(text);
  const firstQ = headings[0]?.start ?? text.length;
  const scope = Math.min(text.length, firstQ, HEAD_SCOPE);
  meta.kind = headings.length > 0 ? "vragenlijst" : "kamerbrief";

  const date = field(text, "date", 0, Math.min(scope, 4000));
  if (date) {
    meta.date = parseDutchDate(date.value);
    header.dateLine = { text: text.slice(date.start, date.end), date: meta.date, start: date.start, end: date.end };
  }
  const number = field(text, "number", 0, scope);
  if (number) meta.number = number.value.replace(/\s+/g, " ").replace(/(\d)R$/, "$1 R");
  const title = field(text, "title", 0, Math.min(scope, 4000));
  if (title) meta.title = title.value.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/\s+/g, " ").replace(/\s*\((?:[^()]*\bnrs?\.?[^()]*|\d{2}\s?\d{2}D\s?\d+)\)\s*$/, "").trim();
  const recipient = field(text, "recipient", 0, scope);
  if (recipient) header.recipient = { text: recipient.value, start: recipient.start, end: recipient.end };
  const salutation = field(text, "salutation", 0, scope);
  if (salutation) header.salutation = { text: salutation.value, start: salutation.start, end: salutation.end };
  if (recipient && salutation) header.addressedChairs.push(...addressedChair(text, recipient, salutation));
  const kamerstukRow = AR_RULES.headFields.find((r) => r.emits.field === "kamerstuk")!;
  kamerstukRow.re.lastIndex = 0;
  for (const m of text.slice(0, scope).matchAll(kamerstukRow.re)) {
    const ref = /^(\d{2}\s?\d{3})(?:[ -]([A-Z]{1,5}))?,?\s+nrs?\.?\s*(\d{1,4})$/.exec(m.groups!.value!);
    if (!ref) continue;
    const dossier = dossierKey(ref[1]!, ref[2]);
    if (header.kamerstukken.some((k) => k.dossier === dossier && k.number === ref[3])) continue;
    header.kamerstukken.push({ text: m.groups!.value!, dossier, number: ref[3]!, start: m.index, end: m.index + m[0].length });
  }
  meta.dossier = header.kamerstukken[0]?.dossier ?? null;

  // the covering letter starts after the salutation; its first sentence names who asked
  const bodyStart = salutation ? salutation.end + 1 : Math.max(date?.end ?? 0, title?.end ?? 0);
  header.askingBodies.push(...readAskers(text, bodyStart, scope, bodyStart));
  const covering = firstMatch(AR_RULES.genreCues.find((r) => r.emits.cue === "covering")!, text.slice(0, scope), bodyStart);
  const coveringSpan = header.askingBodies[0]?.evidence ?? (covering ? sentenceSpan(text, covering.index, covering.index + covering[0].length, bodyStart) : null);

  // the signature block: "Algemene Rekenkamer drs. A.P. (Arno) Visser, president … secretaris"; the organisation
  // is the "Algemene Rekenkamer" just before the first signer (the covering letter may name it in a sentence too)
  // (searched from the asker / covering phrase on: a scan that lost the full stop runs the sentence into the signature)
  const anchor = Math.max(bodyStart, ...header.askingBodies.map((b) => b.end), covering ? covering.index + covering[0].length : 0);
  const sigFrom = anchor;
  const sigTo = Math.min(scope, Math.max(anchor, coveringSpan?.end ?? 0) + 900);
  const orgs = [...text.slice(sigFrom, sigTo).matchAll(ORGANISATION)].map((m) => ({ start: sigFrom + m.index, end: sigFrom + m.index + m[0].length }));
  const signers = readSignatures(text, sigFrom, sigTo, "Algemene Rekenkamer").filter((p) => !orgs.some((o) => o.start < p.end && p.start < o.end));
  const firstSigner = signers[0]?.start ?? sigTo;
  const org = [...orgs].reverse().find((o) => o.end <= firstSigner && firstSigner - o.end <= 120) ?? (signers.length === 0 && orgs[0] && orgs[0].start - sigFrom <= 40 ? orgs[0] : null);
  const sigStart = org?.start ?? signers[0]?.start ?? -1;
  const sigEnd = signers.length > 0 ? signers[signers.length - 1]!.end : org?.end ?? -1;
  for (const p of signers) p.evidence = { start: sigStart, end: sigEnd };
  // the covering sentence ends where the signature starts
  if (coveringSpan && sigStart > coveringSpan.start && sigStart < coveringSpan.end) {
    let e = sigStart;
    while (e > coveringSpan.start && /\s/.test(text[e - 1]!)) e--;
    coveringSpan.end = e;
    for (const b of header.askingBodies) b.evidence.end = Math.min(b.evidence.end, e);
  }
  header.signers.push(...signers);

  // the Rekenkamer answers: named where it signs, else wherever the letterhead names it
  const orgSpan = org ?? (() => {
    const m = /\bAlgemene\s+Rekenkamer\b/.exec(text.slice(0, scope));
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  })();
  const coveringRule = AR_RULES.genreCues.find((r) => r.emits.cue === "covering")!.id;
  if (orgSpan && coveringSpan) {
    header.answeringBodies.push({ name: "Algemene Rekenkamer", ...orgSpan, evidence: coveringSpan, rule: covering ? coveringRule : header.askingBodies[0]!.rule });
  }

  // segments: letterhead, covering letter, signature, annex heading, questions and answers
  const notesAt = notesStart(text, firstQ, text.length);
  const headEnd = coveringSpan?.start ?? bodyStart;
  list.add("header", "header", 0, headEnd);
  if (sigStart > headEnd && sigEnd > sigStart) {
    list.add("body", "body", headEnd, sigStart);
    list.add("signature", "signature", sigStart, sigEnd);
  } else {
    list.add("body", "body", headEnd, Math.max(headEnd, coveringSpan?.end ?? headEnd));
  }
  const afterLetter = Math.max(headEnd, sigEnd, coveringSpan?.end ?? 0);
  if (headings.length > 0) {
    list.add("preamble", "preamble", afterLetter, firstQ);
    segmentRunInQuestions(text, headings, notesAt, list);
  } else {
    list.add("annex", "body", afterLetter, notesAt);
  }
  if (notesAt < text.length) list.add("notes", "footer", notesAt, text.length);
}
