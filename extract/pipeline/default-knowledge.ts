/** The knowledge built from the shipped lexicon files and knowledge-base tables, loaded once per process. */
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";
import { buildKnowledge, type Knowledge } from "./knowledge.ts";
import { defaultKbLookups } from "../knowledge/kb-lookups.ts";

let cached: Knowledge | null = null;

export function defaultKnowledge(): Knowledge {
  cached ??= buildKnowledge(loadLexicons().entries as IndexableEntry[], defaultKbLookups());
  return cached;
}
