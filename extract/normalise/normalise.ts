/**
 * Stage 1 of extraction: turn a document as delivered (web text, PDF text with
 * hard line wraps, page headers and footnote markers) into clean running text,
 * while remembering for every output character where it came from, so that a
 * span found in the clean text can be quoted exactly from the ORIGINAL.
 *
 * One pass over the lines, one pass over the characters; the only regular
 * expressions run on short lines with anchored, unambiguous patterns, so the
 * cost stays linear in the input.
 *
 * PDF artefacts are repaired on the way (glue-rules.json, checked against the
 * OpenTaal dictionary): glued words get their space back ("bijhet" → "bij het",
 * "inNederland"), a typesetter's hyphen inside a line goes ("regelge-ving"), a
 * scanned capital I inside a word is written i. The map contract holds for every
 * repair: an inserted space maps to the first character of the word after it, and
 * every other output character maps to the character it was made from (the same
 * letter, or for a scanned I its lower case).
 */

export interface DroppedLine {
  /** original text of a page header, footer or bare page number that was removed */
  text: string;
  start: number;
  end: number;
}

export interface NormalisedText {
  text: string;
  /** original offset of the character at `offset` in `text` (offset === text.length maps to the end of the original) */
  toOriginal(offset: number): number;
  /** original span of the normalised span [start, end): end maps just past the last character's origin */
  toOriginalSpan(start: number, end: number): { start: number; end: number };
  /** page furniture that was removed; kept because headers carry the dossier number */
  dropped: DroppedLine[];
  /** true when the text was detected as hard-wrapped (PDF extraction) and single line breaks were joined */
  wrapped: boolean;
  /** PDF artefacts repaired (glued words split, hyphens inside a line dropped): original span and the rule row */
  repairs: Repair[];
}

export interface Repair {
  rule: string;
  /** original span of the word that was repaired */
  start: number;
  end: number;
}

import { isNonFinalAbbreviation } from "../sentences/dutch-abbreviations.ts";
import { dutchDictionary, type DutchDictionary } from "./dutch-dictionary.ts";
import { COMMA_SPACE_RULE, OCR_CAPITAL_I_RULE, dropsHyphen, glueSplit, ocrCapitalI } from "./glue-repair.ts";

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;

/** Spaces of every width, tabs and form feeds: all become one ordinary space. */
function isSpaceLike(c: number): boolean {
  return (
    c === SPACE || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Characters that carry no text: soft hyphen, zero-width marks, byte order mark, stray controls. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 11 && c !== 12);
}

/** Private-use glyphs that PDF extractors emit for Symbol/Wingdings bullets, and the replacement char they decay to. */
function isBrokenBullet(c: number): boolean {
  return c === 0xf0b7 || c === 0xf0a7 || c === 0xf0d8 || c === 0xf076 || c === 0xf0fc || c === 0xfffd;
}

const LIGATURES: Record<number, string> = { 0xfb00: "ff", 0xfb01: "fi", 0xfb02: "fl", 0xfb03: "ffi", 0xfb04: "ffl" };

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLetter = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Punctuation after which a line break is a real break (sentence, list intro, clause end). */
function endsClosed(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 58 || c === 59; // . ? ! : ;
}

// Page furniture of parliamentary PDFs. A header line must contain an anchor
// (so an ordinary line of numbers is never dropped) and consist only of these
// whitespace-separated pieces, which keeps the match linear.
const HEADER_PIECE = String.raw`(?:ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d{5}|kst-\d+(?:-[A-Z]+)?-\d+|ISSN\s\d{4}\s?-\s?\d{3}[\dXx]|Vragen,?|'s-Gravenhage\s\d{4}|(?:Tweede|Eerste)\sKamer(?:\sder\sStaten-Generaal)?,?|vergaderjaar\s\d{4}\s?[-–]\s?\d{4},?|Aanhangsel(?:\s(?:van\sde\s)?Handelingen)?,?|Kamerstuk(?:ken)?,?|\d{2}\s?\d{3}(?:\s[A-Z]{1,6}(?:-[A-Z0-9]{1,4})?)?,?|nr\.\s?\d{1,5},?|\d{1,4}|Pagina\s\d+\svan\s\d+)`;
const HEADER_LINE = new RegExp(`^${HEADER_PIECE}(?:\\s+${HEADER_PIECE})*$`);
const HEADER_ANCHOR = /ah-tk-\d|^kv-tk-\d|ISSN\s\d|'s-Gravenhage\s\d{4}|Kamer,?\svergaderjaar\s\d{4}|^kst-\d/;

/** Line starts that must never be glued to the line before: bullets, numbered items, Q/A headings, notes. */
const STRUCTURAL_START = /^(?:[•·▪◦●○■□➢►\-–—*]\s|\d{1,2}[.)]\s|[a-z][.)]\s|(?:Vraag|Vragen|Antwoord(?: op vra(?:ag|gen))?)(?:\s+\d|\s*$|\s*[:.])|(?:Mededeling|Noot|X Noot|Bijlage|BIJLAGE)(?:\s|$|[:.])|(?:De|Het)\s(?:voorzitter|griffier|Minister|minister|Staatssecretaris|staatssecretaris|fungerend|Adjunct)|(?:Adjunct-griffier|Hoogachtend|Met vriendelijke groet))/;

const enum LineKind {
  Blank = 0,
  Content = 1,
  Noise = 2,
}

interface LineInfo {
  /** start of the line in the original */
  start: number;
  /** position of the line terminator (or original.length) */
  end: number;
  /** trimmed content range */
  ts: number;
  te: number;
  kind: LineKind;
}

function splitLines(original: string): LineInfo[] {
  const lines: LineInfo[] = [];
  const n = original.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? original.charCodeAt(i) : LINE_FEED;
    if (c !== LINE_FEED && c !== CARRIAGE_RETURN) continue;
    let ts = start;
    let te = i;
    while (ts < te) {
      const d = original.charCodeAt(ts);
      if (!isSpaceLike(d) && !isInvisible(d)) break;
      ts++;
    }
    while (te > ts) {
      const d = original.charCodeAt(te - 1);
      if (!isSpaceLike(d) && !isInvisible(d)) break;
      te--;
    }
    lines.push({ start, end: i, ts, te, kind: ts === te ? LineKind.Blank : LineKind.Content });
    if (c === CARRIAGE_RETURN && i + 1 < n && original.charCodeAt(i + 1) === LINE_FEED) i++;
    start = i + 1;
  }
  return lines;
}

function markNoise(original: string, lines: LineInfo[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== LineKind.Content) continue;
    const len = line.te - line.ts;
    if (len > 200) continue;
    // furniture starts with a digit, "ah-tk", "ISSN", "'s-Gravenhage", "Tweede/Eerste Kamer" or "kst-"
    const first = original.charCodeAt(line.ts);
    if (!isDigit(first) && first !== 97 && first !== 73 && first !== 39 && first !== 0x2019 && first !== 84 && first !== 69 && first !== 107 && first !== 65) continue;
    // "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, …": the extractor glued the pieces together
    const s = original.slice(line.ts, line.te).replace(/[\s\u00a0]+/g, " ").replace(/’/g, "'").replace(/(\d)(?=['A-Z])/g, "$1 ");
    if (HEADER_ANCHOR.test(s) && HEADER_LINE.test(s)) {
      line.kind = LineKind.Noise;
      continue;
    }
    // A bare page number stands between blank lines (or page furniture); a number
    // directly above text is a question or note number and stays.
    if (len <= 4 && /^\d{1,4}$/.test(s)) {
      const prev = lines[i - 1];
      const next = lines[i + 1];
      const prevFree = !prev || prev.kind !== LineKind.Content;
      const nextFree = !next || next.kind !== LineKind.Content;
      if (prevFree && nextFree) line.kind = LineKind.Noise;
    }
  }
}

interface WrapProfile {
  wrapped: boolean;
  width: number;
}

/**
 * PDF text is hard-wrapped at a roughly constant width, most lines end
 * mid-sentence; web text has one line per paragraph. Decide once per document.
 */
function detectWrap(original: string, lines: LineInfo[]): WrapProfile {
  const lengths: number[] = [];
  let open = 0;
  for (const l of lines) {
    if (l.kind !== LineKind.Content) continue;
    lengths.push(l.te - l.ts);
    if (!endsClosed(original.charCodeAt(l.te - 1))) open++;
  }
  if (lengths.length < 6) return { wrapped: false, width: 0 };
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  const nearFull = lengths.filter((x) => x >= width * 0.5).length / lengths.length;
  const wrapped = width >= 30 && width <= 140 && nearFull >= 0.5 && open / lengths.length >= 0.3;
  return { wrapped, width };
}

class OutputBuffer {
  buf: Uint16Array;
  len = 0;
  segOut: number[] = [];
  segOrig: number[] = [];
  constructor(capacity: number) {
    this.buf = new Uint16Array(capacity);
  }
  /** origin the next character has when it continues the current segment */
  private nextOrigin = -1;
  push(code: number, origin: number): void {
    if (origin !== this.nextOrigin) {
      this.segOut.push(this.len);
      this.segOrig.push(origin);
    }
    this.nextOrigin = origin + 1;
    if (this.len >= this.buf.length) {
      const bigger = new Uint16Array(this.buf.length * 2 + 16);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.len++] = code;
  }
  pop(): void {
    if (this.len === 0) return;
    this.len--;
    const last = this.segOut.length - 1;
    if (last >= 0 && this.segOut[last] === this.len) {
      this.segOut.pop();
      this.segOrig.pop();
    }
    const tail = this.segOut.length - 1;
    this.nextOrigin = tail >= 0 ? this.segOrig[tail]! + (this.len - this.segOut[tail]!) : -1;
  }
  last(back = 0): number {
    const i = this.len - 1 - back;
    return i >= 0 ? this.buf[i]! : -1;
  }
  toString(): string {
    let s = "";
    for (let i = 0; i < this.len; i += 4096) {
      s += String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(this.len, i + 4096)) as unknown as number[]);
    }
    return s;
  }
}

/** Letters immediately before the end of the output, stopping at anything else (max 40). */
function trailingLetters(out: OutputBuffer): { count: number; allLower: boolean } {
  let count = 0;
  let allLower = true;
  for (let k = 0; k < 40; k++) {
    const c = out.last(k);
    if (c < 0 || !isLetter(c)) break;
    if (!isLower(c)) allLower = false;
    count++;
  }
  return { count, allLower };
}

/** Does the current output word (back to the last space) look like a URL, path or e-mail? */
function inUrlLikeWord(out: OutputBuffer): boolean {
  for (let k = 0; k < 80; k++) {
    const c = out.last(k);
    if (c < 0 || c === SPACE || c === LINE_FEED) return false;
    if (c === 47 || c === 64 || c === 95 || c === 61 || c === 58) return true; // / @ _ = :
  }
  return false;
}

/** "www.RIVM.", "U.S.": a period before the last one inside the current word (a host name or abbreviation). */
function dotInsideWord(out: OutputBuffer): boolean {
  for (let k = 1; k < 80; k++) {
    const c = out.last(k);
    if (c < 0 || c === SPACE || c === LINE_FEED) return false;
    if (c === 46) return true;
  }
  return false;
}

const CLOSERS = new Set([63, 33, 41, 0xbb, 0x201d, 0x2019, 34]); // ? ! ) » ” ’ "

/**
 * Is the digit run original[p, q) a footnote marker glued to the word before?
 * "ministerie?1", "evaluatie1.", "BIT-advies1 en", "«SMART»6 programma".
 * Not: "CO2", "2022Z01424", "36945-VI-2", "2.4", URLs.
 */
function isFootnoteMarker(original: string, p: number, q: number, lineEnd: number, out: OutputBuffer): boolean {
  if (q - p > 2) return false;
  const after = q < lineEnd ? original.charCodeAt(q) : -1;
  const afterOk = after === -1 || isSpaceLike(after) || after === 46 || after === 44 || after === 59 || after === 58 || after === 41 || after === 63 || after === 33;
  if (!afterOk) return false;
  const prev = out.last();
  if (prev < 0) return false;
  if (isLower(prev)) {
    const { count, allLower } = trailingLetters(out);
    if (count < 3 || !allLower) {
      // still accept mixed-case words that end in at least 3 lower-case letters ("Rijksoverheid3")
      let lowerRun = 0;
      for (let k = 0; k < 3; k++) if (isLower(out.last(k))) lowerRun++;
      if (lowerRun < 3) return false;
    }
    return !inUrlLikeWord(out);
  }
  if (CLOSERS.has(prev)) {
    const before = out.last(1);
    return before >= 0 && (isLetter(before) || before === 46 || before === 63 || before === 0xbb || before === 0x201d) && !inUrlLikeWord(out);
  }
  if (prev === 46) {
    // "…ministerie.1" but never "2.4" or "nr.1"
    const before = out.last(1);
    return isLower(before) && trailingLettersBeforeDot(out) >= 4;
  }
  return false;
}

function trailingLettersBeforeDot(out: OutputBuffer): number {
  let count = 0;
  for (let k = 1; k < 40; k++) {
    const c = out.last(k);
    if (c < 0 || !isLetter(c)) break;
    count++;
  }
  return count;
}

const FOOTNOTE_REF = "[footnoteRef:";

/** Only spaces (or a bullet) between a sentence end or the line start and `a`. */
function atSentenceStart(original: string, a: number, line: LineInfo): boolean {
  for (let k = a - 1; k >= line.ts; k--) {
    const c = original.charCodeAt(k);
    if (isSpaceLike(c) || c === 0x2022 || isBrokenBullet(c)) continue;
    return c === 46 || c === 63 || c === 33 || c === 58;
  }
  return true;
}

function hasLowerUpper(original: string, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (isUpper(original.charCodeAt(k)) && isLower(original.charCodeAt(k - 1))) return true;
  return false;
}

const enum EditKind {
  /** insert a space before the character */
  Split = 0,
  /** leave the character (a hyphen) out */
  Drop = 1,
  /** write the character in lower case: a scanned "I" inside a word ("jeugdbeschermIng") */
  Lower = 2,
}

/**
 * Does the character at `q` make a letter run part of a URL, e-mail, file name,
 * number or elision ("rekenkamer.nl", "risico’s", "2024Tweede"): never repaired.
 * A period or apostrophe counts only with a letter or digit on its far side.
 */
function isTechnicalAt(original: string, q: number, line: LineInfo, dir: 1 | -1): boolean {
  if (q < line.ts || q >= line.te) return false;
  const c = original.charCodeAt(q);
  if (c === 47 || c === 64 || c === 95 || c === 58 || c === 92 || c === 61 || isDigit(c)) return true;
  if (c !== 46 && c !== 39 && c !== 0x2019) return false;
  const far = q + dir;
  if (far < line.ts || far >= line.te) return false;
  const d = original.charCodeAt(far);
  return isLetter(d) || isDigit(d);
}

/**
 * Glued words and in-line hyphens of one line, as positions in the original:
 * "bijhet" → a space before "het", "regelge-ving" → the hyphen dropped.
 * `continuesWord`: the line's first letters end a word hyphenated at the line before.
 */
function lineEdits(original: string, line: LineInfo, dict: DutchDictionary, continuesWord: boolean, repairs: Repair[]): number[] {
  const edits: number[] = [];
  let p = line.ts;
  let first = true;
  while (p < line.te) {
    if (!isLetter(original.charCodeAt(p))) {
      p++;
      continue;
    }
    const a = p;
    while (p < line.te && isLetter(original.charCodeAt(p))) p++;
    const b = p;
    const before = a > line.ts ? original.charCodeAt(a - 1) : SPACE;
    const after = b < line.te ? original.charCodeAt(b) : SPACE;
    const skipFirst = first && continuesWord;
    first = false;
    // "pakken,zodat": the space after the comma went missing
    if (COMMA_SPACE_RULE && before === 44 && a - 2 >= line.ts && isLetter(original.charCodeAt(a - 2)) && isLower(original.charCodeAt(a))) {
      edits.push(a * 4 + EditKind.Split);
      repairs.push({ rule: COMMA_SPACE_RULE, start: a - 1, end: a });
    }
    if (isTechnicalAt(original, a - 1, line, -1) || isTechnicalAt(original, b, line, 1) || skipFirst) continue;
    if (after === 45 && b + 1 < line.te && isLetter(original.charCodeAt(b + 1)) && before !== 45) {
      // "regelge-ving": one hyphen between two letter runs
      let c = b + 1;
      while (c < line.te && isLetter(original.charCodeAt(c))) c++;
      const next = c < line.te ? original.charCodeAt(c) : SPACE;
      if (next !== 45 && !isTechnicalAt(original, c, line, 1)) {
        const rule = dropsHyphen(original.slice(a, b), original.slice(b + 1, c), dict);
        if (rule) {
          edits.push(b * 4 + EditKind.Drop);
          repairs.push({ rule, start: a, end: c });
          p = c;
          continue;
        }
      }
    }
    // a run beside a hyphen is part of a compound ("ICT-project"); only its camel-case glue is split ("deIZA-doelen", "motie-VanNispen")
    if (b - a < 4 || ((before === 45 || after === 45) && !hasLowerUpper(original, a, b))) continue;
    const word = original.slice(a, b);
    const ocr = OCR_CAPITAL_I_RULE ? ocrCapitalI(word, dict) : null;
    if (ocr) {
      for (const k of ocr) edits.push((a + k) * 4 + EditKind.Lower);
      repairs.push({ rule: OCR_CAPITAL_I_RULE!, start: a, end: b });
      continue;
    }
    // a capitalised word mid-sentence is a name ("Van Meenen"): only a sentence's first word ("Ditsysteem") is split
    if (isUpper(original.charCodeAt(a)) && !hasLowerUpper(original, a, b) && !atSentenceStart(original, a, line)) continue;
    const split = glueSplit(word, dict);
    if (split) {
      edits.push((a + split.at) * 4 + EditKind.Split);
      repairs.push({ rule: split.rule, start: a, end: b });
    }
  }
  return edits;
}

/** Emit the trimmed content of one line, cleaning characters on the way. */
function emitLine(original: string, line: LineInfo, out: OutputBuffer, markers: Set<number>, edits: readonly number[] = NO_EDITS): void {
  let pendingSpace = -1;
  const lineStartLen = out.len;
  let e = 0;
  let nextEdit = edits.length > 0 ? edits[0]! >> 2 : -1;
  for (let p = line.ts; p < line.te; p++) {
    let c = original.charCodeAt(p);
    if (p === nextEdit) {
      const kind = edits[e]! & 3;
      e++;
      nextEdit = e < edits.length ? edits[e]! >> 2 : -1;
      if (kind === EditKind.Drop) continue;
      if (kind === EditKind.Lower) c = 105; // i
      else if (pendingSpace < 0 && out.len > lineStartLen) out.push(SPACE, p);
    }
    // fast path: plain lower-case letters and common punctuation need no checks
    if (pendingSpace < 0 && ((c >= 97 && c <= 122) || c === 44 || c === 45 || (c >= 65 && c <= 90 && out.last() > 64))) {
      out.push(c, p);
      continue;
    }
    if (isSpaceLike(c)) {
      if (pendingSpace < 0) pendingSpace = p;
      continue;
    }
    if (isInvisible(c)) continue;
    if (c === 91 && original.startsWith(FOOTNOTE_REF, p)) {
      const close = original.indexOf("]", p);
      if (close > 0 && close < line.te && close - p < 24) {
        p = close;
        continue;
      }
    }
    if (isDigit(c) && out.len > lineStartLen && pendingSpace < 0) {
      let q = p;
      while (q < line.te && isDigit(original.charCodeAt(q))) q++;
      if (isFootnoteMarker(original, p, q, line.te, out)) {
        markers.add(Number(original.slice(p, q)));
        p = q - 1;
        continue;
      }
      // copy the whole digit run so its tail is not mistaken for a marker
      for (let k = p; k < q; k++) out.push(original.charCodeAt(k), k);
      p = q - 1;
      continue;
    }
    if (pendingSpace >= 0) {
      if (out.len > lineStartLen) out.push(SPACE, pendingSpace);
      pendingSpace = -1;
    }
    if (isBrokenBullet(c)) {
      out.push(0x2022, p); // •
      continue;
    }
    const lig = LIGATURES[c];
    if (lig) {
      for (let k = 0; k < lig.length; k++) out.push(lig.charCodeAt(k), p);
      continue;
    }
    // "afgerond.De", "het NDICI.De Commissie" — a sentence glued to the previous one by the extractor
    if (isUpper(c) && p + 1 < line.te && isLower(original.charCodeAt(p + 1))) {
      const prev = out.last();
      const endsWord = isLower(out.last(1)) || (isUpper(out.last(1)) && isUpper(out.last(2)));
      if ((prev === 46 || prev === 63 || prev === 33) && trailingLettersBeforeDot(out) >= 3 && endsWord && !inUrlLikeWord(out) && !dotInsideWord(out)) {
        out.push(SPACE, p);
      }
    }
    out.push(c, p);
  }
}

/**
 * The typesetter's rule: a line was broken because the next word did not fit.
 * When the next line's first word would have fitted, the break was deliberate
 * (heading, paragraph end). Character counts only approximate widths in a
 * proportional font, hence the tolerance.
 */
function nextWordWouldNotFit(original: string, prev: LineInfo, next: LineInfo, width: number): boolean {
  let w = 0;
  while (next.ts + w < next.te && !isSpaceLike(original.charCodeAt(next.ts + w))) w++;
  return prev.te - prev.ts + 1 + w >= width * 0.85;
}

const NO_EDITS: readonly number[] = [];
/** "3 Websiteregister Rijksoverheid", and glued by the extractor "1NOS, 29 oktober 2024" */
const FOOTNOTE_BODY = /^(\d{1,3})(?:\s+\S|(?=\p{Lu}))/u;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;

/** "… (Kamerstuk 32 360, nr.|5)": a line ending in an abbreviation's period is still open. */
function endsInAbbreviation(original: string, line: LineInfo): boolean {
  let k = line.te - 1;
  while (k > line.ts && k > line.te - 12 && !isSpaceLike(original.charCodeAt(k - 1)) && original.charCodeAt(k - 1) !== 40) k--;
  return isNonFinalAbbreviation(original.slice(k, line.te));
}

/** How a line ending in a hyphen continues on the next line. */
const enum HyphenJoin {
  None = 0,
  /** "verantwoordings-|onderzoek": a word split by the typesetter */
  Drop = 1,
  /** "ICT-|project", "04-|06-2024": a real hyphen */
  Keep = 2,
  /** "hard-| en software": an elided compound part, followed by a space */
  Suspended = 3,
}

function hyphenJoin(original: string, prev: LineInfo, next: LineInfo, dict: DutchDictionary): HyphenJoin {
  if (original.charCodeAt(prev.te - 1) !== 45) return HyphenJoin.None;
  const beforeHyphen = prev.te - 2 >= prev.ts ? original.charCodeAt(prev.te - 2) : -1;
  if (beforeHyphen < 0 || !(isLetter(beforeHyphen) || isDigit(beforeHyphen))) return HyphenJoin.None;
  const first = original.charCodeAt(next.ts);
  // a space after the hyphen in the source means "hard- en software"
  if (prev.te < prev.end && isSpaceLike(original.charCodeAt(prev.te))) return HyphenJoin.Suspended;
  const nextWord = /^\S+/.exec(original.slice(next.ts, Math.min(next.te, next.ts + 40)))?.[0] ?? "";
  if (/^(?:en|of|tot|noch|dan)$/.test(nextWord)) return HyphenJoin.Suspended;
  let k = prev.te - 2;
  let allLower = true;
  let compound = false;
  while (k >= prev.ts) {
    const c = original.charCodeAt(k);
    if (c === 45 || c === 47) {
      compound = true; // already a hyphenated compound: keep hyphens as written
      break;
    }
    if (!isLetter(c)) break;
    if (!isLower(c)) allLower = false;
    k--;
  }
  if (compound || !isLower(first)) return HyphenJoin.Keep;
  const left = original.slice(k + 1, prev.te - 1);
  let r = next.ts;
  while (r < next.te && isLetter(original.charCodeAt(r))) r++;
  const right = original.slice(next.ts, r);
  if (allLower) {
    // "oorzaak-|gevolg": two words that make no word together keep their hyphen
    const keep = right.length > 0 && dict.isWord(left) && dict.isWord(right) && !dict.isKnown(left + right);
    return keep ? HyphenJoin.Keep : HyphenJoin.Drop;
  }
  // "Zorgak-|koord": a capitalised word hyphenated by the typesetter
  return dropsHyphen(left, right, dict, true) ? HyphenJoin.Drop : HyphenJoin.Keep;
}

/** Remove page furniture, join wrapped lines, clean characters; keep an exact map back to `original`. */
export function normalise(original: string): NormalisedText {
  const lines = splitLines(original);
  markNoise(original, lines);
  const profile = detectWrap(original, lines);
  const out = new OutputBuffer(original.length + 64);
  const dropped: DroppedLine[] = [];

  const dict = dutchDictionary();
  const repairs: Repair[] = [];
  const markers = new Set<number>();
  /** footnote bodies, each one or more lines ("1NOS, …, Zorgak-" + "koord, https://…") */
  const notes: LineInfo[][] = [];
  let lastWasNote = false;
  let prev: LineInfo | null = null;
  let blanks = 0;
  let noise = 0;
  let continuesWord = false;
  /** the noise count right after the last note line: a note's next line continues it only with nothing between */
  let noiseAtNote = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === LineKind.Blank) {
      blanks++;
      continue;
    }
    if (line.kind === LineKind.Noise) {
      noise++;
      dropped.push({ text: original.slice(line.ts, line.te), start: line.ts, end: line.te });
      continue;
    }
    // The body of a footnote printed at the foot of a page, interrupting the
    // running text: "3 Websiteregister Rijksoverheid". Recognised because its
    // number was seen as a marker; moved to the end of the text.
    const afterGap = blanks > 0 || noise > 0 || lastWasNote;
    if (afterGap && prev) {
      const m = FOOTNOTE_BODY.exec(original.slice(line.ts, Math.min(line.te, line.ts + 12)));
      const isUrlOnly = lastWasNote && BARE_URL.test(original.slice(line.ts, line.te));
      if ((m && markers.delete(Number(m[1]))) || isUrlOnly) {
        notes.push([line]);
        noise++;
        noiseAtNote = noise;
        lastWasNote = true;
        continue;
      }
      // the note's second line: "Zorgak-" continues as "koord, https://…"
      const note = lastWasNote ? notes[notes.length - 1]! : null;
      const noteEnd = note ? original.charCodeAt(note[note.length - 1]!.te - 1) : -1;
      if (note && blanks === 0 && noise === noiseAtNote && (noteEnd === 45 || isLower(original.charCodeAt(line.ts)))) {
        note.push(line);
        continue;
      }
    }
    lastWasNote = false;
    if (prev) {
      const head = original.slice(line.ts, Math.min(line.te, line.ts + 60));
      const structural = STRUCTURAL_START.test(head) || isBrokenBullet(original.charCodeAt(line.ts));
      const prevLast = original.charCodeAt(prev.te - 1);
      const prevLen = prev.te - prev.ts;
      const first = original.charCodeAt(line.ts);
      const nextLower = isLower(first);
      const abbreviated = prevLast === 46 && endsInAbbreviation(original, prev);
      const open = !endsClosed(prevLast) || abbreviated;
      const hyphen = structural ? HyphenJoin.None : hyphenJoin(original, prev, line, dict);
      let join = false;
      if (!structural && open) {
        if (blanks > 0 || noise > 0) {
          // a paragraph (or page) break that falls mid-sentence: the text continues
          // (a short line before a gap is a heading or a closing, "Algemene Rekenkamer,", not a cut sentence)
          const fullLine = profile.wrapped ? nextWordWouldNotFit(original, prev, line, profile.width) : prevLen >= 40;
          join = fullLine && (nextLower || (noise > 0 && profile.wrapped));
        } else if (nextLower) {
          join = prevLen >= (profile.wrapped ? 10 : 40) || hyphen === HyphenJoin.Drop;
        } else if (profile.wrapped && nextWordWouldNotFit(original, prev, line, profile.width)) {
          // keep "De Minister van …,\nR.W. Knops": a short capitalised last line after a comma is a name
          const nextIsLast = i + 1 >= lines.length || lines[i + 1]!.kind !== LineKind.Content;
          join = !(prevLast === 44 && line.te - line.ts <= 40 && nextIsLast);
        }
        if ((hyphen === HyphenJoin.Drop || abbreviated) && blanks === 0 && noise === 0) join = true;
      }
      const sepPos = prev.end;
      continuesWord = join && hyphen === HyphenJoin.Drop;
      if (join) {
        if (hyphen === HyphenJoin.Drop) out.pop();
        else if (hyphen === HyphenJoin.None || hyphen === HyphenJoin.Suspended) out.push(SPACE, sepPos);
      } else if (blanks > 0 || noise > 0) {
        out.push(LINE_FEED, sepPos);
        out.push(LINE_FEED, sepPos);
      } else {
        out.push(LINE_FEED, sepPos);
      }
    }
    emitLine(original, line, out, markers, lineEdits(original, line, dict, continuesWord, repairs));
    prev = line;
    blanks = 0;
    noise = 0;
  }
  for (const note of notes) {
    if (out.len > 0) {
      out.push(LINE_FEED, note[0]!.ts);
      out.push(LINE_FEED, note[0]!.ts);
    }
    let noteCont = false;
    note.forEach((line, k) => {
      if (k > 0) {
        const hyphen = hyphenJoin(original, note[k - 1]!, line, dict);
        noteCont = hyphen === HyphenJoin.Drop;
        if (noteCont) out.pop();
        else if (hyphen !== HyphenJoin.Keep) out.push(SPACE, note[k - 1]!.end);
      }
      emitLine(original, line, out, markers, lineEdits(original, line, dict, noteCont, repairs));
    });
  }

  const text = out.toString();
  const segOut = Int32Array.from(out.segOut);
  const segOrig = Int32Array.from(out.segOrig);
  const textLength = text.length;

  const toOriginal = (offset: number): number => {
    if (textLength === 0) return 0;
    if (offset >= textLength) return toOriginal(textLength - 1) + 1;
    if (offset < 0) offset = 0;
    let lo = 0;
    let hi = segOut.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segOut[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segOrig[lo]! + (offset - segOut[lo]!);
  };
  const toOriginalSpan = (start: number, end: number) => {
    const s = toOriginal(start);
    const e = end > start ? toOriginal(end - 1) + 1 : s;
    return { start: s, end: Math.max(s, e) };
  };
  return { text, toOriginal, toOriginalSpan, dropped, wrapped: profile.wrapped, repairs };
}

/**
 * A quotable rendering of original[start, end): the exact source slice, with
 * line breaks and runs of white space shown as one space so a wrapped PDF
 * sentence reads as one line. Offsets are clamped, never thrown on.
 */
export function quoteOriginal(original: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(original.length, Math.floor(start)));
  const e = Math.max(s, Math.min(original.length, Math.floor(end)));
  return original.slice(s, e).replace(/[\s\u00a0\u202f]+/g, " ").trim();
}
