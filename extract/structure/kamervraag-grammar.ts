/**
 * Compiles kamervraag-grammar.json once: word lists become alternations
 * (longest first), clause templates become regular expressions over
 * white-space-flattened text. The engine (kamervraag-header.ts) never names a
 * row: it runs every clause and acts on what the row `emits`.
 */
import { readFileSync } from "node:fs";

export interface GrammarWord {
  word: string;
  value?: string;
  plural?: boolean;
  reason?: string;
  example?: string;
}

export interface ClauseRow {
  id: string;
  match: string;
  until: string[];
  stopAt: string[];
  emits: "askers" | "answerers" | "notifiers";
  /** longest people span (characters of flat text) the clause accepts */
  maxSpan?: number;
  /** "body": the clause is a sentence of the text (a notice), not part of the header */
  part?: "header" | "body";
  reason: string;
  examples: string[];
  counterexamples: string[];
}

interface RawGrammar {
  lists: Record<string, { reason: string; words: GrammarWord[] }>;
  clauses: ClauseRow[];
}

export interface CompiledClause extends ClauseRow {
  re: RegExp;
  untilRes: RegExp[];
  stopRes: RegExp[];
}

const raw = JSON.parse(readFileSync(new URL("./kamervraag-grammar.json", import.meta.url), "utf8")) as RawGrammar;

function ministryNames(): string[] {
  const rows = JSON.parse(readFileSync(new URL("../lexicons/ministries.json", import.meta.url), "utf8")) as Array<{ name: string; aliases?: string[] }>;
  const out: string[] = [];
  for (const r of rows) {
    for (const n of [r.name, ...(r.aliases ?? [])]) {
      const bare = n.replace(/^(?:het\s+)?[Mm]inisterie\s+van\s+/, "");
      if (/^\p{Lu}/u.test(bare) && !/^(?:ministerie|Ministerie)\b/.test(bare)) out.push(bare);
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One word, its first letter in either case and the whole word in capitals
 * ("Minister", "minister", "MINISTER"). Patterns stay case-sensitive otherwise,
 * so that a lower-case class such as \p{Ll} keeps its meaning (under the i flag
 * it would match capitals too).
 */
function caseless(word: string): string {
  const first = word[0] ?? "";
  if (!/\p{L}/u.test(first)) return escape(word);
  const variants = `[${first.toLowerCase()}${first.toUpperCase()}]${escape(word.slice(1))}`;
  return word.length > 1 && word.toUpperCase() !== word ? `(?:${variants}|${escape(word.toUpperCase())})` : variants;
}

/** A phrase as a pattern: each space matches one optional space (PDF text glues words). */
export function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(caseless).join(" ?");
}

export function listWords(name: string): GrammarWord[] {
  const list = raw.lists[name];
  if (!list) throw new Error(`kamervraag grammar: unknown list ${name}`);
  return name === "portfolio" ? [...list.words, ...ministryNames().map((word) => ({ word }))] : list.words;
}

export function listPattern(name: string): string {
  const words = [...new Set(listWords(name).map((w) => w.word))].sort((a, b) => b.length - a.length);
  return `(?:${words.map(phrasePattern).join("|")})`;
}

/** "{askIntro} van {members}" → pattern; a word or {list} followed by "?" is optional. */
export function templatePattern(template: string): string {
  const parts = template.trim().split(/\s+/).map((tok) => {
    const optional = tok.length > 1 && tok.endsWith("?") && tok !== "?";
    const t = optional ? tok.slice(0, -1) : tok;
    const ref = /^\{(\w+)\}$/.exec(t);
    const body = ref ? listPattern(ref[1]!) : caseless(t);
    return optional ? `(?:${body} ?)?` : `${body} ?`;
  });
  // the last part must not swallow a trailing optional space
  return parts.join("").replace(/ \?$/, "");
}

const boundary = (p: string) => (/^[\p{L}\d[]/u.test(p.replace(/^\(\?:/, "")) ? `(?<![\\p{L}\\d])${p}` : p);

function compileClause(row: ClauseRow): CompiledClause {
  const re = new RegExp(`(?<![\\p{L}\\d])${templatePattern(row.match)}(?![\\p{Ll}])`, "gu");
  const untilRes = row.until.map((u) => new RegExp(boundary(templatePattern(u)), "u"));
  const stopRes = row.stopAt.map((s) => new RegExp(/^[\p{L}]/u.test(s) ? `(?<![\\p{L}])${phrasePattern(s)}(?![\\p{L}])` : phrasePattern(s), "u"));
  return { ...row, re, untilRes, stopRes };
}

export const CLAUSES: CompiledClause[] = raw.clauses.map(compileClause);

const officeWords = listWords("office");
/** "Staatsecretaris" → { office: "staatssecretaris", plural: false } */
export function officeOf(word: string): { office: string; plural: boolean } | null {
  const w = word.toLowerCase().replace(/\s+/g, "");
  const hit = officeWords.find((o) => o.word === w);
  return hit ? { office: hit.value ?? hit.word, plural: !!hit.plural } : null;
}

export const OFFICE = listPattern("office");
export const ARTICLE = listPattern("article");
export const PORTFOLIO = listPattern("portfolio");
export const DISTRIBUTIVE = listPattern("distributive");
export const ON_BEHALF = listPattern("onBehalf");
export const ABSENT = listPattern("absent");
export const TOPIC = listPattern("topic");
export const HOLDER_JOIN = listPattern("holderJoin");
export const GRAMMAR_LISTS = raw.lists;
