/**
 * Finds where a quoted sentence sits in the original text, for facts that
 * arrive without provenance (gold files, older extractions). Exact match
 * first; then a match that tolerates different white space, because quotes
 * are often copied with line breaks collapsed.
 */
export interface Span {
  start: number;
  end: number;
}

export function locateSpan(text: string, quote: string, from = 0): Span | null {
  const needle = quote.trim();
  if (needle === "") return null;
  let at = text.indexOf(needle, from);
  if (at < 0 && from > 0) at = text.indexOf(needle);
  if (at >= 0) return { start: at, end: at + needle.length };
  return locateIgnoringWhitespace(text, needle);
}

function locateIgnoringWhitespace(text: string, needle: string): Span | null {
  const words = needle.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(escaped.join("\\s+")).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
