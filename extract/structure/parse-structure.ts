/**
 * Stage 2 of extraction: read the frame of a (normalised) document — meta,
 * header facts, segments. Pure and total: any input yields a Structure;
 * layouts it does not know become kind 'unknown' with one body segment.
 */
import type { DocumentMeta, Segment } from "../model/extraction.ts";
import { detectKind, type DocumentKind } from "./detect-kind.ts";
import { findDutchDates, parseDutchDate } from "./dutch-dates.ts";
import { parseOfficeList, parsePersonList, parsePluralOffices } from "./header-people.ts";
import { readKamervraagHeader } from "./kamervraag-header.ts";
import { findSignatures } from "./letter-signature.ts";
import { findNumberedQuestions, findQuestionParagraphs } from "./numbered-questions.ts";
import { findHeadings, notesStart, paragraphEnd, SegmentList, segmentByHeadings, segmentByParagraphs, type Heading } from "./segments.ts";
import { parseRekenkamerLetter, readRekenkamerGenre } from "./rekenkamer-letter.ts";
import { emptyHeader, type Header, type HeaderPerson, type Structure } from "./structure-schema.ts";

export interface ParseOptions {
  /** page furniture the normaliser dropped (its `dropped[].text`): headers carry dossier and number */
  furniture?: readonly string[];
}

/** Line containing `pos`: [start, end) without the line break. */
function lineAt(text: string, pos: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  let end = text.indexOf("\n", pos);
  if (end < 0) end = text.length;
  return { start, end, text: text.slice(start, end) };
}

/** Next non-blank line after the line ending at `from`. */
function nextLine(text: string, from: number): { start: number; end: number; text: string } | null {
  let k = from;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  if (k >= text.length) return null;
  return lineAt(text, k);
}

const LOWER_WORDS = new Set(["van", "de", "der", "den", "en", "het", "voor", "in", "op", "over", "aan", "met", "te", "tot", "inzake"]);

/** "BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN" → "Brief van de Minister van Binnenlandse Zaken". */
function fromAllCaps(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i === 0 || !LOWER_WORDS.has(w) ? w.replace(/^\p{L}/u, (c) => c.toUpperCase()) : w))
    .join("");
}

const dossierKey = (digits: string, suffix: string | undefined): string => digits.replace(/\s/g, "") + (suffix ? `-${suffix}` : "");

// ---------------------------------------------------------------- kamervraag

/** Where the paragraph containing `pos` ends (a blank line), for subjects that run to the end of their paragraph. */
const paragraphStop = (text: string) => (pos: number): number => {
  const m = /\n[ \t]*\n/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
};

/**
 * Question headings of a Kamervraag: "Vraag N" / "Antwoord N" when printed;
 * otherwise numbered questions ("1.", "1"); otherwise, after the header,
 * every paragraph that asks something.
 */
function kamervraagHeadings(text: string, headerEnd: number): Heading[] {
  const headings = findHeadings(text);
  if (headings.some((h) => h.kind === "question")) return headings;
  const numbered = findNumberedQuestions(text, headerEnd, text.length);
  const others = headings.filter((h) => h.start >= headerEnd || h.kind === "notice");
  if (numbered.length > 0) return [...numbered, ...others].sort((a, b) => a.start - b.start);
  if (others.some((h) => h.kind === "answer")) return others;
  return [...findQuestionParagraphs(text, headerEnd, notesStart(text, headerEnd, text.length)), ...others].sort((a, b) => a.start - b.start);
}

const LETTER_DATE = /^[ \t]*(?:Datum:?|(?:Den Haag|'s-Gravenhage|’s-Gravenhage),?)[ \t]*(?:\n[ \t]*)?(\d{1,2}\s+\p{L}+\s*\d{4})[ \t]*$/mu;
const IN_ANSWER_TO = /[Ii]n (?:het )?antwoord op uw brief van (\d{1,2}\s+\p{L}+\s*\d{4})/u;

/** The cover letter of a ministry's answers: the signer answers; the letter's date and the date of the Kamer's letter. */
function readAnswerLetter(text: string, to: number, header: Header, meta: DocumentMeta): void {
  const signatures = findSignatures(text, 0, to);
  if (signatures.length === 0) return;
  for (const sig of signatures) {
    header.answerers.push({ ...sig.signer, rule: "letter.signature" });
    header.onBehalfOf.push(...sig.onBehalfOf);
  }
  const dated = LETTER_DATE.exec(text.slice(0, to));
  if (dated) meta.date ??= parseDutchDate(dated[1]!);
  const asked = IN_ANSWER_TO.exec(text.slice(0, to).replace(/\s+/g, " "));
  if (asked) meta.submitted ??= parseDutchDate(asked[1]!);
}

function parseKamervraag(text: string, header: Header, meta: DocumentMeta, list: SegmentList): void {
  const printed = findHeadings(text);
  const firstPrinted = printed.find((h) => h.kind !== "notice")?.start ?? text.length;
  const grammarEnd = Math.min(firstPrinted, 6000);
  const head = text.slice(0, grammarEnd);

  // web layout ----------------------------------------------------------
  const web = /^\s*Kamervraag\s+(\d{4}Z\d{5})[^\n]*\n+([^\n]+)/.exec(head);
  if (web) {
    meta.number = web[1]!;
    meta.title = web[2]!.trim();
  }
  const line = (re: RegExp) => re.exec(head);
  const ingediend = line(/^Ingediend\s+([^\n]+)/m);
  if (ingediend) meta.submitted = parseDutchDate(ingediend[1]!);
  const beantwoord = line(/^Beantwoord\s+(\d[^\n]*)/m);
  if (beantwoord) meta.date = parseDutchDate(beantwoord[1]!);
  for (const m of head.matchAll(/^(?:Mede-?i|I)ndieners?\s+([^\n]+)/gm)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    header.askers.push(...parsePersonList(m[1]!, listStart));
  }
  for (const m of head.matchAll(/^Beantwoord door\s+([^\n]+)/gm)) {
    header.answerers.push(...parsePersonList(m[1]!, m.index + m[0].length - m[1]!.length));
  }
  const onderwerpen = line(/^Onderwerpen\s+([^\n]+)/m);
  if (onderwerpen) header.subjects.push(...onderwerpen[1]!.trim().split(/\s+/));
  for (const m of head.matchAll(/^Bron (\p{L}+)\s+(\S+)/gmu)) {
    header.sources.push({ label: m[1]!, url: m[2]!, start: m.index, end: m.index + m[0].length });
  }

  // Aanhangsel, question-only, AH drafts, e-mail, oral, notices: the header grammar
  let headerEnd = web ? firstPrinted : 0;
  if (!web) {
    const kv = readKamervraagHeader(text, 0, grammarEnd);
    header.askers.push(...kv.askers);
    header.addressees.push(...kv.addressees);
    header.answerers.push(...kv.answerers);
    header.notifiers.push(...kv.notifiers);
    header.onBehalfOf.push(...kv.onBehalfOf);
    if (kv.title && !meta.title) meta.title = kv.title;
    meta.submitted ??= kv.submitted;
    meta.date ??= kv.answered;
    // questions not (yet) answered: the text's own date is the day they were submitted
    if (kv.answerers.length === 0 && kv.notifiers.length === 0) meta.date ??= kv.submitted;
    headerEnd = kv.headerEnd;
    // the header runs to the end of its paragraph ("Zie ook Aanhangsel Handelingen …, nr. 461")
    if (headerEnd > 0) headerEnd = Math.min(firstPrinted, paragraphStop(text)(headerEnd));
  }
  // a minister's letter that answers Kamervragen: signed, dated, "In antwoord op uw brief van <date>"
  if (!web && header.answerers.length === 0 && header.notifiers.length === 0) readAnswerLetter(text, Math.min(firstPrinted, 8000), header, meta);
  meta.number ??= /\b(\d{4}Z ?\d{5})\b/.exec(text)?.[1]?.replace(" ", "") ?? /\b(ah-tk-\d{8}-\d+)\b/.exec(text)?.[1] ?? null;

  const headings = web ? printed : kamervraagHeadings(text, headerEnd);
  const firstHeading = headings.find((h) => h.kind !== "notice")?.start ?? text.length;
  const headEnd = web || firstHeading < text.length ? firstHeading : headerEnd;

  // Notices name the askers with parties: "de schriftelijke vragen van het lid Leijten (SP)"
  for (const h of headings.filter((x) => x.kind === "notice")) {
    const end = Math.min(text.length, h.contentStart + 2000);
    const kv = readKamervraagHeader(text, h.contentStart, end);
    header.askers.push(...kv.askers.filter((p) => p.party));
    header.onBehalfOf.push(...kv.onBehalfOf);
    const mede = /mede namens (de [^,.]{3,120}?)(?:,|\.| mede\b)/i.exec(text.slice(h.contentStart, end));
    if (mede && kv.onBehalfOf.length === 0) header.onBehalfOf.push(...parseOfficeList(mede[1]!, h.contentStart + mede.index + mede[0].indexOf(mede[1]!)));
  }

  // segments -----------------------------------------------------------
  const footerAt = /\n(?:Kamervraag document nummer|Kamerantwoord document nummer):/.exec(text);
  let to = footerAt ? footerAt.index + 1 : text.length;
  to = Math.min(to, notesStart(text, headEnd, to));
  list.add("header", "header", 0, headEnd);
  // a text that asks and is not (yet) answered: every question block is question only
  const questionsOnly = !web && header.answerers.length === 0 && !headings.some((h) => h.kind === "answer");
  if (headings.some((h) => h.start >= headEnd && h.start < to)) segmentByHeadings(text, headings, headEnd, to, list, questionsOnly);
  // a postponement notice ("Mededeling van …") or a bare text: its body is one segment
  else list.add(header.notifiers.length > 0 ? "notice" : "body", header.notifiers.length > 0 ? "notice" : "body", headEnd, to);
  if (to < text.length) list.add(footerAt && footerAt.index + 1 === to ? "footer" : "notes", "footer", to, text.length);
}

// ---------------------------------------------------------------- kamerbrief

const ROLE_WORDS = /^(president|secretaris|voorzitter|directeur|collegelid|lid|vicevoorzitter|secretaris-generaal|directeur-generaal)$/i;

function parseSignatures(text: string, from: number, to: number, header: Header): { start: number; end: number } | null {
  const region = text.slice(from, to);
  let start = -1;
  let end = -1;
  // "De Minister van X,\nName", wrapped or not (letter-signature.ts)
  for (const sig of findSignatures(text, from, to)) {
    header.signers.push(sig.signer);
    header.onBehalfOf.push(...sig.onBehalfOf);
    if (start < 0) start = sig.signer.start;
    end = Math.max(end, sig.signer.end);
  }
  // "Hoogachtend,\nAlgemene Rekenkamer\n\ndrs. A.P. Visser\npresident\n\ndrs. C. Vendrik\nsecretaris"
  const closing = /(?:^|\n)(Hoogachtend|Met vriendelijke groet(?:en)?|Met de meeste hoogachting),?[ \t]*\n/.exec(region);
  if (closing && header.signers.length === 0) {
    const blockStart = from + closing.index + (closing[0].startsWith("\n") ? 1 : 0);
    const lines: Array<{ start: number; end: number; text: string }> = [];
    let k = blockStart + closing[0].trimStart().length;
    while (lines.length < 10) {
      const nl = nextLine(text, k);
      if (!nl || nl.start >= to || nl.text.length > 80 || /[.?!]$/.test(nl.text.trim()) && !/\b[A-Z]\.$/.test(nl.text.trim())) break;
      lines.push(nl);
      k = nl.end;
    }
    let organisation: string | null = null;
    let blockEnd = blockStart + closing[0].trimStart().length;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const t = l.text.trim().replace(/,$/, "");
      const inlineRole = /^(.+?)[,\s]+(president|secretaris|voorzitter|directeur|collegelid|vicevoorzitter|secretaris-generaal|directeur-generaal)$/i.exec(t);
      const nextRole = lines[i + 1] && ROLE_WORDS.test(lines[i + 1]!.text.trim().replace(/,$/, "")) ? lines[i + 1]! : null;
      if (inlineRole && /^(?:\p{L}+\.\s*)*(?:\p{Lu}\.)+\s*\p{L}/u.test(inlineRole[1]!)) {
        header.signers.push({ name: inlineRole[1]!.trim(), party: null, office: inlineRole[2]!.toLowerCase(), ministry: organisation, start: l.start, end: l.end });
        blockEnd = l.end;
      } else if (nextRole) {
        header.signers.push({ name: t, party: null, office: nextRole.text.trim().replace(/,$/, "").toLowerCase(), ministry: organisation, start: l.start, end: nextRole.end });
        blockEnd = nextRole.end;
        i++;
      } else if (!organisation && header.signers.length === 0) {
        organisation = t;
        blockEnd = l.end;
      } else if (header.signers.length === 0 && lines.length === i + 1) {
        header.signers.push({ name: t, party: null, office: null, ministry: organisation, start: l.start, end: l.end });
        blockEnd = l.end;
      }
    }
    start = blockStart;
    end = blockEnd;
  }
  return start >= 0 ? { start, end } : null;
}

function parseKamerbrief(text: string, header: Header, meta: DocumentMeta, list: SegmentList, furniture: readonly string[]): void {
  const head = text.slice(0, Math.min(text.length, 4000));
  let headEnd = 0;
  const dossier = /^(\d{2}\s?\d{3})(?:[ -]([A-Z]{1,6}(?:-[A-Z0-9]{1,4})?))?\s+(\p{Lu}[^\n]{3,240})$/mu.exec(head);
  if (dossier && !/^\d{2}\s?\d{3}\s+\p{Ll}/u.test(dossier[0])) {
    const key = dossierKey(dossier[1]!, dossier[2]);
    header.dossierLine = { text: dossier[0], dossier: key, title: dossier[3]!.trim(), start: dossier.index, end: dossier.index + dossier[0].length };
    meta.dossier = key;
    headEnd = Math.max(headEnd, dossier.index + dossier[0].length);
  }
  // "Nr. 659 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN\nKONINKRIJKSRELATIES": a capitalised title may wrap
  const nr = /^Nr\.\s*(\d+)\b[ \t]*([^\n]*(?:\n[ \t]*[\p{Lu}\d][\p{Lu}\d ,'’&-]*$)*)/mu.exec(head);
  if (nr) {
    // continuation lines only under a title in capitals
    const firstLine = nr[2]!.split("\n")[0]!;
    if (firstLine.trim() !== firstLine.trim().toUpperCase()) nr[2] = firstLine;
    headEnd = Math.max(headEnd, nr.index + nr[0].indexOf(nr[2]!) + nr[2]!.length);
    if (meta.dossier) meta.number = `${meta.dossier} nr. ${nr[1]}`;
    const kind = nr[2]!.replace(/\s+/g, " ").trim();
    if (kind) {
      const readable = kind === kind.toUpperCase() ? fromAllCaps(kind) : kind;
      meta.title = header.dossierLine?.title ? `${header.dossierLine.title}; ${readable}` : readable;
    }
  }
  if (!meta.number) {
    const sources = [head, ...furniture];
    for (const s of sources) {
      const m = /(\d{2}\s?\d{3})(?:[ ,-]+([A-Z]{1,6}))?,?\s+nr\.\s*(\d+)/.exec(s);
      if (m) {
        meta.dossier ??= dossierKey(m[1]!, m[2]);
        meta.number = `${dossierKey(m[1]!, m[2])} nr. ${m[3]}`;
        break;
      }
    }
  }
  const recipient = /^Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer[^\n]*/m.exec(head);
  if (recipient) {
    header.recipient = { text: recipient[0].trim(), start: recipient.index, end: recipient.index + recipient[0].length };
    headEnd = Math.max(headEnd, recipient.index + recipient[0].length);
  }
  // "Den Haag, 17 januari 2020", "’s-Gravenhage, …", "Datum 15 mei 2024", also with the date on the next line ("Datum\n15 mei 2024")
  const dateLine = [...head.matchAll(/^[ \t]*(?:(?:Den Haag|['’]s-Gravenhage),?|Datum:?)[ \t]*\n?[ \t]*([^\n]{6,60})$/gm)].find((m) => parseDutchDate(m[1]!) !== null);
  if (dateLine) {
    const date = parseDutchDate(dateLine[1]!);
    header.dateLine = { text: dateLine[0].trim(), date, start: dateLine.index, end: dateLine.index + dateLine[0].length };
    meta.date = date;
    headEnd = Math.max(headEnd, dateLine.index + dateLine[0].length);
  }
  const betreft = /^(?:Betreft|Onderwerp):?[ \t]+([^\n]{3,300})$/m.exec(head);
  if (betreft) {
    meta.title ??= betreft[1]!.trim();
    headEnd = Math.max(headEnd, betreft.index + betreft[0].length);
  }
  if (!meta.title && header.dossierLine) meta.title = header.dossierLine.title;
  // the header is the letterhead: never more than the first part of the letter
  if (text.length - headEnd < 20) headEnd = 0;

  const notesAt = notesStart(text, headEnd, text.length);
  const tailFrom = Math.max(headEnd, Math.floor(text.length * 0.3));
  const sig = parseSignatures(text, tailFrom, notesAt, header);
  if (headEnd > 0) list.add("header", "header", 0, headEnd);
  if (sig) {
    letterText(text, headEnd, sig.start, "body", list);
    list.add("signature", "signature", sig.start, sig.end);
    letterText(text, sig.end, notesAt, "annex", list);
  } else {
    letterText(text, headEnd, notesAt, "body", list);
  }
  if (notesAt < text.length) list.add("notes", "footer", notesAt, text.length);
}

/** Letter text in [from, to): one segment, or, when it carries "Vraag N" / "Antwoord" headings, its text before them and the Q/A blocks. */
function letterText(text: string, from: number, to: number, id: string, list: SegmentList): void {
  const qa = findHeadings(text).filter((h) => h.kind !== "notice" && h.start >= from && h.start < to);
  if (!qa.some((h) => h.kind === "question")) {
    list.add(id, "body", from, to);
    return;
  }
  list.add(id, "body", from, qa[0]!.start);
  segmentByHeadings(text, qa, qa[0]!.start, to, list);
}

// ---------------------------------------------------------------- vragenlijst

function personAfter(text: string, re: RegExp, to: number, office: string): HeaderPerson | null {
  const m = re.exec(text.slice(0, to));
  if (!m) return null;
  let name = (m[1] ?? "").trim();
  let end = m.index + m[0].length;
  if (!name) {
    const nl = nextLine(text, end);
    if (!nl || nl.text.trim().length > 60) return null;
    name = nl.text.trim();
    end = nl.end;
  }
  if (!/^\p{L}/u.test(name) || /[.?!:]$/.test(name)) return null;
  return { name, party: null, office, ministry: null, start: m.index, end };
}

const FRACTIE_SINGLE = /\b[Dd]e leden van de ([\p{L}\d][\p{L}\d&'-]*(?: [\p{L}\d&'-]+){0,3}?)-fractie\b/gu;
const FRACTIE_PLURAL = /\b[Dd]e (?:leden van de )?fracties van ([\p{L}\d&'-]+(?:(?:, | en )[\p{L}\d&'-]+){0,8})/gu;

function parseFracties(text: string, header: Header): void {
  for (const m of text.matchAll(FRACTIE_SINGLE)) {
    header.fracties.push({ parties: [m[1]!], text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(FRACTIE_PLURAL)) {
    const parties = m[1]!.split(/, | en /).map((s) => s.trim()).filter((s) => /^[\p{Lu}\d]/u.test(s));
    if (parties.length > 0) header.fracties.push({ parties, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  header.fracties.sort((a, b) => a.start - b.start);
}

function parseVragenlijst(text: string, header: Header, meta: DocumentMeta, list: SegmentList): void {
  const headings = findHeadings(text).filter((h) => h.kind !== "notice");
  const firstQ = headings[0]?.start ?? text.length;
  const scope = Math.min(text.length, Math.max(3000, Math.min(firstQ, 12000)));
  const head = text.slice(0, scope);

  const vastgesteld = /^[ \t]*Vastgesteld[ \t]+([^\n]{6,40})$/m.exec(head);
  if (vastgesteld) {
    const date = parseDutchDate(vastgesteld[1]!);
    header.dateLine = { text: vastgesteld[0].trim(), date, start: vastgesteld.index, end: vastgesteld.index + vastgesteld[0].length };
    meta.date = date;
  }
  const answeredBy = /Bij brief van ([^\n]{6,30}?) zijn de vragen beantwoord/.exec(head);
  if (!meta.date && answeredBy) meta.date = parseDutchDate(answeredBy[1]!);
  const nr = /^[ \t]*Nr\.[ \t]*(\d+)\b/m.exec(head);
  const dossier = /^(\d{2}\s?\d{3})(?:[ -]([A-Z]{1,6}))?\s+\p{Lu}/mu.exec(head);
  if (dossier) meta.dossier = dossierKey(dossier[1]!, dossier[2]);
  if (nr && meta.dossier) meta.number = `${meta.dossier} nr. ${nr[1]}`;

  const committee = /(?:^|\n)[ \t]*(?:De|Het)\s+((?:vaste |algemene |tijdelijke |bijzondere )?commissie voor [^\n]{2,120}?)\s+heeft\b/.exec(head);
  let committeeParaEnd = 0;
  if (committee) {
    const start = committee.index + committee[0].indexOf(committee[1]!);
    header.committee = { name: committee[1]!.trim(), start, end: start + committee[1]!.length };
    committeeParaEnd = paragraphEnd(text, start, scope);
    const sentence = text.slice(start, committeeParaEnd);
    const addressed = /voorgelegd aan ([^]{3,400}?)(?:\s+(?:over|inzake|naar aanleiding van|betreffende)\s|\.\s|\.$|\n|$)/.exec(sentence);
    if (addressed) header.addressees.push(...parsePluralOffices(addressed[1]!, start + addressed.index + addressed[0].indexOf(addressed[1]!)));
    const subject = /\b(?:inzake|over)\s+(?:o\.a\.\s+)?([^(;\n]{3,200}?)(?:\s*\(|;|\.\s|\n|$)/.exec(sentence);
    const listTitle = /^[ \t]*(?:Nr\.[ \t]*\d*[ \t]*)?(Lijst van vragen en antwoorden[^\n]*)$/m.exec(head)?.[1]?.trim() ?? "Lijst van vragen en antwoorden";
    meta.title = subject && !/\binzake\b/.test(listTitle) ? `${listTitle} inzake ${subject[1]!.trim()}` : listTitle;
  }
  const put = /De vragen en opmerkingen zijn op [^\n]{6,30}? aan ([^]{3,400}?) voorgelegd/.exec(head);
  if (put) {
    const base = put.index + put[0].indexOf(put[1]!);
    for (const o of parsePluralOffices(put[1]!, base)) {
      if (!header.addressees.some((a) => a.ministry === o.ministry)) header.addressees.push(o);
    }
  }
  const chair = personAfter(text, /^[ \t]*De (?:fungerend |waarnemend )?[Vv]oorzitter van de (?:vaste |algemene )?commissie,?[ \t]*([^\n]*)$/m, scope, "voorzitter");
  if (chair) header.chairs.push(chair);
  const clerk = personAfter(text, /^[ \t]*(?:De )?(?:[Aa]djunct-|[Pp]laatsvervangend )?[Gg]riffier van de (?:vaste |algemene )?commissie,?[ \t]*([^\n]*)$/m, scope, "griffier");
  if (clerk) header.clerks.push(clerk);
  parseFracties(text, header);

  let headEnd = Math.max(committeeParaEnd, chair?.end ?? 0, clerk?.end ?? 0, header.dateLine?.end ?? 0);
  if (answeredBy) headEnd = Math.max(headEnd, paragraphEnd(text, answeredBy.index, scope));
  if (headEnd > firstQ) headEnd = firstQ;
  const notesAt = notesStart(text, headEnd, text.length);
  list.add("header", "header", 0, headEnd);
  if (headings.length > 0) {
    list.add("preamble", "preamble", headEnd, headings[0]!.start);
    segmentByHeadings(text, headings, headings[0]!.start, notesAt, list);
  } else if (!segmentByParagraphs(text, headEnd, notesAt, list)) {
    list.add("body", "body", headEnd, notesAt);
  }
  if (notesAt < text.length) list.add("notes", "footer", notesAt, text.length);
}

// ---------------------------------------------------------------- entry points

function emptyMeta(kind: DocumentKind): DocumentMeta {
  return { kind, number: null, title: null, date: null, submitted: null, dossier: null };
}

export function parseStructure(text: string, options: ParseOptions = {}): Structure {
  const safe = typeof text === "string" ? text : "";
  const kind = detectKind(safe);
  const header = emptyHeader();
  const meta = emptyMeta(kind);
  const list = new SegmentList(safe);
  try {
    if (kind !== "kamervraag" && readRekenkamerGenre(safe).accepted) parseRekenkamerLetter(safe, header, meta, list);
    else if (kind === "kamervraag") {
      parseKamervraag(safe, header, meta, list);
      meta.number ??= /\b(ah-tk-\d{8}-\d+)\b/.exec((options.furniture ?? []).join("\n"))?.[1] ?? null;
    }
    else if (kind === "vragenlijst") parseVragenlijst(safe, header, meta, list);
    else if (kind === "kamerbrief") parseKamerbrief(safe, header, meta, list, options.furniture ?? []);
  } catch {
    // A layout we misread must not stop the pipeline: fall back to one body segment below.
    return { meta: emptyMeta("unknown"), header: emptyHeader(), segments: bodyOnly(safe) };
  }
  if (kind !== "kamervraag") meta.submitted = null;
  if (kind === "kamerbrief" || kind === "unknown") meta.date ??= findDutchDates(safe.slice(0, 3000))[0]?.iso ?? null;
  const segments = list.sorted();
  return { meta, header, segments: segments.length > 0 ? segments : bodyOnly(safe) };
}

function bodyOnly(text: string): Segment[] {
  return [{ id: "body", kind: "body", start: 0, end: text.length }];
}

/** Id of the segment containing `offset`, or null (binary search; segments are sorted and disjoint). */
export function sectionAt(structure: Pick<Structure, "segments">, offset: number): string | null {
  const segs = structure.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.id;
  }
  return null;
}
