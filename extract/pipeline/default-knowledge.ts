/** The knowledge built from the shipped lexicon files, loaded once per process. */
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";
import { buildKnowledge, type Knowledge } from "./knowledge.ts";

let cached: Knowledge | null = null;

export function defaultKnowledge(): Knowledge {
  cached ??= buildKnowledge(loadLexicons().entries as IndexableEntry[]);
  return cached;
}
