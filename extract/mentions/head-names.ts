/**
 * Names built on a head noun (rows of head-names.json): "Vereniging Sociale
 * Advocatuur Nederland", "Early Warning Systeem", "de Mobiliteitsalliantie".
 * Pure: the tokens of one sentence and the tokens other rules already took in,
 * name spans out, each with the id of the row that found it.
 */
import { readFileSync } from "node:fs";
import type { EntityType } from "../model/graph-model.ts";
import { dutchDictionary, INFLECTED_ADJECTIVE } from "../normalise/dutch-dictionary.ts";
import { isAllCaps, isCapitalised, type Token } from "../text/tokens.ts";
import { typeFromHead } from "./head-typing.ts";

interface Row {
  id: string;
  position: "initial" | "final" | "compound";
  heads: string[];
  emits: { type: EntityType; kind: string | null };
  reason: string;
  examples: string[];
  counterexamples: string[];
}

const raw = JSON.parse(readFileSync(new URL("./head-names.json", import.meta.url), "utf8")) as {
  connectors: string[]; adjectivePattern: string; rows: Row[]; genericNames: { names: string[] }; stopBefore: { heads: string[] };
};
const GENERIC = new Set(raw.genericNames.names);
const STOP_BEFORE = new Set(raw.stopBefore.heads);
export const HEAD_NAME_ROWS: readonly Row[] = raw.rows;
const CONNECTORS = new Set(raw.connectors);
const ADJECTIVE = new RegExp(raw.adjectivePattern, "u");
/** determiners open no name: "Dit Project", "Het Systeem" */
const DETERMINERS = new Set(["de", "het", "een", "dit", "dat", "deze", "die", "ons", "onze", "uw", "hun", "zijn", "haar", "elk", "elke", "ieder", "iedere", "geen"]);
const MAX_WORDS = 8;
const COORDINATORS = new Set(["en", "&"]);

const byPosition = (p: Row["position"]) => {
  const m = new Map<string, Row>();
  for (const r of raw.rows) if (r.position === p) for (const h of r.heads) if (!m.has(h)) m.set(h, r);
  return m;
};
const INITIAL = byPosition("initial");
const FINAL = byPosition("final");
const COMPOUND = raw.rows.filter((r) => r.position === "compound");

export interface HeadName {
  from: number;
  /** exclusive token index */
  to: number;
  type: EntityType;
  kind: string | null;
  rule: string;
}

/** Only white space between two tokens: names do not cross commas, brackets or colons. */
function joined(text: string, base: number, a: Token, b: Token): boolean {
  return /^\s*$/.test(text.slice(a.end - base, b.start - base));
}

const nameWord = (t: Token) => isCapitalised(t.text) && !CONNECTORS.has(t.norm);

/** Capitalised adjectives right before the head ("Nederlandse Vereniging", "Landelijke Milieukamer"). */
function adjectivesBefore(text: string, base: number, toks: Token[], taken: boolean[], i: number): number {
  let from = i;
  while (from > 0 && i - from < 2 && !taken[from - 1] && ADJECTIVE.test(toks[from - 1]!.text) && joined(text, base, toks[from - 1]!, toks[from]!)) from--;
  return from;
}

function initialName(text: string, base: number, toks: Token[], taken: boolean[], i: number, row: Row): HeadName | null {
  let last = -1;
  for (let j = i + 1; j < toks.length && j - i < MAX_WORDS; j++) {
    if (taken[j] || !joined(text, base, toks[j - 1]!, toks[j]!)) break;
    if (STOP_BEFORE.has(toks[j]!.norm)) break;
    // "Stichting Lezen & Schrijven en het Meldpunt …": after a connector, a new head opens a new name
    if (INITIAL.has(toks[j]!.norm) && CONNECTORS.has(toks[j - 1]!.norm)) break;
    if (nameWord(toks[j]!) && !isAllCaps(toks[j]!.text)) last = j;
    // "College en de Raad" is two bodies: a coordinator joins name words, it never follows the head itself
    else if (!CONNECTORS.has(toks[j]!.norm) || (j === i + 1 && COORDINATORS.has(toks[j]!.norm))) break;
  }
  // "Organisatie van de Nederlandse …": a name ends on a noun, not on an inflected adjective
  while (last > i && ((dutchDictionary().lookup(toks[last]!.norm) | dutchDictionary().lookup(toks[last]!.text)) & INFLECTED_ADJECTIVE) !== 0) last--;
  while (last > i && CONNECTORS.has(toks[last]!.norm)) last--;
  if (last <= i) return null;
  return { from: adjectivesBefore(text, base, toks, taken, i), to: last + 1, type: row.emits.type, kind: row.emits.kind, rule: row.id };
}

function finalName(text: string, base: number, toks: Token[], taken: boolean[], i: number, row: Row): HeadName | null {
  let first = -1, words = 0;
  for (let j = i - 1; j >= 0 && i - j < MAX_WORDS; j--) {
    if (taken[j] || !joined(text, base, toks[j]!, toks[j + 1]!)) break;
    if (nameWord(toks[j]!) && !DETERMINERS.has(toks[j]!.norm)) { first = j; words++; }
    // an article opens the noun phrase: "Vanuit het Landelijk Honden Dossier" ends the name at "het"
    else if (!CONNECTORS.has(toks[j]!.norm) || DETERMINERS.has(toks[j]!.norm)) break;
  }
  // two capitalised words and the head: "Early Warning Systeem"; one word is a plain noun phrase ("Nederlandse Systeem")
  if (first < 0 || words < 2) return null;
  return { from: first, to: i + 1, type: row.emits.type, kind: row.emits.kind, rule: row.id };
}

function compoundName(text: string, base: number, toks: Token[], taken: boolean[], i: number): HeadName | null {
  const t = toks[i]!;
  if (i === 0 || isAllCaps(t.text) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  const row = COMPOUND.find((r) => r.heads.some((h) => t.norm.length >= h.length + 4 && t.norm.endsWith(h)));
  if (!row || dutchDictionary().isWord(t.norm)) return null;
  return { from: adjectivesBefore(text, base, toks, taken, i), to: i + 1, type: row.emits.type, kind: row.emits.kind, rule: row.id };
}

/** Head-noun names in one sentence; `text` starts at offset `base`. Spans never overlap taken tokens or each other. */
export function findHeadNames(text: string, base: number, toks: Token[], taken: readonly boolean[]): HeadName[] {
  const busy = [...taken];
  const out: HeadName[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (busy[i]) continue;
    const t = toks[i]!;
    let hit: HeadName | null = null;
    if (isCapitalised(t.text)) {
      const initial = INITIAL.get(t.norm);
      const final = FINAL.get(t.norm);
      hit = (initial && initialName(text, base, toks, busy, i, initial)) || (final && i > 0 && finalName(text, base, toks, busy, i, final)) || compoundName(text, base, toks, busy, i);
    }
    if (!hit) continue;
    if (GENERIC.has(toks.slice(hit.from, hit.to).map((x) => x.norm).join(" "))) continue;
    // a law, fund or agreement named this way is no entity ("Stichting … Fonds" stays: its head comes first)
    const head = typeFromHead(text.slice(toks[hit.from]!.start - base, toks[hit.to - 1]!.end - base));
    if (head && head.type === null) continue;
    for (let k = hit.from; k < hit.to; k++) busy[k] = true;
    out.push(hit);
    i = hit.to - 1;
  }
  return out;
}
