/** The knowledge built from the shipped lexicon files and knowledge-base tables, loaded once per process. */
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import type { IndexableEntry } from "../mentions/lexicon-index.ts";
import { organisationLexiconEntries } from "../knowledge/organisations.ts";
import { buildKnowledge, type Knowledge } from "./knowledge.ts";
import { defaultKbLookups } from "../knowledge/kb-lookups.ts";

/** The curated lexicon rows, then the knowledge-base organisations they do not already cover. */
export function withKbOrganisations(curated: IndexableEntry[]): IndexableEntry[] {
  return [...curated, ...organisationLexiconEntries(curated)];
}

let cached: Knowledge | null = null;

export function defaultKnowledge(): Knowledge {
  cached ??= buildKnowledge(withKbOrganisations(loadLexicons().entries as IndexableEntry[]), defaultKbLookups());
  return cached;
}
