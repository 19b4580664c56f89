/**
 * Compiles rekenkamer-rules.json once: the rows that read an Algemene
 * Rekenkamer letter (genre cues, letterhead fields, askers, signature roles,
 * where an answer starts). Engine code never names a row id.
 */
import { readFileSync } from "node:fs";
import type { RelationType } from "../model/graph-model.ts";

export interface RuleRowRaw<E> {
  id: string;
  match: string;
  emits: E;
  reason: string;
  examples: string[];
  counterexamples: string[];
  caseSensitive?: boolean;
}

export interface CompiledRow<E> extends RuleRowRaw<E> {
  /** global, unicode; case-insensitive unless the row says otherwise */
  re: RegExp;
}

export type GenreCue = "organisation" | "letterhead" | "salutation" | "questions" | "signature" | "covering";
export type HeadField = "date" | "number" | "title" | "salutation" | "recipient" | "kamerstuk";

interface RawFile {
  lists: Record<string, string>;
  genreCues: RuleRowRaw<{ cue: GenreCue }>[];
  headFields: RuleRowRaw<{ field: HeadField }>[];
  askers: RuleRowRaw<{ relation: "ASKED"; who: "committees" | "tweede-kamer" }>[];
  signatureRoles: RuleRowRaw<{ relation: RelationType; office: string }>[];
  answerSplits: RuleRowRaw<{ answer: "at" | "after" }>[];
  addressee: RuleRowRaw<{ relation: "CHAIRS"; office: string }>[];
}

/** "kenmerk" → "k\s?e\s?n\s?m\s?e\s?r\s?k": OCR spreads letterhead labels ("K E N M E R K", "K ENM ER K"). */
function spaced(word: string): string {
  return [...word].join("\\s?");
}

/** Expand {spaced:word} and {LIST} references (lists may refer to each other and to spaced words). */
export function expandPattern(src: string, lists: Record<string, string>, depth = 0): string {
  if (depth > 4) throw new Error(`rekenkamer rules: list references nest too deep in ${src}`);
  return src.replace(/\{spaced:([\p{L}]+)\}|(?<!\\[pP])\{([A-Z][A-Z_]+)\}/gu, (_, word: string | undefined, list: string | undefined) => {
    if (word) return spaced(word);
    const body = lists[list!];
    if (body === undefined) throw new Error(`rekenkamer rules: unknown list {${list}}`);
    return `(?:${expandPattern(body, lists, depth + 1)})`;
  });
}

function compile<E>(rows: RuleRowRaw<E>[], lists: Record<string, string>): CompiledRow<E>[] {
  return rows.map((row) => {
    const src = expandPattern(row.match, lists);
    try {
      return { ...row, re: new RegExp(src, row.caseSensitive ? "gu" : "giu") };
    } catch (e) {
      throw new Error(`rekenkamer rule ${row.id}: bad pattern: ${(e as Error).message}`);
    }
  });
}

const raw = JSON.parse(readFileSync(new URL("./rekenkamer-rules.json", import.meta.url), "utf8")) as RawFile;

export const AR_RULES = {
  lists: raw.lists,
  genreCues: compile(raw.genreCues, raw.lists),
  headFields: compile(raw.headFields, raw.lists),
  askers: compile(raw.askers, raw.lists),
  signatureRoles: compile(raw.signatureRoles, raw.lists),
  answerSplits: compile(raw.answerSplits, raw.lists),
  addressee: compile(raw.addressee, raw.lists),
};

/** All rows, for the generic example/counterexample test. */
export function allRows(): CompiledRow<unknown>[] {
  return [...AR_RULES.genreCues, ...AR_RULES.headFields, ...AR_RULES.askers, ...AR_RULES.signatureRoles, ...AR_RULES.answerSplits, ...AR_RULES.addressee];
}

/** First match of a compiled row in `text` from `from` (rows are global: reset lastIndex). */
export function firstMatch(row: CompiledRow<unknown>, text: string, from = 0): RegExpExecArray | null {
  row.re.lastIndex = from;
  const m = row.re.exec(text);
  row.re.lastIndex = 0;
  return m;
}
