/**
 * The token match language of every rule family (see README.md), compiled
 * once to a regular expression over a sentence whose entity mentions are
 * placeholders ("⟦3:O⟧"). Rows stay short and readable; the regex is an
 * implementation detail nobody writes by hand.
 *
 *   heeft  onderzoek*  *contract   a word (case-insensitive), with a trailing / leading wildcard
 *   #hebben                        any word of a word list (words/*.json)
 *   (de|het)?  (in opdracht van)   alternatives of token sequences; `?` makes any token optional
 *   {ORG:a} {ORG|COM:b}            one entity of a type class, captured as slot a
 *   {ORGS:a}                       a coordinated list ("A, B en C")
 *   {ORG+:a}                       one to eight entities with short gaps between them
 *   {PROG*:a}                      every entity of the class in the rest of the sentence
 *   {ORG}                          an entity that is not captured
 *   ~  ~N  ~~  ~*                  gaps: ≤60 characters without an entity or dash; ≤N without an
 *                                  entity; ≤160 of anything; any length without an entity
 *   _  _N                          exactly one word; up to N words
 *   NUM  ^                         a number; the start of the sentence
 *   ,  ;  :  \(  \)               punctuation (escape parentheses)
 *   !(…)                           not preceded by … (first token) / not followed by … (last token)
 */
import type { EntityType } from "../model/graph-model.ts";
import { TYPE_LETTER } from "../relations/placeholders.ts";

/** Type classes of entity slots, by entity type (the model's names). */
export const TYPE_CLASSES: Record<string, readonly EntityType[]> = {
  ORG: ["Organisation"],
  PER: ["Person"],
  PROG: ["Programme"],
  PARTY: ["Party"],
  COM: ["Committee"],
  // an actor of a clause: who funds, commissions, founds (parties act through their members)
  ACT: ["Organisation", "Person", "Committee"],
  OP: ["Organisation", "Programme"],
  ANY: ["Organisation", "Person", "Programme", "Party", "Committee"],
};

export interface Slot {
  name: string;
  types: readonly EntityType[];
}

export interface CompiledMatch {
  source: string;
  re: RegExp;
  /** captured slots in order of appearance */
  slots: Slot[];
}

export type WordLists = ReadonlyMap<string, readonly string[]>;

export const MAX_MATCH_LENGTH = 160;

const SEP = "\\s*";
const COORD = "(?:\\s*,\\s*|\\s+(?:en|of|als|en ook|alsmede)\\s+)(?:(?:de|het)\\s+)?";

/** `wordy`: the token starts and ends with a letter on a word boundary, so the space after it is obligatory */
type Item = { src: string; kind: "token" | "gap" | "look"; optional: boolean; wordy?: boolean };

export class MatchSyntaxError extends Error {}

export function compileMatch(match: string, lists: WordLists, flags = "giu"): CompiledMatch {
  if (match.length > MAX_MATCH_LENGTH) throw new MatchSyntaxError(`match longer than ${MAX_MATCH_LENGTH} characters`);
  const slots: Slot[] = [];
  const p = new Parser(match, lists, slots);
  const items = p.sequence(false);
  if (!p.done()) throw new MatchSyntaxError(`unexpected "${match.slice(p.pos)}"`);
  const source = join(items, true);
  try {
    return { source, re: new RegExp(source, flags), slots };
  } catch (e) {
    throw new MatchSyntaxError(`bad pattern ${source}: ${(e as Error).message}`);
  }
}

/** Items joined by optional whitespace; words carry their own boundaries, so "vande" never matches "van de". */
function join(items: Item[], top: boolean): string {
  let out = "";
  items.forEach((it, i) => {
    if (it.kind === "look") {
      // a lookbehind sees the separator before the next token; a lookahead the one after the last
      out += i === 0 ? `(?<!${it.src}${SEP})` : `(?!${SEP}${it.src})`;
      return;
    }
    const last = i === items.length - 1;
    const next = items[i + 1];
    // two obligatory words always have whitespace between them (their boundaries demand a non-letter);
    // writing it as \s+ lets the literal prefilter see "in opdracht van" as one literal
    const sep = it.wordy && next?.wordy && !next.optional ? "\\s+" : SEP;
    if (it.optional) out += `(?:${it.src}${SEP})?`;
    else out += it.src + (last || it.kind === "gap" ? "" : sep);
  });
  return top ? out : out.replace(/(?:\\s\*)+$/, "");
}

class Parser {
  pos = 0;
  constructor(private readonly text: string, private readonly lists: WordLists, private readonly slots: Slot[]) {}

  done(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  private skipSpace() {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  /** tokens until end, "|" or ")" */
  sequence(inGroup: boolean): Item[] {
    const items: Item[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === undefined || (inGroup && (c === "|" || c === ")"))) return items;
      if (c === "|" || c === ")") throw new MatchSyntaxError(`unbalanced "${c}" at ${this.pos}`);
      const item = this.atom();
      if (this.text[this.pos] === "?") {
        this.pos++;
        item.optional = true;
      }
      items.push(item);
    }
  }

  private atom(): Item {
    const t = this.text;
    if (t.startsWith("!(", this.pos)) {
      this.pos += 2;
      const inner = this.alternatives();
      return { src: inner, kind: "look", optional: false };
    }
    const c = t[this.pos]!;
    if (c === "(") {
      this.pos++;
      return { src: this.alternatives(), kind: "token", optional: false };
    }
    if (c === "{") return this.slot();
    if (c === "~") return this.gap();
    if (c === "_") {
      const n = this.number(1);
      if (n === null) return { src: "[\\p{L}\\p{N}-]+", kind: "token", optional: false };
      return { src: `(?:\\S+\\s+){0,${n}}?`, kind: "gap", optional: false };
    }
    if (c === "^") {
      this.pos++;
      return { src: "^", kind: "gap", optional: false };
    }
    if (c === "#") {
      const name = this.read(/[\p{L}\p{N}-]/u, 1);
      const words = this.lists.get(name);
      if (!words) throw new MatchSyntaxError(`unknown word list #${name}`);
      return { src: alternation(words.map(word)), kind: "token", optional: false, wordy: words.every(isWord) };
    }
    if (c === "\\") {
      this.pos += 2;
      return { src: escape(t[this.pos - 1] ?? ""), kind: "token", optional: false };
    }
    if (/[,;:.'’»”"“-]/.test(c) && !/[\p{L}]/u.test(t[this.pos + 1] ?? "")) {
      this.pos++;
      return { src: escape(c), kind: "token", optional: false };
    }
    const w = this.read(/[^\s(){}|?!~#]/u, 0);
    if (!w) throw new MatchSyntaxError(`unexpected "${c}" at ${this.pos}`);
    if (w === "NUM") return { src: "\\d+", kind: "token", optional: false };
    return { src: word(w), kind: "token", optional: false, wordy: isWord(w) };
  }

  /** after "(": alternatives up to ")" */
  private alternatives(): string {
    const alts: string[] = [];
    for (;;) {
      alts.push(join(this.sequence(true), false));
      const c = this.text[this.pos];
      this.pos++;
      if (c === ")") return alternation(alts);
      if (c !== "|") throw new MatchSyntaxError(`missing ")"`);
    }
  }

  private slot(): Item {
    const end = this.text.indexOf("}", this.pos);
    if (end < 0) throw new MatchSyntaxError(`missing "}"`);
    const body = this.text.slice(this.pos + 1, end);
    this.pos = end + 1;
    const m = /^([A-Z|]+?)(S|\+|\*)?(?::(\w+))?$/.exec(body);
    if (!m) throw new MatchSyntaxError(`bad slot {${body}}`);
    const types = [...new Set(m[1]!.split("|").flatMap((cls) => {
      const ts = TYPE_CLASSES[cls];
      if (!ts) throw new MatchSyntaxError(`unknown type class ${cls}`);
      return ts;
    }))];
    const letters = types.map((x) => TYPE_LETTER[x]).join("");
    const one = `⟦\\d+:${letters.length === 1 ? letters : `[${letters}]`}⟧`;
    const many = m[2];
    const inner = many === "S" ? `${one}(?:${COORD}${one})*` : many === "+" ? `${one}(?:[^⟦]{0,40}?${one}){0,7}` : many === "*" ? ".*" : one;
    const name = m[3];
    if (!name) return { src: many ? `(?:${inner})` : inner, kind: "token", optional: false };
    if (this.slots.some((s) => s.name === name)) throw new MatchSyntaxError(`slot ${name} twice`);
    this.slots.push({ name, types });
    return { src: `(?<${name}>${inner})`, kind: "token", optional: false };
  }

  private gap(): Item {
    const t = this.text;
    if (t.startsWith("~~", this.pos)) {
      this.pos += 2;
      return { src: ".{0,160}?", kind: "gap", optional: false };
    }
    if (t.startsWith("~*", this.pos)) {
      this.pos += 2;
      return { src: "[^⟦]*", kind: "gap", optional: false };
    }
    const n = this.number(1);
    return { src: n === null ? "[^⟦–—]{0,60}?" : `[^⟦]{0,${n}}?`, kind: "gap", optional: false };
  }

  /** digits after a one-character operator, or null */
  private number(skip: number): number | null {
    this.pos += skip;
    const m = /^\d+/.exec(this.text.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    const n = Number(m[0]);
    if (n > 160) throw new MatchSyntaxError(`gap ${n} longer than 160`);
    return n;
  }

  private read(re: RegExp, skip: number): string {
    this.pos += skip;
    const start = this.pos;
    while (this.pos < this.text.length && re.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }
}

function alternation(alts: string[]): string {
  return alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const ASCII_WORD = /[A-Za-z0-9_]/;
const LETTER = /[\p{L}\p{N}]/u;

/** letters (or digits) at both ends, wildcards allowed: its boundaries are letter boundaries */
function isWord(w: string): boolean {
  return /^\*?[\p{L}\p{N}]/u.test(w) && /[\p{L}\p{N}]\*?$/u.test(w);
}

/** One word or a multi-word phrase; `*` at either end is any run of letters. */
export function word(w: string): string {
  const pre = w.startsWith("*");
  const post = w.endsWith("*") && w.length > 1;
  const core = w.slice(pre ? 1 : 0, post ? -1 : undefined);
  const body = core.split(/\s+/).map(escape).join("\\s+");
  const first = core[0] ?? "";
  const lastCh = core[core.length - 1] ?? "";
  const open = pre ? "(?<![\\p{L}\\p{N}])\\p{L}*" : ASCII_WORD.test(first) ? "\\b" : LETTER.test(first) ? "(?<![\\p{L}\\p{N}])" : "";
  const close = post ? "\\p{L}*(?![\\p{L}\\p{N}])" : ASCII_WORD.test(lastCh) ? "\\b" : LETTER.test(lastCh) ? "(?![\\p{L}\\p{N}])" : "";
  return open + body + close;
}
