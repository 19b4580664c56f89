/**
 * A cheap necessary condition for a regular expression, derived from its
 * source: the literal text every match must contain. Most sentences lack the
 * cue words of most rule rows, so testing a few `includes` on the lower-cased
 * sentence lets the pipeline skip the expensive (unicode, lazy-gap) regexes
 * without changing what they match.
 *
 * The requirement is a conjunction of clauses; a clause is a set of literal
 * alternatives of which at least one must occur. Derivation is conservative:
 * anything the analyser does not understand contributes no requirement, so
 * the prefilter can only let through more sentences than the regex matches,
 * never fewer. Literals are lower-cased because the rule regexes run with the
 * `i` flag; the text is lower-cased the same way (see `lowerForPrefilter`).
 */

export type Clause = readonly string[];

/** stands for "some ASCII digit" (\d); `lowerForPrefilter` appends it to texts that have one */
const DIGIT = "\u0000d";

interface Node {
  /** clauses that every match of this node satisfies */
  clauses: Clause[];
  /** when the node is a plain literal string, its text (joins with neighbours) */
  literal: string | null;
  /** the node is \\b ("b") or whitespace \\s ("ws") */
  boundary?: Boundary;
  /** a group or sequence: the literal each alternative ends with (clause form), or null when one does not */
  trailing?: string[] | null;
}

type Boundary = false | "b" | "ws";
const WORD_CHAR = /^[a-z0-9_]/;

const NONE: Node = { clauses: [], literal: null };

/**
 * Marks a word boundary at the start or end of a literal ("\\bwe\\b" → B+"we"+B):
 * "we" as a word is rare where "we" inside "twee" is everywhere. Tested with a
 * flag-less \\b on the lower-cased text, which sees the same word characters as
 * the rules' /iu \\b (lower-casing maps no non-word character to [a-z0-9_]).
 */
const B = "\u0001";
const bare = (s: string) => s.replaceAll(B, "");

/**
 * How selective a literal is, roughly: longer is rarer, a word boundary makes it
 * rarer ("|we|" vs "we" inside "twee"), a Dutch function word or a short
 * fragment ("ge") is in nearly every sentence. Only the choice of clauses
 * depends on this, never whether a clause is a necessary condition.
 */
function strength(s: string): number {
  const b = bare(s);
  const markers = s.length - b.length;
  return b.length + 2 * markers - (COMMON_WORDS.has(b.trim()) ? 4 : 0) - (markers === 0 && b.length <= 3 ? 3 : 0);
}
const COMMON_WORDS = new Set("de het een van in op is en te dat die aan met voor zijn er niet ook bij als om of naar door wordt worden we ik uit tot over dit deze".split(" "));

/** How selective a clause is: its weakest alternative counts, fewer alternatives better. */
function score(c: Clause): number {
  return Math.min(...c.map(strength)) * 4 - c.length;
}

function useful(c: Clause): boolean {
  return c.length > 0 && c.every((s) => bare(s).trim().length >= 2);
}

/** The best few clauses: enough to filter, few enough to be cheap. */
function best(clauses: Clause[], n = 3): Clause[] {
  const seen = new Set<string>();
  return clauses
    .filter(useful)
    .filter((c) => {
      const k = [...c].sort().join("\u0000");
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => score(b) - score(a))
    .slice(0, n);
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Clause[] {
    const n = this.alternation();
    if (this.i < this.src.length) return []; // unbalanced: give up, no requirement
    return best(n.clauses);
  }

  private alternation(leftBoundary: Boundary = false): Node {
    const alts: Node[] = [this.sequence(leftBoundary)];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence(leftBoundary));
    }
    if (alts.length === 1) return alts[0]!;
    const trailing = alts.every((a) => a.trailing) ? alts.flatMap((a) => a.trailing!) : null;
    // each alternative contributes its single best clause; all must have one
    const union: string[] = [];
    for (const a of alts) {
      const b = best(a.clauses, 1)[0];
      if (!b) return { clauses: [], literal: null, trailing };
      union.push(...b);
    }
    return { clauses: [union], literal: null, trailing };
  }

  /**
   * `left`: what precedes the sequence: "b" an explicit \\b, "ws" whitespace (a
   * boundary only before a word character), false nothing known.
   */
  private sequence(left: Boundary = false): Node {
    const clauses: Clause[] = [];
    let run = "";
    let runLeft = false;
    let prev: Boundary = left;
    /** literals that end exactly where the last atom (a group) ended, one per alternative */
    let pending: string[] | null = null;
    const flush = (rightBoundary: boolean) => {
      if (run) clauses.push([(runLeft ? B : "") + run + (rightBoundary ? B : "")]);
      run = "";
    };
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom(run.endsWith(" ") ? "ws" : prev);
      const q = this.quantifier();
      if (atom.boundary && (q === null || q.min >= 1)) {
        // \\b: a boundary whatever the characters; whitespace: after a word character only
        const kind = atom.boundary;
        flush(kind === "b" || WORD_CHAR.test(run.slice(-1)));
        // "(?:ik|we)\\s": every alternative's last literal ends a word
        if (pending) clauses.push(pending.map((t) => (kind === "b" || WORD_CHAR.test(bare(t).slice(-1)) ? t + B : t)));
        pending = null;
        prev = kind;
        continue;
      }
      pending = null;
      if (q === null && atom.literal !== null) {
        if (!run) runLeft = prev === "b" || (prev === "ws" && WORD_CHAR.test(atom.literal));
        run += atom.literal;
      } else if (q === null) {
        flush(false);
        clauses.push(...atom.clauses);
        pending = atom.trailing ?? null;
      } else {
        flush(false);
        if (q.min >= 1) {
          if (atom.literal !== null) clauses.push([atom.literal]);
          else clauses.push(...atom.clauses);
        }
      }
      prev = false;
    }
    const trailing = run ? [(runLeft ? B : "") + run] : pending;
    flush(false);
    return { clauses: best(clauses, 6), literal: null, trailing };
  }

  private quantifier(): { min: number } | null {
    const c = this.src[this.i];
    let min: number | null = null;
    if (c === "?" || c === "*") {
      this.i++;
      min = 0;
    } else if (c === "+") {
      this.i++;
      min = 1;
    } else if (c === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      min = Number(m[1]);
    }
    if (min === null) return null;
    if (this.src[this.i] === "?") this.i++; // lazy
    return { min };
  }

  private atom(afterBoundary: Boundary): Node {
    const c = this.src[this.i]!;
    if (c === "(") return this.group(afterBoundary);
    if (c === "[") {
      this.charClass();
      return NONE;
    }
    if (c === "\\") return this.escape();
    this.i++;
    if (c === "." || c === "^" || c === "$") return NONE;
    return { clauses: [], literal: c.toLowerCase() };
  }

  private group(afterBoundary: Boundary): Node {
    this.i++; // (
    let lookaround = false;
    if (this.src[this.i] === "?") {
      const rest = this.src.slice(this.i);
      if (rest.startsWith("?:")) this.i += 2;
      else if (rest.startsWith("?=") || rest.startsWith("?!")) {
        this.i += 2;
        lookaround = true;
      } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
        this.i += 3;
        lookaround = true;
      } else {
        const m = /^\?<[A-Za-z_$][\w$]*>/.exec(rest);
        if (!m) throw new Error(`literal-prefilter: unsupported group at ${this.i} in ${this.src}`);
        this.i += m[0].length;
      }
    }
    const inner = this.alternation(lookaround ? false : afterBoundary);
    if (this.src[this.i] !== ")") throw new Error(`literal-prefilter: unbalanced group in ${this.src}`);
    this.i++;
    return lookaround ? NONE : { clauses: inner.clauses, literal: null, trailing: inner.trailing ?? null };
  }

  private charClass(): void {
    this.i++; // [
    if (this.src[this.i] === "^") this.i++;
    if (this.src[this.i] === "]") this.i++;
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      if (this.src[this.i] === "\\") this.i++;
      this.i++;
    }
    this.i++; // ]
  }

  private escape(): Node {
    this.i++; // backslash
    const c = this.src[this.i]!;
    this.i++;
    if (c === "p" || c === "P") {
      const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return NONE;
    }
    if (c === "k") {
      const m = /^<[^>]*>/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return NONE;
    }
    if (c === "u" || c === "x" || c === "c") {
      // \uXXXX, \u{…}, \xXX, \cX: a character we do not bother decoding
      const m = /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2}|[A-Za-z])/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return NONE;
    }
    if (c === "d") return { clauses: [[DIGIT]], literal: null };
    if (c === "b") return { clauses: [], literal: null, boundary: "b" };
    if (c === "s") return { clauses: [], literal: null, boundary: "ws" };
    if (/[A-Za-z0-9]/.test(c)) return NONE; // \b \s \w \S \1 \n …: a class, anchor or back reference
    return { clauses: [], literal: c.toLowerCase() }; // escaped punctuation: \. \( \- \/ …
  }
}

/** The literal requirement of a regex source (lower-cased clauses; empty = none). */
export function requiredLiterals(source: string): Clause[] {
  return new Parser(source).parse();
}

// ── one scan per text ──────────────────────────────────────────────────────
//
// Every literal of every prefilter goes into one Aho–Corasick automaton. A
// text is read once, one table step per character, and the literals found
// are flagged; a prefilter is then a few array lookups instead of one
// `includes` or regex per rule row.

interface Variant {
  bare: string;
  left: boolean;
  right: boolean;
}

const variants: Variant[] = [];
const variantIds = new Map<string, number>();
const variantsOfBare = new Map<string, number[]>();
/** bumps when literals are added; scans of an older version are redone */
let version = 0;

interface Automaton {
  /** char code → column (0: a character no literal contains) */
  column: Uint8Array;
  columns: number;
  /** state × column → next state */
  step: Int32Array;
  /** per state: [literal length, variant ids…] of every literal ending here (own and via failure links) */
  out: Array<Array<{ length: number; ids: number[] }> | null>;
}
let automaton: Automaton | null = null;
let automatonVersion = -1;

function variantId(literal: string): number {
  let id = variantIds.get(literal);
  if (id !== undefined) return id;
  const left = literal.startsWith(B), right = literal.length > 1 && literal.endsWith(B);
  const v: Variant = { bare: bare(literal), left, right };
  id = variants.push(v) - 1;
  variantIds.set(literal, id);
  variantsOfBare.set(v.bare, [...(variantsOfBare.get(v.bare) ?? []), id]);
  version++;
  return id;
}

function buildAutomaton(): Automaton {
  const column = new Uint8Array(65536);
  let columns = 1;
  for (const text of variantsOfBare.keys()) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (column[c] === 0) {
        if (columns === 255) throw new Error("literal-prefilter: too many distinct characters in rule literals");
        column[c] = columns++;
      }
    }
  }
  // the trie
  const goto: Array<Map<number, number>> = [new Map()];
  const own: Array<Array<{ length: number; ids: number[] }> | null> = [null];
  for (const [text, ids] of variantsOfBare) {
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const col = column[text.charCodeAt(k)]!;
      let next = goto[state]!.get(col);
      if (next === undefined) {
        next = goto.push(new Map()) - 1;
        own.push(null);
        goto[state]!.set(col, next);
      }
      state = next;
    }
    (own[state] ??= []).push({ length: text.length, ids });
  }
  // failure links, breadth first; the step table is the full transition function
  const states = goto.length;
  const step = new Int32Array(states * columns);
  const fail = new Int32Array(states);
  const out: Automaton["out"] = own.map((o) => (o ? [...o] : null));
  const queue: number[] = [];
  for (let col = 0; col < columns; col++) {
    const next = goto[0]!.get(col);
    step[col] = next ?? 0;
    if (next !== undefined) queue.push(next);
  }
  for (let h = 0; h < queue.length; h++) {
    const state = queue[h]!;
    const f = fail[state]!;
    if (out[f]) out[state] = [...(out[state] ?? []), ...out[f]!];
    for (let col = 0; col < columns; col++) {
      const next = goto[state]!.get(col);
      if (next !== undefined) {
        fail[next] = step[f * columns + col]!;
        step[state * columns + col] = next;
        queue.push(next);
      } else {
        step[state * columns + col] = step[f * columns + col]!;
      }
    }
  }
  return { column, columns, step, out };
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** A text's literals, found once. */
export interface Scan {
  readonly text: string;
  present: Uint8Array;
  version: number;
}

/**
 * The text as the prefilters compare it: lower-cased, with the few letters whose
 * case-insensitive regex match lower-casing does not reproduce folded by hand
 * (long s matches "s" under /iu, dotless i matches "i" under /i).
 */
export function lowerForPrefilter(text: string): string {
  let l = text.toLowerCase();
  if (l.includes("ſ") || l.includes("ı")) l = l.replace(/ſ/g, "s").replace(/ı/g, "i");
  // no literal contains U+0000, so the marker cannot join with the text's last characters
  return HAS_DIGIT.test(text) ? l + DIGIT : l;
}
const HAS_DIGIT = /\d/;

function scanPresent(text: string): Uint8Array {
  if (automatonVersion !== version) {
    automaton = buildAutomaton();
    automatonVersion = version;
  }
  const { column, columns, step, out } = automaton!;
  const lower = lowerForPrefilter(text);
  const present = new Uint8Array(variants.length);
  const n = lower.length;
  let state = 0;
  for (let q = 0; q < n; q++) {
    state = step[state * columns + column[lower.charCodeAt(q)]!]!;
    const ends = out[state];
    if (!ends) continue;
    // word boundaries (the flag-less \\b of the lower-cased text) at the literal's ends
    const rightOk = isWordCode(lower.charCodeAt(q)) !== isWordCode(q + 1 < n ? lower.charCodeAt(q + 1) : 32);
    for (const e of ends) {
      const p = q + 1 - e.length;
      const leftOk = isWordCode(p > 0 ? lower.charCodeAt(p - 1) : 32) !== isWordCode(lower.charCodeAt(p));
      for (const id of e.ids) {
        const v = variants[id]!;
        if ((!v.left || leftOk) && (!v.right || rightOk)) present[id] = 1;
      }
    }
  }
  return present;
}

let lastScan: Scan | null = null;

/** Finds every prefilter literal in the text (the last text's scan is reused: stages share sentences). */
export function scanLiterals(text: string): Scan {
  if (lastScan && lastScan.text === text && lastScan.version === version) return lastScan;
  lastScan = { text, present: scanPresent(text), version };
  return lastScan;
}

export type Prefilter = (scan: Scan) => boolean;

/** The compiled necessary condition of a regex source, to call with `scanLiterals(text)`. */
export function prefilterFor(source: string): Prefilter {
  const clauses = requiredLiterals(source).map((c) => [...new Set(c.map(variantId))]);
  if (clauses.length === 0) return () => true;
  return (scan) => {
    // literals registered after the scan was made: scan again
    if (scan.version !== version) {
      scan.present = scanPresent(scan.text);
      scan.version = version;
    }
    const present = scan.present;
    for (const ids of clauses) {
      let ok = false;
      for (const id of ids) {
        if (present[id] === 1) {
          ok = true;
          break;
        }
      }
      if (!ok) return false;
    }
    return true;
  };
}
