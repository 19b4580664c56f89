/**
 * Types a name from its head noun, as a Dutch reader does: "Werkloosheidswet"
 * is a law whatever its capitals, "Stichting Fonds Slachtofferhulp" a
 * foundation. The rows of typing-cues.json name the heads; a row whose type is
 * null marks names that are no entity at all (laws, funds, agreements). The
 * organisation and programme heads of name-patterns.json are consulted too:
 * a name that begins with an organisation head is typed by it first.
 */
import { readFileSync } from "node:fs";
import type { EntityType } from "../model/graph-model.ts";
import { MaybeTypedKindSchema } from "../model/typed-kind.ts";
import { tokenize } from "../text/tokens.ts";
import { PATTERNS } from "./name-patterns.ts";

interface RawRow {
  id: string;
  match: { heads: string[]; compound: boolean; exceptWords?: string[] };
  emits: { type: EntityType | null; kind: string | null };
  reason: string;
  examples: string[];
  counterexamples: string[];
}

export interface TypingCue {
  id: string;
  heads: ReadonlySet<string>;
  /** longest head first, for compound ends */
  headList: readonly string[];
  compound: boolean;
  exceptWords: ReadonlySet<string>;
  type: EntityType | null;
  kind: string | null;
  examples: readonly string[];
  counterexamples: readonly string[];
}

const raw = JSON.parse(readFileSync(new URL("./typing-cues.json", import.meta.url), "utf8")) as { prepositions: string[]; rows: RawRow[] };
const PREPOSITIONS = new Set(raw.prepositions);

export const TYPING_CUES: readonly TypingCue[] = raw.rows.map((r) => ({
  id: r.id,
  heads: new Set(r.match.heads),
  headList: [...r.match.heads].sort((a, b) => b.length - a.length),
  compound: r.match.compound,
  exceptWords: new Set(r.match.exceptWords ?? []),
  // parsed against the model: an organisation kind it lacks fails at load
  ...MaybeTypedKindSchema.parse(r.emits),
  examples: r.examples,
  counterexamples: r.counterexamples,
}));

export interface HeadType {
  type: EntityType | null;
  kind: string | null;
  rule: string;
}

function cueFor(word: string): TypingCue | null {
  for (const cue of TYPING_CUES) {
    if (cue.exceptWords.has(word)) continue;
    if (cue.heads.has(word)) return cue;
    // "werkloosheidswet": a compound whose last part is the head (at least three letters before it)
    if (cue.compound && cue.headList.some((h) => word.length >= h.length + 3 && word.endsWith(h))) return cue;
  }
  return null;
}

/** The cue row of the first word (before a preposition) that carries one, or null. */
export function headCue(name: string): HeadType | null {
  for (const t of tokenize(name)) {
    if (PREPOSITIONS.has(t.norm)) break;
    const cue = cueFor(t.norm);
    if (cue) return { type: cue.type, kind: cue.kind, rule: cue.id };
  }
  return null;
}

/**
 * Type of a new name from its head word: an organisation head at the start
 * ("Stichting …", "directie …") wins, then the cue rows (laws: type null),
 * then the other name shapes of name-patterns.json.
 */
export function typeFromHead(name: string): HeadType | null {
  for (const p of PATTERNS.typeHeads) if (p.anchored && p.re.test(name)) return { type: p.type, kind: p.kind, rule: `head.pattern:${p.type}` };
  const cue = headCue(name);
  if (cue) return cue;
  for (const p of PATTERNS.typeHeads) if (!p.anchored && p.re.test(name)) return { type: p.type, kind: p.kind, rule: `head.pattern:${p.type}` };
  return null;
}
