/**
 * Decides, for one word as a PDF extraction delivered it, whether it is two
 * words glued together ("behoevevan", "inNederland") or carries a typesetter's
 * hyphen inside a line ("regelge-ving"). The rows of glue-rules.json say which
 * word classes may stand on either side; this engine only checks them against
 * the OpenTaal dictionary. A split is made only when the glued form is no word
 * and no compound the dictionary accepts, and both parts are words: Dutch
 * writes compounds as one word, so doubt keeps the word whole.
 */
import { readFileSync } from "node:fs";
import { COMPOUND_END, INFLECTED_ADJECTIVE, WORD, type DutchDictionary } from "./dutch-dictionary.ts";

type WordClass = "word" | "inflected-adjective" | "capitalised" | string[];

interface RawRule {
  id: string;
  match: {
    shape: "lower" | "camel" | "hyphenated" | "after-comma" | "ocr-capital-i";
    /** the rule applies only to these forms (dictionary words that are glue in practice) */
    whole?: string[];
    left?: WordClass;
    right?: WordClass;
    rightUnlessCompoundEnd?: boolean;
    /** words taken out of the right side's lists */
    rightExcept?: string[];
    joined?: "known";
    parts?: "not-both-words";
  };
  emits: "space" | "drop-hyphen" | "lower-case-i";
  reason: string;
  examples: string[];
  counterexamples: string[];
}

interface RawRules {
  wordLists: Record<string, string[]>;
  rules: RawRule[];
}

interface Side {
  kind: "word" | "inflected-adjective" | "capitalised" | "list";
  words: Set<string>;
}

export interface GlueRule {
  id: string;
  shape: RawRule["match"]["shape"];
  left: Side;
  right: Side;
  rightUnlessCompoundEnd: boolean;
  whole: Set<string> | null;
  emits: RawRule["emits"];
  examples: string[];
  counterexamples: string[];
}

function side(c: WordClass | undefined, lists: Record<string, string[]>, id: string): Side {
  if (c === undefined || typeof c === "string") return { kind: (c ?? "word") as Side["kind"], words: new Set() };
  const words = new Set<string>();
  for (const item of c) {
    if (!item.startsWith("@")) { words.add(item); continue; }
    const list = lists[item.slice(1)];
    if (!list) throw new Error(`glue-rules.json, row ${id}: unknown word list ${item}`);
    for (const w of list) words.add(w);
  }
  return { kind: "list", words };
}

function without(s: Side, except: Side): Side {
  for (const w of except.words) s.words.delete(w);
  return s;
}

function loadRules(raw: RawRules): GlueRule[] {
  return raw.rules.map((r) => ({
    id: r.id, shape: r.match.shape, emits: r.emits,
    left: side(r.match.left, raw.wordLists, r.id), right: without(side(r.match.right, raw.wordLists, r.id), side(r.match.rightExcept ?? [], raw.wordLists, r.id)),
    rightUnlessCompoundEnd: r.match.rightUnlessCompoundEnd === true,
    whole: r.match.whole ? new Set(r.match.whole) : null,
    examples: r.examples, counterexamples: r.counterexamples,
  }));
}

const RAW = JSON.parse(readFileSync(new URL("./glue-rules.json", import.meta.url), "utf8")) as RawRules;
export const GLUE_RULES: readonly GlueRule[] = loadRules(RAW);
/** endings of inflected adjectives the dictionary lists as stems ("passende", "medische") */
const ADJECTIVE_ENDINGS: readonly string[] = RAW.wordLists["adjectiveEndings"] ?? [];

export interface GlueSplit {
  /** offset inside the word where the space goes */
  at: number;
  rule: string;
}

const VOWELS = new Set([..."aeiouyéëïöü"]);
const isUpperCh = (c: string): boolean => c !== c.toLowerCase();
const isLowerCh = (c: string): boolean => c !== c.toUpperCase();

/** Two-letter parts are only function words ("in", "de"); content parts need three letters. */
function fits(s: Side, part: string, dict: DutchDictionary, isLeft: boolean, asWritten: string): boolean {
  switch (s.kind) {
    case "list":
      return s.words.has(asWritten) || (isLeft && s.words.has(asWritten.toLowerCase()));
    case "word":
      // the second part may itself be a compound: "duurzame|investeringsruimte"
      return part.length >= 3 && ((dict.lookup(part) & WORD) !== 0 || (!isLeft && part.length >= 8 && dict.isCompound(part)));
    case "inflected-adjective": {
      if (part.length < 4) return false;
      const m = dict.lookup(part);
      return (m & INFLECTED_ADJECTIVE) !== 0 || ((m & WORD) !== 0 && ADJECTIVE_ENDINGS.some((e) => part.endsWith(e) && part.length > e.length + 2));
    }
    case "capitalised":
      return part.length >= 2 && isUpperCh(part[0]!) && /\p{L}/u.test(part.slice(1));
  }
}

/** Shape of a letter run: all lower-case (a capital initial allowed), one lower→upper change, or neither. */
function shapeOf(word: string): { shape: "lower" | "camel" | null; change: number } {
  // "inNederland", "hetIZA": the first capital after a lower-case letter; before it lower-case only
  for (let i = 1; i < word.length; i++) {
    const c = word[i]!;
    if (!isUpperCh(c)) continue;
    if (!isLowerCh(word[i - 1]!)) return { shape: null, change: -1 };
    // a second lower→upper change ("ChristenUnieFractie") is a name, not glue
    for (let k = i + 2; k < word.length; k++) if (isUpperCh(word[k]!) && isLowerCh(word[k - 1]!)) return { shape: null, change: -1 };
    return { shape: "camel", change: i };
  }
  return { shape: "lower", change: -1 };
}

const cache = new Map<string, GlueSplit | null>();

/**
 * Two glued Dutch words are rarely longer than this ("arbeidsmarktdiscriminatie" + "wetsvoorstel" is 37);
 * every split point costs a dictionary probe, so a 100,000-letter run would cost minutes.
 */
const MAX_GLUED_LETTERS = 64;

/** Where to split a glued word, or null. `word` is a run of letters. */
export function glueSplit(word: string, dict: DutchDictionary): GlueSplit | null {
  if (word.length < 4 || word.length > MAX_GLUED_LETTERS) return null;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = computeSplit(word, dict);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, result);
  return result;
}

function computeSplit(word: string, dict: DutchDictionary): GlueSplit | null {
  const { shape, change } = shapeOf(word);
  if (shape === "camel") {
    const left = word.slice(0, change), right = word.slice(change);
    if (right.length < 2) return null;
    for (const r of GLUE_RULES) {
      if (r.shape !== "camel") continue;
      const leftOk =
        r.left.kind === "list" ? r.left.words.has(left)
        : r.left.kind === "word" ? isLowerCh(left[0]!) && left.length >= 2 && (dict.lookup(left) & WORD) !== 0
        : fits(r.left, left, dict, true, left);
      if (leftOk && fits(r.right, right, dict, false, right)) return { at: change, rule: r.id };
    }
    return null;
  }
  if (shape !== "lower") return null;
  const lower = word.toLowerCase();
  for (const r of GLUE_RULES) {
    if (r.shape !== "lower" || !r.whole?.has(lower)) continue;
    for (let at = 2; at <= word.length - 2; at++) {
      if (r.left.words.has(lower.slice(0, at)) && r.right.words.has(lower.slice(at))) return { at, rule: r.id };
    }
  }
  if (word.length < 5 || dict.isWord(word)) return null;
  // the compound check costs a dictionary probe per split point: asked only once a row's cheap side checks pass
  let compound: boolean | null = null;
  for (const r of GLUE_RULES) {
    if (r.shape !== "lower" || r.whole) continue;
    for (let at = 2; at <= word.length - 2; at++) {
      const left = word.slice(0, at), right = word.slice(at);
      const rightLower = right.toLowerCase();
      // word-list sides first: a set lookup rules out nearly every position before the dictionary is asked
      if (r.left.kind === "list" && !fits(r.left, left, dict, true, left)) continue;
      if (r.right.kind === "list" && !fits(r.right, rightLower, dict, false, rightLower)) continue;
      // an inflected adjective ends in -e
      if (r.left.kind === "inflected-adjective" && !left.endsWith("e")) continue;
      // a two-letter part is a function word from a list; the other side must be a real word
      // (a capitalised word begins with three letters at least: "Me|enen" is the name Meenen)
      if (left.length < 3 && (r.left.kind !== "list" || isUpperCh(word[0]!))) continue;
      if (right.length < 3 && (r.right.kind !== "list" || left.length < 4)) continue;
      compound ??= dict.isCompound(word);
      if (compound) return null;
      if (r.left.kind !== "list" && !fits(r.left, left, dict, true, left)) continue;
      if (r.right.kind !== "list" && !fits(r.right, rightLower, dict, false, rightLower)) continue;
      if (r.rightUnlessCompoundEnd && dict.lookup(rightLower) & COMPOUND_END) continue;
      return { at, rule: r.id };
    }
  }
  return null;
}

/** The row that reads a scanned capital I inside a lower-case word as i ("jeugdbeschermIng"), if any. */
export const OCR_CAPITAL_I_RULE: string | null = GLUE_RULES.find((r) => r.shape === "ocr-capital-i")?.id ?? null;

/**
 * Offsets of capital I's to read as i: the word is lower-case apart from them
 * (an initial capital allowed), is no word as written, and is one with i.
 */
export function ocrCapitalI(word: string, dict: DutchDictionary): number[] | null {
  const first = word.indexOf("I", 1);
  if (first < 0 || word.length < 4) return null;
  const at: number[] = [];
  for (let k = 1; k < word.length; k++) {
    const c = word[k]!;
    if (c === "I") at.push(k);
    else if (!isLowerCh(c)) return null;
  }
  // (isCompound reads lower case, so only the listed form as written counts here)
  if (dict.isWord(word)) return null;
  const fixed = word.replace(/(?<=.)I/g, "i");
  return dict.isKnown(fixed) ? at : null;
}

/** The row that puts back the space after a comma between two words ("pakken,zodat"), if any. */
export const COMMA_SPACE_RULE: string | null = GLUE_RULES.find((r) => r.shape === "after-comma")?.id ?? null;

/** Should the hyphen between `left` and `right` (letter runs) go: "regelge-ving" → "regelgeving"? */
export function dropsHyphen(left: string, right: string, dict: DutchDictionary, atLineEnd = false): string | null {
  if (left.length < 2 || right.length < 2 || !isLowerCh(right[0]!) || !isLowerCh(left[left.length - 1]!)) return null;
  for (const r of GLUE_RULES) {
    if (r.shape !== "hyphenated") continue;
    if (!dict.isKnown(left + right) || r.right.words.has(right)) continue;
    // after a capitalised part the hyphen is deliberate unless both parts are syllables: "Veldzicht-doelgroep", "Economi-sche"
    // (at a line end the typesetter's hyphen is the rule: "Zorgak-|koord")
    if (!atLineEnd && isUpperCh(left[0]!) && (dict.isWord(left) || dict.isWord(right))) continue;
    // two words may be joined by a hyphen on purpose ("oorzaak-gevolg"; where vowels meet, "auto-ongeluk"):
    // drop it only when the dictionary lists the joined word itself
    if (dict.isWord(left) && dict.isWord(right)) {
      if (!dict.isWord(left + right) || (VOWELS.has(left[left.length - 1]!) && VOWELS.has(right[0]!))) continue;
    }
    return r.id;
  }
  return null;
}
