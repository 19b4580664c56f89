/**
 * Letters of the Algemene Rekenkamer answering the questions a Tweede Kamer
 * committee put about one of its reports. Known by several cues together
 * (its name, the DATUM/BETREFT/kenmerk letterhead, the salutation, the
 * covering sentence, the president/secretaris signatures, "Vraag N"
 * headings), never by one line. Works on text without line breaks (OCR):
 * every pattern is a row of rekenkamer-rules.json.
 */
import type { DocumentMeta } from "../model/extraction.ts";
import { parseDutchDate } from "./dutch-dates.ts";
import { AR_RULES, firstMatch, type GenreCue } from "./rekenkamer-rules.ts";
import { findRunInHeadings, segmentRunInQuestions } from "./run-in-questions.ts";
import { notesStart, type SegmentList } from "./segments.ts";
import { readAskers, sentenceSpan } from "./rekenkamer-askers.ts";
import { readSignatureBlock } from "./rekenkamer-signatures.ts";
import type { Header, HeaderPerson } from "./structure-schema.ts";

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

// ---------------------------------------------------------------- addressee

/** "De Voorzitter van de Tweede Kamer …" + "Geachte mevrouw Arib," → Arib, voorzitter of the Tweede Kamer. */
function addressedChair(recipient: Found, salutation: Found): HeaderPerson[] {
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

/** DATUM, kenmerk, BETREFT, addressee, salutation and the papers the letterhead cites. */
function readLetterhead(text: string, scope: number, header: Header, meta: DocumentMeta): { salutation: Found | null; bodyFloor: number } {
  const date = field(text, "date", 0, Math.min(scope, 4000));
  if (date) {
    meta.date = parseDutchDate(date.value);
    header.dateLine = { text: text.slice(date.start, date.end), date: meta.date, start: date.start, end: date.end };
  }
  const number = field(text, "number", 0, scope);
  // "12004308R" as the scan glued it is "12004308 R"
  if (number) meta.number = number.value.replace(/\s+/g, " ").replace(/(\d)R$/, "$1 R");
  const title = field(text, "title", 0, Math.min(scope, 4000));
  // the subject as written, without the trailing kamerstuk reference "(Tweede Kamer, vergaderjaar …, nr. 158)"
  if (title) meta.title = title.value.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/\s+/g, " ").replace(/\s*\((?:[^()]*\bnrs?\.?[^()]*|\d{2}\s?\d{2}D\s?\d+)\)\s*$/, "").trim();
  const recipient = field(text, "recipient", 0, scope);
  if (recipient) header.recipient = { text: recipient.value, start: recipient.start, end: recipient.end };
  const salutation = field(text, "salutation", 0, scope);
  if (salutation) header.salutation = { text: salutation.value, start: salutation.start, end: salutation.end };
  if (recipient && salutation) header.addressedChairs.push(...addressedChair(recipient, salutation));
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
  return { salutation, bodyFloor: salutation ? salutation.end + 1 : Math.max(date?.end ?? 0, title?.end ?? 0) };
}

const COVERING = AR_RULES.genreCues.find((r) => r.emits.cue === "covering")!;

export function parseRekenkamerLetter(text: string, header: Header, meta: DocumentMeta, list: SegmentList): void {
  const headings = findRunInHeadings(text);
  const firstQ = headings[0]?.start ?? text.length;
  const scope = Math.min(text.length, firstQ, HEAD_SCOPE);
  meta.kind = headings.length > 0 ? "vragenlijst" : "kamerbrief";
  const { bodyFloor } = readLetterhead(text, scope, header, meta);

  // the covering letter starts after the salutation; its first sentence names who asked
  header.askingBodies.push(...readAskers(text, bodyFloor, scope, bodyFloor));
  const covering = firstMatch(COVERING, text.slice(0, scope), bodyFloor);
  const coveringSpan = header.askingBodies[0]?.evidence ?? (covering ? sentenceSpan(text, covering.index, covering.index + covering[0].length, bodyFloor) : null);

  // the signature block follows the asker / covering phrase (a scan that lost the full stop runs the sentence into it)
  const anchor = Math.max(bodyFloor, ...header.askingBodies.map((b) => b.end), covering ? covering.index + covering[0].length : 0);
  const block = readSignatureBlock(text, anchor, Math.min(scope, Math.max(anchor, coveringSpan?.end ?? 0) + 900), "Algemene Rekenkamer");
  header.signers.push(...block.signers);
  if (coveringSpan && block.start > coveringSpan.start && block.start < coveringSpan.end) {
    let e = block.start;
    while (e > coveringSpan.start && /\s/.test(text[e - 1]!)) e--;
    coveringSpan.end = e;
    for (const b of header.askingBodies) b.evidence.end = Math.min(b.evidence.end, e);
  }

  // the Rekenkamer answers: named where it signs, else wherever the letterhead names it
  const orgSpan = block.organisation ?? (() => {
    const m = /\bAlgemene\s+Rekenkamer\b/.exec(text.slice(0, scope));
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  })();
  if (orgSpan && coveringSpan) {
    header.answeringBodies.push({ name: "Algemene Rekenkamer", ...orgSpan, evidence: coveringSpan, rule: covering ? COVERING.id : header.askingBodies[0]!.rule });
  }

  // segments: letterhead, covering letter, signature, annex heading, questions and answers
  const notesAt = notesStart(text, firstQ, text.length);
  const headEnd = coveringSpan?.start ?? bodyFloor;
  list.add("header", "header", 0, headEnd);
  if (block.start > headEnd && block.end > block.start) {
    list.add("body", "body", headEnd, block.start);
    list.add("signature", "signature", block.start, block.end);
  } else {
    list.add("body", "body", headEnd, Math.max(headEnd, coveringSpan?.end ?? headEnd));
  }
  const afterLetter = Math.max(headEnd, block.end, coveringSpan?.end ?? 0);
  if (headings.length > 0) {
    list.add("preamble", "preamble", afterLetter, firstQ);
    segmentRunInQuestions(text, headings, notesAt, list);
  } else {
    list.add("annex", "body", afterLetter, notesAt);
  }
  if (notesAt < text.length) list.add("notes", "footer", notesAt, text.length);
}
