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

interface Node {
  /** clauses that every match of this node satisfies */
  clauses: Clause[];
  /** when the node is a plain literal string, its text (joins with neighbours) */
  literal: string | null;
}

const NONE: Node = { clauses: [], literal: null };

/** How selective a clause is: its shortest alternative, fewer alternatives better. */
function score(c: Clause): number {
  const min = Math.min(...c.map((s) => s.length));
  return min * 4 - c.length;
}

function useful(c: Clause): boolean {
  return c.length > 0 && c.every((s) => s.trim().length >= 2);
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

  private alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0]!;
    // each alternative contributes its single best clause; all must have one
    const union: string[] = [];
    for (const a of alts) {
      const b = best(a.clauses, 1)[0];
      if (!b) return NONE;
      union.push(...b);
    }
    return { clauses: [union], literal: null };
  }

  private sequence(): Node {
    const clauses: Clause[] = [];
    let run = "";
    const flush = () => {
      if (run) clauses.push([run]);
      run = "";
    };
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      const q = this.quantifier();
      if (q === null) {
        if (atom.literal !== null) run += atom.literal;
        else {
          flush();
          clauses.push(...atom.clauses);
        }
      } else {
        flush();
        if (q.min >= 1) {
          if (atom.literal !== null) clauses.push([atom.literal]);
          else clauses.push(...atom.clauses);
        }
      }
    }
    flush();
    return { clauses: best(clauses, 6), literal: null };
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

  private atom(): Node {
    const c = this.src[this.i]!;
    if (c === "(") return this.group();
    if (c === "[") {
      this.charClass();
      return NONE;
    }
    if (c === "\\") return this.escape();
    this.i++;
    if (c === "." || c === "^" || c === "$") return NONE;
    return { clauses: [], literal: c.toLowerCase() };
  }

  private group(): Node {
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
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Error(`literal-prefilter: unbalanced group in ${this.src}`);
    this.i++;
    return lookaround ? NONE : { clauses: inner.clauses, literal: null };
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
    if (/[A-Za-z0-9]/.test(c)) return NONE; // \b \s \d \w \S \1 \n …: a class, anchor or back reference
    return { clauses: [], literal: c.toLowerCase() }; // escaped punctuation: \. \( \- \/ …
  }
}

/** The literal requirement of a regex source (lower-cased clauses; empty = none). */
export function requiredLiterals(source: string): Clause[] {
  return new Parser(source).parse();
}

/**
 * The text as the prefilter compares it: lower-cased, with the few letters whose
 * case-insensitive regex match lower-casing does not reproduce folded by hand
 * (long s matches "s" under /iu, dotless i matches "i" under /i).
 */
export function lowerForPrefilter(text: string): string {
  const l = text.toLowerCase();
  return l.includes("ſ") || l.includes("ı") ? l.replace(/ſ/g, "s").replace(/ı/g, "i") : l;
}

/** Does the lower-cased text meet the requirement? */
export function meets(clauses: readonly Clause[], lower: string): boolean {
  for (const c of clauses) {
    let ok = false;
    for (const s of c) {
      if (lower.includes(s)) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}
