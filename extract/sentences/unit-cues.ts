/**
 * Cuts a run of text that has no sentence punctuation and no line breaks (a
 * letter head read by OCR, a header block, a list) into units at the cue words
 * of unit-cues.json, and caps the length of what remains at the best clause
 * boundary, so an evidence quote is one sentence and never a letter head.
 */
import { readFileSync } from "node:fs";

type Next = "any" | "digit" | "capital" | "digit-or-capital" | "number-then-capital";
type Cut = "before" | "before-and-after-comma";

interface RawRow {
  id: string;
  match: { tokens: string[][]; next: Next };
  cut: Cut;
  reason: string;
  examples: string[];
  counterexamples: string[];
}

export interface UnitCue {
  id: string;
  tokens: readonly (readonly string[])[];
  next: Next;
  cut: Cut;
  examples: readonly string[];
  counterexamples: readonly string[];
}

const raw = JSON.parse(readFileSync(new URL("./unit-cues.json", import.meta.url), "utf8")) as { rows: RawRow[] };
export const UNIT_CUES: readonly UnitCue[] = raw.rows.map((r) => ({ id: r.id, tokens: r.match.tokens, next: r.match.next, cut: r.cut, examples: r.examples, counterexamples: r.counterexamples }));

/** first token → cue rows that start with it */
const BY_FIRST = new Map<string, Array<{ cue: UnitCue; tokens: readonly string[] }>>();
for (const cue of UNIT_CUES) for (const t of cue.tokens) {
  const list = BY_FIRST.get(t[0]!) ?? [];
  list.push({ cue, tokens: t });
  BY_FIRST.set(t[0]!, list);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isDigitStart = (w: Word | undefined) => w !== undefined && /^\d/.test(w.text);
const isCapitalStart = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);

function nextFits(next: Next, ws: Word[], k: number): boolean {
  const w = ws[k];
  switch (next) {
    case "any":
      return true;
    case "digit":
      return isDigitStart(w);
    case "capital":
      return isCapitalStart(w);
    case "digit-or-capital":
      return isDigitStart(w) || isCapitalStart(w);
    case "number-then-capital":
      return w !== undefined && /^\d{1,3}[.:]?$/.test(w.text) && isCapitalStart(ws[k + 1]);
  }
}

/** any first token of a cue, as a cheap test before the word scan */
const ANY_CUE = new RegExp([...BY_FIRST.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/** Offsets (into `text`) where a cue row starts a new unit; never 0. */
export function cueBoundaries(text: string): Array<{ at: number; rule: string }> {
  if (!ANY_CUE.test(text)) return [];
  const ws = words(text);
  const out: Array<{ at: number; rule: string }> = [];
  for (let i = 0; i < ws.length; i++) {
    const cands = BY_FIRST.get(ws[i]!.text);
    if (!cands) continue;
    for (const { cue, tokens } of cands) {
      if (!tokens.every((t, k) => ws[i + k]?.text === t)) continue;
      if (!nextFits(cue.next, ws, i + tokens.length)) continue;
      if (ws[i]!.start > 0) out.push({ at: ws[i]!.start, rule: cue.id });
      if (cue.cut === "before-and-after-comma") {
        const comma = text.indexOf(",", ws[i]!.start);
        if (comma > 0 && comma - ws[i]!.start <= 80 && comma + 1 < text.length) out.push({ at: comma + 1, rule: cue.id });
      }
      break;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Sentences longer than this are cut at their best clause boundary. */
/** Longer than nearly every real Dutch sentence (the seeds' longest is 419), shorter than any letter head. */
export const MAX_UNIT = 600;
const MIN_PART = 80;

/** Clause boundaries, best first: a semicolon, a colon, a comma before a conjunction or relative, a dash, any comma. */
const BOUNDARIES: ReadonlyArray<RegExp> = [/;\s/g, /:\s/g, /,\s(?=(?:en|maar|of|omdat|terwijl|waardoor|zodat|waarbij|waarin|die|dat|wat)\s)/g, /\s[–—]\s/g, /,\s/g, /\s(?=(?:en|maar|omdat|terwijl|waardoor|zodat)\s)/g];

/** Where to cut an over-long unit: the best boundary class found, nearest the cap; a space as last resort. */
export function capCut(whole: string): number {
  // only the first MAX_UNIT characters (and a look past them) can hold the cut: scanning the rest on every
  // cut made one long unbroken text quadratic
  const text = whole.slice(0, MAX_UNIT + 16);
  for (const re of BOUNDARIES) {
    re.lastIndex = 0;
    let best = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].length;
      if (at < MIN_PART) continue;
      if (at > MAX_UNIT) break;
      if (whole.length - at < MIN_PART / 2) continue;
      best = at;
    }
    if (best > 0) return best;
  }
  const space = text.lastIndexOf(" ", MAX_UNIT);
  return space > MIN_PART ? space + 1 : MAX_UNIT;
}
