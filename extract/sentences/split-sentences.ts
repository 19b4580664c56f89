/**
 * Dutch sentence splitter for normalised text. Hand-written (one pass, no
 * regex over the whole text) because parliamentary prose is full of periods
 * that end nothing: "nr. 659", "t.a.v.", "R.W. Knops", "€ 12,5 mln. voor",
 * "2.4", "Rijksoverheid.nl", list numbers "1. Accreditaties".
 *
 * Every line break is a boundary: the normaliser keeps a line break only where
 * the layout means one (heading, list item, signature line, paragraph end).
 * Text without line breaks or full stops (OCR letter heads) is cut at the cue
 * words of unit-cues.json, and no unit is longer than MAX_UNIT characters.
 */
import { isNonFinalAbbreviation, MAYBE_FINAL_ABBREVIATIONS } from "./dutch-abbreviations.ts";
import { capCut, cueBoundaries, MAX_UNIT } from "./unit-cues.ts";

export interface SentenceSpan {
  text: string;
  /** offsets into the text the caller holds: base + position in `text` */
  start: number;
  end: number;
}

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0";
const isLowerChar = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpperChar = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const TERMINALS = new Set([".", "?", "!", "…"]);
/** Closing quotes and brackets that belong to the sentence they follow: "… ambtenaar?»" */
const CLOSERS = new Set(["»", "”", "’", '"', "'", ")", "]", "›"]);
const BULLETS = new Set(["•", "·", "▪", "◦", "●", "○", "■", "□", "➢", "►"]);
/** A list marker at the start of a sentence: bullets, "1.", "a)", "- ". */
const LEADING_MARKER = /^(?:[•·▪◦●○■□➢►*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
/** Dutch sentences start lower-case only with elided articles: "'s Rijks", "’t". */
const ELIDED_START = /^['’](?:s|t|n)\s/;

/** The whitespace-delimited token that ends at `end` (inclusive of the char at end-1). */
function tokenBefore(text: string, end: number, floor: number): string {
  let a = end;
  while (a > floor && !isSpace(text[a - 1]) && text[a - 1] !== "(" && text[a - 1] !== "«" && text[a - 1] !== "“" && text[a - 1] !== "‘") a--;
  return text.slice(a, end);
}

/** Only white space (or a bullet) between the start of the line and `pos`? */
function atLineStart(text: string, pos: number, floor: number): boolean {
  for (let k = pos - 1; k >= floor; k--) {
    const c = text[k]!;
    if (c === "\n") return true;
    if (!isSpace(c) && !BULLETS.has(c)) return false;
  }
  return true;
}

/** Decide whether the terminal at `i` (with closers up to `j`) ends the sentence. */
function endsSentence(text: string, i: number, j: number, lineFloor: number): boolean {
  if (j >= text.length) return true;
  if (!isSpace(text[j])) return false;
  let k = j;
  while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
  if (k >= text.length || text[k] === "\n") return true;
  const next = text[k];
  const startsLower = isLowerChar(next) && !ELIDED_START.test(text.slice(k, k + 3));
  const c = text[i]!;
  if (c !== ".") return !startsLower;
  if (startsLower) return false;
  const token = tokenBefore(text, i + 1, lineFloor);
  if (isNonFinalAbbreviation(token)) return false;
  if (MAYBE_FINAL_ABBREVIATIONS.has(token.toLowerCase())) return isUpperChar(next);
  // "1. Accreditaties", "a. de eerste …": a list number, not a sentence end
  if (/^(?:\d{1,3}|[a-zA-Z])\.$/.test(token) && atLineStart(text, i + 1 - token.length, lineFloor)) return false;
  return true;
}

function pushSentence(out: SentenceSpan[], text: string, base: number, s: number, e: number): void {
  // a letter head or list without full stops: cut at its cue words, then cap what is still too long
  const cuts = cueBoundaries(text.slice(s, e));
  let from = s;
  for (const c of cuts) {
    if (s + c.at <= from) continue;
    pushCapped(out, text, base, from, s + c.at);
    from = s + c.at;
  }
  pushCapped(out, text, base, from, e);
}

function pushCapped(out: SentenceSpan[], text: string, base: number, s: number, e: number): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  while (e - s > MAX_UNIT) {
    const at = s + capCut(text.slice(s, Math.min(e, s + 2 * MAX_UNIT)));
    pushUnit(out, text, base, s, at);
    s = at;
    while (s < e && isSpace(text[s])) s++;
  }
  pushUnit(out, text, base, s, e);
}

function pushUnit(out: SentenceSpan[], text: string, base: number, s: number, e: number): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (s >= e) return;
  const marker = LEADING_MARKER.exec(text.slice(s, Math.min(e, s + 8)));
  if (marker && s + marker[0].length < e) s += marker[0].length;
  const slice = text.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(slice)) return;
  out.push({ text: slice, start: base + s, end: base + e });
}

/** Split `text` into sentences; offsets are `base` + position in `text`. */
export function splitSentences(text: string, base = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let lineFloor = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === "\n") {
      pushSentence(out, text, base, start, i);
      start = i + 1;
      lineFloor = i + 1;
      continue;
    }
    // an inline bullet " • " starts a new item
    if (BULLETS.has(c) && i > start && isSpace(text[i - 1]) && isSpace(text[i + 1])) {
      pushSentence(out, text, base, start, i);
      start = i;
      continue;
    }
    if (!TERMINALS.has(c)) continue;
    let j = i + 1;
    while (j < n && (TERMINALS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (endsSentence(text, i, j, lineFloor)) {
      pushSentence(out, text, base, start, j);
      start = j;
      i = j - 1;
    } else {
      i = j - 1;
    }
  }
  pushSentence(out, text, base, start, n);
  return out;
}
