/**
 * The names of laws, regulations and funds (extract/lexicons/legal-instruments.json)
 * as a token index, so the mention finder can recognise "Wlz", "DORA" or
 * "Wet open overheid" and keep every other rule off those words: they are no
 * entity of the graph. Acronyms match case-exactly, names case-insensitively.
 */
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import { buildLexiconIndex, type LexiconIndex } from "./lexicon-index.ts";

let cached: LexiconIndex | null = null;

export function legalInstrumentIndex(): LexiconIndex {
  cached ??= buildLexiconIndex(
    loadLexicons().legalInstruments.map((r) => ({ id: r.id, type: "LegalInstrument", kind: r.kind, name: r.name, aliases: r.aliases, acronyms: r.acronyms })),
  );
  return cached;
}
